import type { BuilderStrings } from '../../i18n/types';
/**
 * The data the copy buttons and the profile builder work on: every described competency at every
 * level in every language, the function descriptions' result areas, and the few labels the
 * output needs per language. Everything is keyed by language-neutral ids (competency key, level
 * id, dimension key, indicator position, function key, area key). Plain data, serialisable as JSON.
 */

/** A text per locale code. */
export type PerLocale = Record<string, string>;

export interface DimensionContent {
  key: string;
  name: string;
  description: string;
  /** In the source's order; position n is indicator `n` (from 1). */
  indicators: string[];
}

/** A competency as the source words it at one level, in one language. */
export interface LevelContent {
  name: string;
  definition: string;
  dimensions: DimensionContent[];
}

export interface CompetencyEntry {
  key: string;
  /** The competency's name per locale (from the model, so also where a description is missing). */
  name: PerLocale;
  /** Level id -> locale -> content; only levels the competency is described at. */
  levels: Record<string, Record<string, LevelContent>>;
}

export interface ResultAreaEntry {
  key: string;
  optional: boolean;
  role: PerLocale;
  description: PerLocale;
}

export interface FunctionEntry {
  key: string;
  title: PerLocale;
  classes: string[];
  areas: ResultAreaEntry[];
}

/** What the output says around the content, in one language. */
export interface OutputLabels extends Pick<
  BuilderStrings,
  | 'competencyAtLevel'
  | 'functionWithClasses'
  | 'csvProfile'
  | 'csvCode'
  | 'csvLevel'
  | 'csvSection'
  | 'csvPart'
  | 'csvText'
> {
  /** BCP 47 tag for `lang` attributes and the .docx language. */
  htmlLang: string;
  /** The language's own name, as a column heading when several languages are shown. */
  nativeName: string;
  definition: string;
  /** `{term}` and `{text}`: a label followed by its text. */
  labelled: string;
  competencies: string;
  resultAreas: string;
}

/** The assessment grid's words, in one language. */
export interface GridLabels {
  title: string;
  candidate: string;
  assessor: string;
  date: string;
  /** `{name}`, `{level}`: the heading of a competency's part of the grid. */
  competency: string;
  indicator: string;
  evidence: string;
  /** The rating scale, lowest first; each with a short code (the column heading) and its meaning. */
  scale: { code: string; label: string }[];
  notObserved: { code: string; label: string };
  scaleTitle: string;
  summary: string;
  summaryCompetency: string;
  /** Heading of the column where the overall rating of a competency is written. */
  summaryRating: string;
  summaryRemarks: string;
  total: string;
  conclusion: string;
  signature: string;
}

/** What the exports add around the profile, in one language. */
export interface ExportLabels {
  /** The site's name: the .docx "creator". */
  siteName: string;
  /** `{url}`, `{date}`: where the text comes from, the profile's address, the date of the export. */
  sourceLine: string;
  /** Added to the source line of a language that is our translation. */
  translationNote: string;
  grid: GridLabels;
}

export interface ProfileData {
  version: 1;
  /** Locale codes, in the dictionaries' order; the first is the source language. */
  locales: string[];
  /** Level ids, in the model's order. */
  levels: string[];
  labels: Record<string, OutputLabels>;
  competencies: CompetencyEntry[];
  functions: FunctionEntry[];
  /** The exports' source line and grid words per locale (absent: exports carry no source line). */
  exportLabels?: Record<string, ExportLabels>;
}

/** A text in the wanted language, else in the first language that has it (the source). */
export function inLocale(text: PerLocale | undefined, locale: string, locales: readonly string[]): string {
  if (!text) return '';
  return text[locale] ?? locales.map((l) => text[l]).find((t) => t !== undefined) ?? Object.values(text)[0] ?? '';
}

/** A competency's content at a level in a language, falling back to the source language. */
export function levelContent(
  entry: CompetencyEntry,
  level: string,
  locale: string,
  locales: readonly string[],
): LevelContent | undefined {
  const byLocale = entry.levels[level];
  if (!byLocale) return undefined;
  return byLocale[locale] ?? locales.map((l) => byLocale[l]).find((c) => c !== undefined) ?? Object.values(byLocale)[0];
}

/** Indicator codes of a competency at a level, `A-1`, `A-2`, `B-1`… in the source's order. */
export function indicatorCodes(entry: CompetencyEntry, level: string, locales: readonly string[]): string[] {
  const content = levelContent(entry, level, locales[0] ?? '', locales);
  if (!content) return [];
  return content.dimensions.flatMap((d) => d.indicators.map((_, i) => indicatorCode(d.key, i + 1)));
}

/** An indicator's code inside a competency at a level: dimension key and position, `A-2`. */
export function indicatorCode(dimension: string, position: number): string {
  return `${dimension}-${position}`;
}

/**
 * Joins per-language parts of the data (each a `ProfileData` holding one language) into one:
 * the texts of every part side by side, the structure (keys, levels, classes) of the first.
 */
export function mergeProfileData(parts: readonly ProfileData[]): ProfileData {
  const [first, ...rest] = parts;
  if (!first) throw new Error('mergeProfileData needs at least one part.');
  const data: ProfileData = structuredClone(first);
  for (const part of rest) {
    Object.assign(data.labels, part.labels);
    data.exportLabels = { ...data.exportLabels, ...part.exportLabels };
    for (const entry of part.competencies) {
      const own = data.competencies.find((c) => c.key === entry.key);
      if (!own) {
        data.competencies.push(structuredClone(entry));
        continue;
      }
      Object.assign(own.name, entry.name);
      for (const [level, byLocale] of Object.entries(entry.levels))
        own.levels[level] = { ...own.levels[level], ...byLocale };
    }
    for (const fn of part.functions) {
      const own = data.functions.find((f) => f.key === fn.key);
      if (!own) {
        data.functions.push(structuredClone(fn));
        continue;
      }
      Object.assign(own.title, fn.title);
      for (const area of fn.areas) {
        const ownArea = own.areas.find((a) => a.key === area.key);
        if (ownArea) {
          Object.assign(ownArea.role, area.role);
          Object.assign(ownArea.description, area.description);
        }
      }
    }
  }
  return data;
}

/** Where the data of one language is published, under the deployment base (`/` or `/sub/`). */
export const profileDataPath = (base: string, locale: string) =>
  `${base.replace(/\/?$/, '/')}profile-data/${locale}.json`;

/**
 * The one way to read the profile data in the browser: the parts of the given languages,
 * fetched from the site (each once per page) and merged. Rejects when a part cannot be loaded.
 */
const cache = new Map<string, Promise<ProfileData>>();
export function loadProfileData(base: string, locales: readonly string[]): Promise<ProfileData> {
  const part = (locale: string) => {
    const url = profileDataPath(base, locale);
    let pending = cache.get(url);
    if (!pending) {
      pending = fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json() as Promise<ProfileData>;
      });
      pending.catch(() => cache.delete(url));
      cache.set(url, pending);
    }
    return pending;
  };
  return Promise.all([...new Set(locales)].map(part)).then(mergeProfileData);
}
