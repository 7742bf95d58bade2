import { getCollection, getEntry } from 'astro:content';
import { localeCodes } from '../i18n';
import { buildCatalog, entryLocale } from './catalog';
import { formatProblem } from './content-problems';
import { translationRows } from './translation-status';
import { markSourceSlips } from './source-slips';
import { typesetDeep } from './typography';

/**
 * The one place where content text enters the site: every text of an entry gets the typography of
 * its language (src/lib/typography.ts), so pages, search, profile data and exports all show it.
 * Model entries hold one text per language (`{ nl, fr }`): each is typeset in its own language.
 * Slips of the source kept verbatim get their [sic] here too (src/lib/source-slips.ts).
 */
const typesetEntries = <T extends { id: string; data: object }>(entries: readonly T[], byLocale: boolean): T[] =>
  entries.map((entry) => ({
    ...entry,
    data: typesetDeep(markSourceSlips(entry.data), byLocale ? entryLocale(entry) : ''),
  }));

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
    throw new Error(
      `The content has ${errors.length} error(s) (npm run check lists the same):\n\n${errors.map(formatProblem).join('\n\n')}\n`,
    );
  }
  const typeset = buildCatalog({
    locales: localeCodes,
    groups: typesetEntries(groups, false),
    model: typesetEntries(model, false),
    levels: typesetEntries(levels, false),
    competencies: typesetEntries(competencies, true),
    functions: typesetEntries(functions, true),
    pages: typesetEntries(pages, true),
  });
  // Translation states are over the texts as written (the hashes `npm run translation:accept` records).
  return { catalog: typeset, rows: translationRows(catalog) };
}

let cached: ReturnType<typeof load> | undefined;
function loaded() {
  // In `npm run dev` the content changes while the server runs: read it again for every page.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

export async function loadCatalog() {
  return (await loaded()).catalog;
}

/**
 * The translation state of every entry, computed once per build (hashing every entry on every
 * page that shows a translation notice made the build grow quadratically with the content).
 */
export async function loadTranslationRows() {
  return (await loaded()).rows;
}
