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
export interface OutputLabels
  extends Pick<
    BuilderStrings,
    'competencyAtLevel' | 'functionWithClasses' | 'csvProfile' | 'csvCode' | 'csvLevel' | 'csvSection' | 'csvPart' | 'csvText'
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

export interface ProfileData {
  version: 1;
  /** Locale codes, in the dictionaries' order; the first is the source language. */
  locales: string[];
  /** Level ids, in the model's order. */
  levels: string[];
  labels: Record<string, OutputLabels>;
  competencies: CompetencyEntry[];
  functions: FunctionEntry[];
}

/** A text in the wanted language, else in the first language that has it (the source). */
export function inLocale(text: PerLocale | undefined, locale: string, locales: readonly string[]): string {
  if (!text) return '';
  return text[locale] ?? locales.map((l) => text[l]).find((t) => t !== undefined) ?? Object.values(text)[0] ?? '';
}

/** A competency's content at a level in a language, falling back to the source language. */
export function levelContent(entry: CompetencyEntry, level: string, locale: string, locales: readonly string[]): LevelContent | undefined {
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
