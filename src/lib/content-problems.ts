import type { Dictionary } from '../i18n/types';
import type { CompetencyData } from '../schemas/competency';
import type { LevelText } from '../schemas/level-text';
import type { Translation } from '../schemas/translation';
import type { Catalog, SourceEntry } from './catalog';
import { entryLocale } from './catalog';
import { checkLink, bodyLinks } from './link-checks';
import { competencyPath, contextPagePath, functionPath } from './paths';
import { buildRoutes } from './routes';
import { findTextProblems } from './text-checks';
import { translationRows } from './translation-status';
import { findTypographyProblems } from './typography-check';

/**
 * The content checks, shared by `npm run check` and the build (one module, the same messages):
 * every description matches the model, has its counterpart in every language and the same
 * structure in every language; keys and slugs are unique; texts are written (no placeholders, no
 * extraction artefacts); internal links point to pages; translations record the source version
 * they translate. Each problem names the file, the field, what is wrong and how to fix it.
 * (What one file's schema says is checked where the file is read: src/content-tools/read-content.ts
 * for the command line, Astro's content collections for the site.)
 */
export interface ContentProblem {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  message: string;
  fix: string;
}

/** An entry of one of the MDX collections, as the checks need it. */
export type CheckedEntry = SourceEntry<{ key: string; slug: string; translation?: Translation | undefined }> & {
  body?: string | undefined;
  /** Line of the file where the body starts (known to the command line, not to Astro). */
  bodyLine?: number | undefined;
};

/** A file that its schema rejected (so it is not among the entries), by what could still be read of it. */
export interface RejectedEntry { kind: CollectionKind; locale: string; key: string | undefined; slug: string | undefined }

export type CollectionKind = 'competencies' | 'functions' | 'pages';

export interface CheckedEntries {
  competencies: readonly (SourceEntry<CompetencyData> & CheckedEntry)[];
  functions: readonly CheckedEntry[];
  pages: readonly CheckedEntry[];
  /** The model's entries, to name their file in a problem (Astro's file loader and read-content set `filePath`). */
  groups?: readonly SourceEntry<unknown>[];
  model?: readonly SourceEntry<unknown>[];
  levels?: readonly SourceEntry<unknown>[];
  rejected?: readonly RejectedEntry[];
}

export interface CheckOptions {
  /** The site's dictionaries: with them, internal links in MDX bodies are checked against every page. */
  dictionaries?: readonly Dictionary[];
}

const fileOf = (entry: SourceEntry<unknown>) => entry.filePath ?? entry.id;

export function formatProblem(problem: ContentProblem): string {
  return `${problem.severity === 'error' ? 'error' : 'warning'}: ${problem.file}\n  field: ${problem.field}\n  problem: ${problem.message}\n  fix: ${problem.fix}`;
}

