import type { ExportLabels } from './data';
import { fill } from './fill';

/**
 * The source line every export ends with: where the text comes from (the federal competency
 * dictionary and its texts), the profile's address on this site, the date of the export in the
 * language's own format and, for a language that is our translation, a note saying so.
 */
export interface ExportMeta {
  /** The profile's absolute address (the share link). */
  url: string;
  date: Date;
}

export interface SourceLine {
  locale: string;
  text: string;
}

/** A date as the language writes it in full: `2 december 2026`, `2 décembre 2026`. */
export function exportDate(date: Date, htmlLang: string): string {
  return new Intl.DateTimeFormat(htmlLang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  }).format(date);
}

/** One line per output language; the source language (the first of `locales`) has no translation note. */
export function sourceLines(
  languages: readonly string[],
  locales: readonly string[],
  labels: Record<string, ExportLabels | undefined>,
  htmlLang: (locale: string) => string,
  meta: ExportMeta,
): SourceLine[] {
  return languages.flatMap((locale) => {
    const own = labels[locale];
    if (!own) return [];
    const line = fill(own.sourceLine, { url: meta.url, date: exportDate(meta.date, htmlLang(locale)) });
    const note = locale === locales[0] ? '' : own.translationNote;
    return [{ locale, text: note ? `${line} ${note}` : line }];
  });
}
