import type { Dictionary } from '../i18n/types';

/**
 * The columns of a side-by-side page: every language of the site, the page's own first (a reader
 * who chose French reads the French first), then the others in their usual order.
 */
export interface Column {
  locale: string;
  /** BCP 47 tag for the column's `lang`. */
  htmlLang: string;
  /** Short tag shown per item when the columns are stacked: `NL`. */
  tag: string;
  dictionary: Dictionary;
}

export function sideBySideColumns(locale: string, dictionaries: readonly Dictionary[]): Column[] {
  const own = dictionaries.filter((d) => d.locale.code === locale);
  const others = dictionaries.filter((d) => d.locale.code !== locale);
  return [...own, ...others].map((dictionary) => ({
    locale: dictionary.locale.code,
    htmlLang: dictionary.locale.htmlLang,
    tag: dictionary.locale.code.toUpperCase(),
    dictionary,
  }));
}

/** The toggle's visible label: the languages' tags in the site's order, `NL | FR`. */
export function toggleLabel(dictionaries: readonly Dictionary[]): string {
  return dictionaries.map((d) => d.locale.code.toUpperCase()).join(' | ');
}

/** Items of one list in every column, by position: the longest column sets the number of rows. */
export function alignByPosition<T>(lists: readonly (readonly T[] | undefined)[]): (T | undefined)[][] {
  const length = Math.max(0, ...lists.map((list) => list?.length ?? 0));
  return Array.from({ length }, (_, index) => lists.map((list) => list?.[index]));
}