/** Errors first, then warnings; each in file order. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const rank = (p: ContentProblem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
}

export function findContentProblems(
  catalog: Catalog<SourceEntry<CompetencyData> & CheckedEntry, CheckedEntry, CheckedEntry>,
  entries: CheckedEntries,
  options: CheckOptions = {},
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const levelIds = catalog.levels.map((l) => l.id);
  const groupKeys = catalog.groups.map((g) => g.key);
  const locales = catalog.locales;
  const sourceLocale = locales[0];
  const error = (entry: SourceEntry<unknown>, field: string, message: string, fix: string) =>
    problems.push({ severity: 'error', file: fileOf(entry), field, message, fix });
  const warning = (entry: SourceEntry<unknown>, field: string, message: string, fix: string) =>
    problems.push({ severity: 'warning', file: fileOf(entry), field, message, fix });

  checkModel(catalog, entries, error);

  const allEntries: { kind: CollectionKind; entries: readonly CheckedEntry[] }[] = [
    { kind: 'competencies', entries: entries.competencies },
    { kind: 'functions', entries: entries.functions },
    { kind: 'pages', entries: entries.pages },
  ];

  const routes = options.dictionaries ? buildRoutes(catalog, options.dictionaries) : undefined;
  const sitePaths = new Set(routes?.map((r) => r.path));
  // A rejected file's page is missing only because of its own error, reported there: links to it are not reported too.
  for (const rejected of entries.rejected ?? []) {
    const dictionary = options.dictionaries?.find((d) => d.locale.code === rejected.locale);
    if (!dictionary || rejected.slug === undefined) continue;
    const ctx = { locale: rejected.locale, routes: dictionary.routes };
    sitePaths.add(rejected.kind === 'competencies' ? competencyPath(ctx, rejected.slug) : rejected.kind === 'functions' ? functionPath(ctx, rejected.slug) : contextPagePath(ctx, rejected.slug));
  }
  const routeKind: Record<CollectionKind, string> = { competencies: 'competency', functions: 'function', pages: 'context' };

  for (const { kind, entries: list } of allEntries) {
    for (const entry of list) {
      const locale = entryLocale(entry);
      if (!locales.includes(locale)) {
        error(entry, '(folder)', `"${locale}" is not a language of the site (${locales.join(', ')}).`, `Move the file to the folder of its language under ${kind}/, one of: ${locales.join(', ')}.`);
        continue;
      }
      const from = entry.data.translation?.from;
      if (from !== undefined && (!locales.includes(from) || from === locale)) {
        error(entry, 'translation.from', `"${from}" is not another language of the site.`, `Set translation.from to the language of the text this one translates (${locales.filter((l) => l !== locale).join(', ')}).`);
      }
      if (entry.data.translation === undefined && locale !== sourceLocale) {
        error(entry, 'translation', `this "${locale}" entry does not say which text it translates.`, `Add the block\n    translation:\n      from: "${sourceLocale}"\n      status: "translated"\n  after the slug line, then run: npm run translation:accept -- ${fileOf(entry)}`);
      }
      for (const finding of findTextProblems(entry.data, entry.body, entry.bodyLine)) error(entry, finding.field, finding.message, finding.fix);
      for (const finding of findTypographyProblems(locale, entry.data, entry.body, entry.bodyLine)) error(entry, finding.field, finding.message, finding.fix);
      if (kind === 'pages' && (entry.body ?? '').trim() === '') {
        error(entry, 'body', 'the page has no text after the frontmatter.', 'Write the text of the page below the closing "---" line.');
      }
      if (routes && entry.body) {
        const own = routes.find((r) => r.kind === routeKind[kind] && r.key === entry.data.key && r.locale === locale);
        for (const link of bodyLinks(entry.body)) {
          const problem = checkLink(link.target, own?.path ?? `/${locale}/`, sitePaths);
          const line = entry.bodyLine === undefined ? '' : `, line ${entry.bodyLine + link.line - 1}`;
          if (problem) error(entry, `body${line}`, problem.message, problem.fix);
        }
      }
    }
    for (const locale of locales) {
      const inLocale = list.filter((e) => entryLocale(e) === locale);
      for (const field of ['key', 'slug'] as const) {
        const seen = new Map<string, CheckedEntry>();
        for (const entry of inLocale) {
          const value = entry.data[field];
          const first = seen.get(value);
          if (first) error(entry, field, `"${value}" is also the ${field} of ${fileOf(first)}.`, `Give each ${kind} entry in "${locale}" its own ${field}.`);
          else seen.set(value, entry);
        }
      }
    }
    // Every entry has its counterpart in every language (a counterpart that its schema rejected is reported there).
    const byKey = new Map<string, CheckedEntry[]>();
    for (const entry of list) byKey.set(entry.data.key, [...(byKey.get(entry.data.key) ?? []), entry]);
    for (const [key, group] of byKey) {
      const present = group.map(entryLocale);
      const rejected = (locale: string) => entries.rejected?.some((r) => r.kind === kind && r.locale === locale && r.key === key) ?? false;
      for (const locale of locales.filter((l) => !present.includes(l) && !rejected(l))) {
        const first = group[0]!;
        error(first, 'key', `"${key}" exists in ${present.join(', ')} but not in "${locale}".`, `Add ${kind}/${locale}/<slug>.mdx with key: "${key}" (npm run new:competency scaffolds competencies), or remove this file.`);
      }
    }
  }

  const modelByKey = new Map(catalog.competencies.map((c) => [c.key, c]));
  for (const entry of entries.competencies) {
    const data = entry.data;
    if (!groupKeys.includes(data.group)) {
      error(entry, 'group', `"${data.group}" is not a group of the model (${groupKeys.join(', ')}).`, `Use the id of a group in model/groups.yaml${modelByKey.get(data.key) ? `: "${modelByKey.get(data.key)!.group}" for this competency` : ''}.`);
    }
    const model = modelByKey.get(data.key);
    if (!model) {
      error(entry, 'key', `"${data.key}" is not a competency of the model.`, `Use the key of a competency in model/competencies.yaml (e.g. "${catalog.competencies[0]?.key ?? 'objectieven-behalen'}"), or add the competency to the model first.`);
      continue;
    }
    if (data.group !== model.group && groupKeys.includes(data.group)) error(entry, 'group', `"${data.group}" is not the group of "${data.key}" in the model ("${model.group}").`, `Set group: "${model.group}".`);
    if (data.core !== model.core) error(entry, 'core', `core is ${data.core}, but the model says ${model.core} for "${data.key}".`, `Set core: ${model.core}.`);
    checkLevelText(entry, 'definition', data.definition, levelIds, error);
    const seenDimensions = new Set<string>();
    data.dimensions.forEach((dimension, index) => {
      const field = `dimensions[${index}]`;
      if (seenDimensions.has(dimension.key)) error(entry, `${field}.key`, `dimension "${dimension.key}" appears twice.`, 'Give each dimension its own key (A, B, C, ...).');
      seenDimensions.add(dimension.key);
      checkLevelText(entry, `${field}.name`, dimension.name, levelIds, error);
      checkLevelText(entry, `${field}.description`, dimension.description, levelIds, error);
      for (const level of Object.keys(dimension.indicators)) {
        if (!levelIds.includes(level)) error(entry, `${field}.indicators.${level}`, `"${level}" is not a level of the model (${levelIds.join(', ')}).`, `Use one of the levels ${levelIds.join(', ')}.`);
      }
      for (const level of levelIds) {
        if (!dimension.indicators[level]) error(entry, `${field}.indicators.${level}`, `dimension "${dimension.key}" has no indicators at level ${level}.`, `Add indicators.${level} with the behavioural indicators of level ${level}.`);
      }
    });
  }

  // Every language has the same structure as the source language.
  for (const competency of catalog.competencies) {
    const described = Object.values(competency.descriptions);
    const source = described.find((e) => !e.data.translation) ?? described[0];
    if (!source) continue;
    for (const other of described.filter((e) => e !== source)) {
      const sourceKeys = source.data.dimensions.map((d) => d.key).join(', ');
      const otherKeys = other.data.dimensions.map((d) => d.key).join(', ');
      if (sourceKeys !== otherKeys) {
        error(other, 'dimensions', `dimension keys are [${otherKeys}] but ${fileOf(source)} has [${sourceKeys}].`, 'Give both languages the same dimensions in the same order.');
        continue;
      }
      if (variantLevels(other.data.definition) !== variantLevels(source.data.definition)) {
        error(other, 'definition', `has level variants [${variantLevels(other.data.definition)}] but ${fileOf(source)} has [${variantLevels(source.data.definition)}].`, 'Give the translation the same level variants (levels:) as the source, each translated.');
      }
      other.data.dimensions.forEach((dimension, index) => {
        const sourceDimension = source.data.dimensions[index]!;
        for (const level of levelIds) {
          const count = dimension.indicators[level]?.length ?? 0;
          const sourceCount = sourceDimension.indicators[level]?.length ?? 0;
          if (count !== sourceCount) error(other, `dimensions[${index}].indicators.${level}`, `${count} indicator(s) but ${fileOf(source)} has ${sourceCount}.`, 'Translate every indicator: one list item per indicator, in the same order.');
        }
        for (const part of ['name', 'description'] as const) {
          if (variantLevels(dimension[part]) !== variantLevels(sourceDimension[part])) {
            error(other, `dimensions[${index}].${part}`, `has level variants [${variantLevels(dimension[part])}] but ${fileOf(source)} has [${variantLevels(sourceDimension[part])}].`, 'Give the translation the same level variants (levels:) as the source, each translated.');
          }
        }
      });
    }
  }

  // Translations that do not (or no longer) say which version of the source they translate: warnings.
  for (const row of translationRows(catalog)) {
    if (row.state === 'outdated') {
      warning(row.entry, 'translation.sourceHash', `${fileOf(row.source!)} has changed since this translation was accepted (recorded ${row.recorded}, now ${row.current}): the translation is to be updated.`, `Update the translation, then run: npm run translation:accept -- ${fileOf(row.entry)}`);
    } else if (row.state === 'unrecorded') {
      warning(row.entry, 'translation.sourceHash', `does not record which version of ${fileOf(row.source!)} it translates.`, `After checking the translation against the source, run: npm run translation:accept -- ${fileOf(row.entry)}`);
    }
  }
  return problems;
}

/** The model's own consistency: each competency in a known group, every name in every language. */
function checkModel(
  catalog: Catalog<unknown, unknown, unknown>,
  entries: CheckedEntries,
  error: (entry: SourceEntry<unknown>, field: string, message: string, fix: string) => void,
): void {
  const groupKeys = catalog.groups.map((g) => g.key);
  const entryOf = (list: readonly SourceEntry<unknown>[] | undefined, id: string, fallback: string): SourceEntry<unknown> =>
    list?.find((e) => e.id === id) ?? { id: fallback, data: undefined };
  for (const competency of catalog.competencies) {
    const entry = entryOf(entries.model, competency.key, 'model/competencies.yaml');
    if (!groupKeys.includes(competency.group)) {
      error(entry, `[id=${competency.key}].group`, `"${competency.group}" is not a group of the model (${groupKeys.join(', ')}).`, 'Use the id of a group in model/groups.yaml, or add the group there.');
    }
  }
  const texts: { list: readonly SourceEntry<unknown>[] | undefined; fallback: string; field: string; items: { id: string; text: Record<string, string> }[] }[] = [
    { list: entries.groups, fallback: 'model/groups.yaml', field: 'name', items: catalog.groups.map((g) => ({ id: g.key, text: g.name })) },
    { list: entries.model, fallback: 'model/competencies.yaml', field: 'name', items: catalog.competencies.map((c) => ({ id: c.key, text: c.name })) },
    { list: entries.levels, fallback: 'model/levels.yaml', field: 'summary', items: catalog.levels.map((l) => ({ id: l.id, text: l.summary })) },
  ];
  for (const { list, fallback, field, items } of texts) {
    for (const { id, text } of items) {
      for (const locale of catalog.locales.filter((l) => text[l] === undefined)) {
        error(entryOf(list, id, fallback), `[id=${id}].${field}.${locale}`, `has no text in "${locale}".`, `Add the line ${locale}: "..." under ${field}.`);
      }
    }
  }
}

/** The levels whose wording differs, as a comparable list: `B, C`. */
const variantLevels = (text: LevelText) => (typeof text === 'string' ? '' : Object.keys(text.levels ?? {}).sort().join(', '));

function checkLevelText(
  entry: SourceEntry<unknown>,
  field: string,
  value: LevelText,
  levelIds: readonly string[],
  error: (entry: SourceEntry<unknown>, field: string, message: string, fix: string) => void,
): void {
  if (typeof value === 'string' || !value.levels) return;
  for (const level of Object.keys(value.levels)) {
    if (!levelIds.includes(level)) error(entry, `${field}.levels.${level}`, `"${level}" is not a level of the model (${levelIds.join(', ')}).`, `Use one of the levels ${levelIds.join(', ')} or remove this variant.`);
  }
}
