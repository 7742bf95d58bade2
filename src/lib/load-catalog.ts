import { getCollection, getEntry } from 'astro:content';
import { localeCodes } from '../i18n';
import { buildCatalog } from './catalog';
import { formatProblem } from './content-problems';
import { translationRows } from './translation-status';

/**
 * Loads all collections once per build and joins them. The content was checked once, when it
 * was read (src/content-tools/loaders.ts); a page stops on a content error, so that `npm run dev`
 * shows it in the browser (the build has stopped before, with the same messages).
 */
async function load() {
  const [groups, model, levels, competencies, functions, pages, problems] = await Promise.all([
    getCollection('groups'),
    getCollection('model'),
    getCollection('levels'),
    getCollection('competencies'),
    getCollection('functions'),
    getCollection('pages'),
    getEntry('problems', 'all'),
  ]);
  const catalog = buildCatalog({ locales: localeCodes, groups, model, levels, competencies, functions, pages });
  const errors = (problems?.data.problems ?? []).filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`The content has ${errors.length} error(s) (npm run check lists the same):\n\n${errors.map(formatProblem).join('\n\n')}\n`);
  }
  return catalog;
}

let cached: ReturnType<typeof load> | undefined;
export function loadCatalog() {
  // In `npm run dev` the content changes while the server runs: read it again for every page.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/**
 * The translation state of every entry, computed once per build (hashing every entry on every
 * page that shows a translation notice made the build grow quadratically with the content).
 */
const computeTranslationRows = async () => translationRows(await loadCatalog());
let rowsCache: ReturnType<typeof computeTranslationRows> | undefined;
export function loadTranslationRows() {
  if (import.meta.env.DEV) return computeTranslationRows();
  rowsCache ??= computeTranslationRows();
  return rowsCache;
}
