import { typesetDeep } from '../lib/typography';
import type { Dictionary, UiStrings } from './types';

/**
 * Every file in `locales/` is a language of the site: the list of languages is discovered, not
 * written down, so adding a language is adding a dictionary (and its content).
 */
const modules = import.meta.glob<{ default: Dictionary }>('./locales/*.ts', { eager: true });

export const dictionaries: readonly Dictionary[] = Object.values(modules)
  // UI strings follow the same typography as the content (src/lib/typography.ts): applied here, once.
  .map((module) => typesetDeep(module.default, module.default.locale.code))
  .sort((a, b) => a.locale.order - b.locale.order);

export const localeCodes: readonly string[] = dictionaries.map((d) => d.locale.code);

/** The language of the source texts: the first language, by `order`. */
export const sourceLocale: string = localeCodes[0] ?? 'nl';

export function isLocale(code: string): boolean {
  return localeCodes.includes(code);
}

export function getDictionary(code: string): Dictionary {
  const dictionary = dictionaries.find((d) => d.locale.code === code);
  if (!dictionary) {
    throw new Error(`No dictionary for locale "${code}". Known locales: ${localeCodes.join(', ')}.`);
  }
  return dictionary;
}

/** Fills `{name}` placeholders in a UI string. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

export function t(code: string, key: keyof UiStrings, values?: Record<string, string>): string {
  const text = getDictionary(code).ui[key];
  return values ? format(text, values) : text;
}
