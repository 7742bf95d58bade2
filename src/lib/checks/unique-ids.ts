import { entryLocale } from '../catalog';
import { allEntries } from './folder-language';
import { error, fileOf, type CheckedEntry, type ContentCheck, type ContentProblem } from './types';

/** Within a language, no two entries of a collection share a key or a slug (a page address). */
export const uniqueIds: ContentCheck = {
  id: 'unique-ids',
  about: 'keys and slugs are unique per collection and language',
  fixtures: ['duplicate-key', 'duplicate-slug'],
  run: ({ catalog, entries }) => {
    const problems: ContentProblem[] = [];
    for (const { kind, list } of allEntries(entries)) {
      for (const locale of catalog.locales) {
        const inLocale = list.filter((e) => entryLocale(e) === locale);
        for (const field of ['key', 'slug'] as const) {
          const seen = new Map<string, CheckedEntry>();
          for (const entry of inLocale) {
            const value = entry.data[field];
            const first = seen.get(value);
            if (first)
              problems.push(
                error(
                  fileOf(entry),
                  field,
                  `"${value}" is also the ${field} of ${fileOf(first)}.`,
                  `Give each ${kind} entry in "${locale}" its own ${field}.`,
                ),
              );
            else seen.set(value, entry);
          }
        }
      }
    }
    return problems;
  },
};
