import type { CompetencyData } from '../schemas/competency';
import type { LevelText } from '../schemas/level-text';
import type { Catalog, SourceEntry } from './catalog';
import { entryLocale } from './catalog';

/**
 * Cross-entry checks the per-file schemas cannot make: every description matches the model, has
 * its counterpart in every language, and has the same structure in every language.
 * Each problem names the file, the field, what is wrong and how to fix it.
 */
export interface ContentProblem {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  message: string;
  fix: string;
}

type KeyedEntry = SourceEntry<{ key: string; slug: string; translation?: { from: string } | undefined }>;

const fileOf = (entry: SourceEntry<unknown>) => entry.filePath ?? entry.id;

export function formatProblem(problem: ContentProblem): string {
  return `${problem.severity === 'error' ? 'error' : 'warning'}: ${problem.file}\n  field: ${problem.field}\n  problem: ${problem.message}\n  fix: ${problem.fix}`;
}

export function findContentProblems(
  catalog: Catalog<SourceEntry<CompetencyData>, KeyedEntry, KeyedEntry>,
  entries: { competencies: readonly SourceEntry<CompetencyData>[]; functions: readonly KeyedEntry[]; pages: readonly KeyedEntry[] },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const levelIds = catalog.levels.map((l) => l.id);
  const locales = catalog.locales;
  const error = (entry: SourceEntry<unknown>, field: string, message: string, fix: string) =>
    problems.push({ severity: 'error', file: fileOf(entry), field, message, fix });

  const allEntries: { kind: string; entries: readonly KeyedEntry[] }[] = [
    { kind: 'competencies', entries: entries.competencies },
    { kind: 'functions', entries: entries.functions },
    { kind: 'pages', entries: entries.pages },
  ];

  for (const { kind, entries: list } of allEntries) {
    for (const entry of list) {
      const locale = entryLocale(entry);
      if (!locales.includes(locale)) {
        error(entry, '(folder)', `"${locale}" is not a language of the site (${locales.join(', ')}).`, `Move the file to content/${kind}/<language>/, one of: ${locales.join(', ')}.`);
        continue;
      }
      const from = entry.data.translation?.from;
      if (from !== undefined && (!locales.includes(from) || from === locale)) {
        error(entry, 'translation.from', `"${from}" is not another language of the site.`, `Set translation.from to the language of the text this one translates (${locales.filter((l) => l !== locale).join(', ')}).`);
      }
    }
    for (const locale of locales) {
      const inLocale = list.filter((e) => entryLocale(e) === locale);
      for (const field of ['key', 'slug'] as const) {
        const seen = new Map<string, KeyedEntry>();
        for (const entry of inLocale) {
          const value = entry.data[field];
          const first = seen.get(value);
          if (first) error(entry, field, `"${value}" is also the ${field} of ${fileOf(first)}.`, `Give each ${kind} entry in "${locale}" its own ${field}.`);
          else seen.set(value, entry);
        }
      }
    }
    // Every entry has its counterpart in every language.
    const byKey = new Map<string, KeyedEntry[]>();
    for (const entry of list) byKey.set(entry.data.key, [...(byKey.get(entry.data.key) ?? []), entry]);
    for (const [key, group] of byKey) {
      const present = group.map(entryLocale);
      for (const locale of locales.filter((l) => !present.includes(l))) {
        const first = group[0]!;
        error(first, 'key', `"${key}" exists in ${present.join(', ')} but not in "${locale}".`, `Add content/${kind}/${locale}/<slug>.mdx with key: "${key}", or remove this file.`);
      }
    }
  }

  const modelByKey = new Map(catalog.competencies.map((c) => [c.key, c]));
  for (const entry of entries.competencies) {
    const data = entry.data;
    const model = modelByKey.get(data.key);
    if (!model) {
      error(entry, 'key', `"${data.key}" is not a competency of the model.`, `Use the key of a competency in content/model/competencies.yaml (e.g. "${catalog.competencies[0]?.key ?? 'objectieven-behalen'}"), or add the competency to the model first.`);
      continue;
    }
    if (data.group !== model.group) error(entry, 'group', `"${data.group}" is not the group of "${data.key}" in the model ("${model.group}").`, `Set group: "${model.group}".`);
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
      other.data.dimensions.forEach((dimension, index) => {
        const sourceDimension = source.data.dimensions[index]!;
        for (const level of levelIds) {
          const count = dimension.indicators[level]?.length ?? 0;
          const sourceCount = sourceDimension.indicators[level]?.length ?? 0;
          if (count !== sourceCount) error(other, `dimensions[${index}].indicators.${level}`, `${count} indicator(s) but ${fileOf(source)} has ${sourceCount}.`, 'Translate every indicator: one list item per indicator, in the same order.');
        }
      });
    }
  }
  return problems;
}

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
