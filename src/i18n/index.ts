import { typesetDeep } from '../lib/typography';
import type { Dictionary } from './types';

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

export function getDictionary(code: string): Dictionary {
  const dictionary = dictionaries.find((d) => d.locale.code === code);
  if (!dictionary) {
    throw new Error(`No dictionary for locale "${code}". Known locales: ${localeCodes.join(', ')}.`);
  }
  return dictionary;
}

export { format, plural } from './format';
