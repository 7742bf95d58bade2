import { getCollection } from 'astro:content';
import { dictionaries, localeCodes } from '../i18n';
import { buildCatalog, entryLocale } from './catalog';
import { findContentProblems, formatProblem } from './content-problems';
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
  entries.map((entry) => ({ ...entry, data: typesetDeep(markSourceSlips(entry.data), byLocale ? entryLocale(entry) : '') }));

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
export async function loadCatalog() {
  cached ??= load();
  return (await cached).catalog;
}
export type SiteCatalog = Awaited<ReturnType<typeof loadCatalog>>;

/**
 * The translation state of every entry, computed once per build (hashing every entry on every
 * page that shows a translation notice made the build grow quadratically with the content).
 */
export async function loadTranslationRows() {
  cached ??= load();
  return (await cached).rows;
}
