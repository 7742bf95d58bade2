import { entryLocale } from '../catalog';
import { allEntries } from './folder-language';
import { error, fileOf, type CheckedEntry, type ContentCheck, type ContentProblem } from './types';

/** Every entry exists in every language (a counterpart that could not be read is reported there, not here). */
export const counterparts: ContentCheck = {
  id: 'counterparts',
  about: 'every entry exists in every language of the site',
  fixtures: ['one-language-only'],
  run: ({ catalog, entries }) => {
    const problems: ContentProblem[] = [];
    for (const { kind, list } of allEntries(entries)) {
      const byKey = new Map<string, CheckedEntry[]>();
      for (const entry of list) byKey.set(entry.data.key, [...(byKey.get(entry.data.key) ?? []), entry]);
      for (const [key, group] of byKey) {
        const present = group.map(entryLocale);
        const rejected = (locale: string) =>
          entries.rejected?.some((r) => r.kind === kind && r.locale === locale && r.key === key) ?? false;
        for (const locale of catalog.locales.filter((l) => !present.includes(l) && !rejected(l))) {
          problems.push(
            error(
              fileOf(group[0]!),
              'key',
              `"${key}" exists in ${present.join(', ')} but not in "${locale}".`,
              `Add ${kind}/${locale}/<slug>.mdx with key: "${key}" (npm run new:competency scaffolds competencies), or remove this file.`,
            ),
          );
        }
      }
    }
    return problems;
  },
};
