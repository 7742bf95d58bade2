import type { Dictionary } from '../../i18n/types';
import type { CompetencyData } from '../../schemas/competency';
import type { FunctionDescriptionData } from '../../schemas/function-description';
import type { Catalog, Competency } from '../catalog';
import { describedCompetencies } from '../catalog';
import { textAtLevel } from '../level-text';
import type {
  CompetencyEntry,
  ExportLabels,
  FunctionEntry,
  LevelContent,
  OutputLabels,
  PerLocale,
  ProfileData,
} from './data';

type Entry<T> = { data: T };

/** The output labels of one language, from its dictionary. */
export function outputLabels(dictionary: Dictionary): OutputLabels {
  const { ui, builder, locale } = dictionary;
  return {
    htmlLang: locale.htmlLang,
    nativeName: locale.nativeName,
    definition: ui.definition,
    labelled: ui.labelled,
    competencyAtLevel: builder.competencyAtLevel,
    competencies: ui.navCompetencies,
    resultAreas: ui.resultAreas,
    functionWithClasses: builder.functionWithClasses,
    csvProfile: builder.csvProfile,
    csvCode: builder.csvCode,
    csvLevel: builder.csvLevel,
    csvSection: builder.csvSection,
    csvPart: builder.csvPart,
    csvText: builder.csvText,
  };
}

/** What the exports add around the profile in one language: the source line and the grid's words. */
export function exportLabels(dictionary: Dictionary): ExportLabels {
  const { profileOutput, assessmentGrid } = dictionary;
  const { scale, notObserved, ...grid } = assessmentGrid.labels;
  return {
    siteName: dictionary.ui.siteTitle,
    sourceLine: profileOutput.sourceLine,
    translationNote: profileOutput.translationNote,
    grid: { ...grid, scale: scale.map((s) => ({ ...s })), notObserved: { ...notObserved } },
  };
}

/** One competency described at a level, in one language, with the level's own wording. */
export function levelContentOf(data: CompetencyData, level: string): LevelContent {
  return {
    name: data.name,
    definition: textAtLevel(data.definition, level),
    dimensions: data.dimensions.map((dimension) => ({
      key: dimension.key,
      name: textAtLevel(dimension.name, level),
      description: textAtLevel(dimension.description, level),
      indicators: [...(dimension.indicators[level] ?? [])],
    })),
  };
}

/** A competency at the given levels in the given languages (levels it is not described at are left out). */
export function competencyEntry(
  competency: Competency<Entry<CompetencyData>>,
  levels: readonly string[],
  locales: readonly string[],
): CompetencyEntry {
  const byLevel: CompetencyEntry['levels'] = {};
  for (const level of levels) {
    const byLocale: Record<string, LevelContent> = {};
    for (const locale of locales) {
      const data = competency.descriptions[locale]?.data;
      if (data && data.dimensions.some((d) => (d.indicators[level] ?? []).length > 0))
        byLocale[locale] = levelContentOf(data, level);
    }
    if (Object.keys(byLocale).length > 0) byLevel[level] = byLocale;
  }
  return { key: competency.key, name: { ...competency.name }, levels: byLevel };
}

export function functionEntry(
  key: string,
  byLocale: Record<string, Entry<FunctionDescriptionData>>,
  locales: readonly string[],
): FunctionEntry {
  const present = locales.filter((l) => byLocale[l]);
  const first = byLocale[present[0] ?? '']!.data;
  const perLocale = (pick: (data: FunctionDescriptionData) => string | undefined) =>
    Object.fromEntries(
      present.flatMap((l) => {
        const value = pick(byLocale[l]!.data);
        return value === undefined ? [] : [[l, value]];
      }),
    );
  return {
    key,
    title: perLocale((d) => d.title),
    classes: [...first.classes],
    areas: first.resultAreas.map((area) => ({
      key: area.key,
      optional: area.optional,
      role: perLocale((d) => d.resultAreas.find((a) => a.key === area.key)?.role),
      description: perLocale((d) => d.resultAreas.find((a) => a.key === area.key)?.description),
    })),
  };
}

/** Everything the profile builder needs, from the catalog and the dictionaries. */
export function buildProfileData(
  catalog: Catalog<Entry<CompetencyData>, Entry<FunctionDescriptionData>, unknown>,
  dictionaries: readonly Dictionary[],
): ProfileData {
  const locales = dictionaries.map((d) => d.locale.code);
  const levels = catalog.levels.map((l) => l.id);
  return {
    version: 1,
    locales,
    levels,
    labels: Object.fromEntries(dictionaries.map((d) => [d.locale.code, outputLabels(d)])),
    exportLabels: Object.fromEntries(dictionaries.map((d) => [d.locale.code, exportLabels(d)])),
    competencies: describedCompetencies(catalog).map((c) => competencyEntry(c, levels, locales)),
    functions: [...catalog.functions].map(([key, byLocale]) => functionEntry(key, byLocale, locales)),
  };
}

/**
 * The data of one language (what the builder downloads for it): the texts of that language only,
 * the structure and the competencies' names in every language. `mergeProfileData` joins parts.
 */
export function profileDataPart(data: ProfileData, locale: string): ProfileData {
  const only = (text: PerLocale): PerLocale => (text[locale] === undefined ? {} : { [locale]: text[locale] });
  const pick = <T>(record: Record<string, T> | undefined): Record<string, T> =>
    record?.[locale] === undefined ? {} : { [locale]: record[locale] };
  return {
    version: data.version,
    locales: [...data.locales],
    levels: [...data.levels],
    labels: pick(data.labels),
    exportLabels: pick(data.exportLabels),
    competencies: data.competencies.map((c) => ({
      key: c.key,
      name: { ...c.name },
      levels: Object.fromEntries(Object.entries(c.levels).map(([level, byLocale]) => [level, pick(byLocale)])),
    })),
    functions: data.functions.map((f) => ({
      key: f.key,
      title: only(f.title),
      classes: [...f.classes],
      areas: f.areas.map((a) => ({
        key: a.key,
        optional: a.optional,
        role: only(a.role),
        description: only(a.description),
      })),
    })),
  };
}
