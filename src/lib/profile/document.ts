import { cellAnchor, indicatorAnchor } from '../anchors';
import type { CompetencyEntry, OutputLabels, PerLocale, ProfileData } from './data';
import { indicatorCode, inLocale, levelContent } from './data';
import type { ProfileCompetency, ProfileState } from './state';
import { cleanTitle } from './state';
import { fill } from './fill';
import { sourceLines, type ExportMeta, type SourceLine } from './source';
import { xmlSafe } from './xml-safe';

/**
 * A profile resolved to its texts in the chosen languages: what every output format (plain
 * text, Markdown, HTML, CSV, .docx, the preview) renders. Codes are language-neutral ids.
 */
export interface DocIndicator {
  code: string;
  text: PerLocale;
}
export interface DocDimension {
  code: string;
  heading: PerLocale;
  description: PerLocale;
  indicators: DocIndicator[];
}
export interface DocCompetency {
  code: string;
  level: string;
  name: PerLocale;
  heading: PerLocale;
  definition: PerLocale;
  dimensions: DocDimension[];
}
export interface DocArea {
  code: string;
  source: PerLocale;
  role: PerLocale;
  description: PerLocale;
}
export interface ProfileDocument {
  /** As the user typed it (cleaned, not escaped: each format escapes it). */
  title: string;
  languages: string[];
  labels: Record<string, OutputLabels>;
  areas: DocArea[];
  competencies: DocCompetency[];
  /** What the export ends with, one line per language (none when no export metadata was given). */
  source: SourceLine[];
  /** When and where from the export was made, and the site's name (its author). */
  exported?: ExportMeta & { siteName: string };
}

export { fill };

/** A template cut at its placeholders: literal pieces and filled slots, for formats that style a slot. */
export function templateParts(template: string, values: Record<string, string>): { text: string; slot?: string }[] {
  const parts: { text: string; slot?: string }[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? '';
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push(values[name] === undefined ? { text: match[0] } : { text: values[name], slot: name });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** The labelled template of a language (`{term}: {text}`). */
export const labelledTemplate = (doc: { labels: Record<string, OutputLabels> }, locale: string) =>
  doc.labels[locale]?.labelled ?? '{term}: {text}';

const perLocale = (languages: readonly string[], pick: (locale: string) => string): PerLocale =>
  Object.fromEntries(languages.map((locale) => [locale, pick(locale)]));

/** One competency at a level in the given languages, keeping only the chosen indicators. */
export function competencyBlock(
  entry: CompetencyEntry,
  choice: ProfileCompetency,
  languages: readonly string[],
  locales: readonly string[],
  labels: Record<string, OutputLabels>,
): DocCompetency {
  const { level } = choice;
  const content = (locale: string) => levelContent(entry, level, locale, locales);
  const source = content(languages[0] ?? locales[0] ?? '');
  const keep = (dimension: string, position: number) =>
    !choice.indicators || choice.indicators.includes(indicatorCode(dimension, position));
  const dimensions = (source?.dimensions ?? [])
    .map((dimension, d) => ({
      code: cellAnchor(level, dimension.key, entry.key),
      heading: perLocale(languages, (l) => `${dimension.key}. ${content(l)?.dimensions[d]?.name ?? ''}`),
      description: perLocale(languages, (l) => content(l)?.dimensions[d]?.description ?? ''),
      indicators: dimension.indicators
        .map((_, i) => i + 1)
        .filter((position) => keep(dimension.key, position))
        .map((position) => ({
          code: indicatorAnchor(level, dimension.key, position, entry.key),
          text: perLocale(languages, (l) => content(l)?.dimensions[d]?.indicators[position - 1] ?? ''),
        })),
    }))
    .filter((dimension) => dimension.indicators.length > 0);
  const name = perLocale(languages, (l) => content(l)?.name ?? inLocale(entry.name, l, locales));
  return {
    code: `${entry.key}-${level}`,
    level,
    name,
    heading: perLocale(languages, (l) =>
      fill(labels[l]?.competencyAtLevel ?? '{name} ({level})', { name: name[l] ?? '', level }),
    ),
    definition: perLocale(languages, (l) => content(l)?.definition ?? ''),
    dimensions,
  };
}

/** Every string of a value with the characters XML does not allow removed (see xml-safe.ts). */
function safe<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map(safe) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safe(v)])) as T;
  }
  return value;
}

/**
 * The whole profile in its languages; items the content does not have are skipped. With `meta`
 * (the profile's address and the date), the document ends with its source line.
 */
export function buildProfileDocument(state: ProfileState, data: ProfileData, meta?: ExportMeta): ProfileDocument {
  const languages = state.languages.length > 0 ? state.languages : data.locales.slice(0, 1);
  const competencies = state.competencies.flatMap((choice) => {
    const entry = data.competencies.find((c) => c.key === choice.key);
    return entry?.levels[choice.level] ? [competencyBlock(entry, choice, languages, data.locales, data.labels)] : [];
  });
  const areas = state.areas.flatMap(({ fn, area }) => {
    const func = data.functions.find((f) => f.key === fn);
    const entry = func?.areas.find((a) => a.key === area);
    if (!func || !entry) return [];
    return [
      {
        code: `${fn}-${area}`,
        source: perLocale(languages, (l) =>
          fill(data.labels[l]?.functionWithClasses ?? '{title} ({classes})', {
            title: inLocale(func.title, l, data.locales),
            classes: func.classes.join('/'),
          }),
        ),
        role: perLocale(languages, (l) => inLocale(entry.role, l, data.locales)),
        description: perLocale(languages, (l) => inLocale(entry.description, l, data.locales)),
      },
    ];
  });
  const source = meta
    ? sourceLines(languages, data.locales, data.exportLabels ?? {}, (l) => data.labels[l]?.htmlLang ?? l, meta)
    : [];
  const exported = meta && { ...meta, siteName: data.exportLabels?.[languages[0] ?? '']?.siteName ?? '' };
  return {
    ...safe({
      title: cleanTitle(state.title),
      languages: [...languages],
      labels: data.labels,
      areas,
      competencies,
      source,
    }),
    ...(exported ? { exported } : {}),
  };
}
