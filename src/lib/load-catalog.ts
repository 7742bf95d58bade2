import { getCollection } from 'astro:content';
import { dictionaries, localeCodes } from '../i18n';
import { buildCatalog } from './catalog';
import { findContentProblems, formatProblem } from './content-problems';
import { translationRows } from './translation-status';

/** Loads all collections once per build and joins them; stops the build on a content error. */
async function load() {
  const [groups, model, levels, competencies, functions, pages] = await Promise.all([
    getCollection('groups'),
    getCollection('model'),
    getCollection('levels'),
    getCollection('competencies'),
    getCollection('functions'),
    getCollection('pages'),
  ]);
  const catalog = buildCatalog({ locales: localeCodes, groups, model, levels, competencies, functions, pages });
  // The same checks as `npm run check` (src/content-tools/check-cli.ts), so the messages are the same.
  const problems = findContentProblems(catalog, { competencies, functions, pages, groups, model, levels }, { dictionaries });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`The content has ${errors.length} error(s):\n\n${errors.map(formatProblem).join('\n\n')}\n`);
  }
  return catalog;
}

let cached: ReturnType<typeof load> | undefined;
export function loadCatalog() {
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
  rowsCache ??= computeTranslationRows();
  return rowsCache;
}
