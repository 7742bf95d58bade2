import { entryLocale } from '../catalog';
import { allEntries } from './folder-language';
import { error, fileOf, type ContentCheck, type ContentProblem } from './types';

/** Every entry that is not in the source language says, in `translation:`, which language it translates. */
export const translationBlock: ContentCheck = {
  id: 'translation-block',
  about: 'every entry outside the source language has a translation block naming another language',
  fixtures: ['missing-translation-block', 'translation-from-itself'],
  run: ({ catalog, entries }) => {
    const problems: ContentProblem[] = [];
    const locales = catalog.locales;
    const sourceLocale = locales[0];
    for (const { list } of allEntries(entries)) {
      for (const entry of list) {
        const locale = entryLocale(entry);
        if (!locales.includes(locale)) continue;
        const from = entry.data.translation?.from;
        if (from !== undefined && (!locales.includes(from) || from === locale)) {
          problems.push(
            error(
              fileOf(entry),
              'translation.from',
              `"${from}" is not another language of the site.`,
              `Set translation.from to the language of the text this one translates (${locales.filter((l) => l !== locale).join(', ')}).`,
            ),
          );
        }
        if (entry.data.translation === undefined && locale !== sourceLocale) {
          problems.push(
            error(
              fileOf(entry),
              'translation',
              `this "${locale}" entry does not say which text it translates.`,
              `Add the block\n    translation:\n      from: "${sourceLocale}"\n      status: "translated"\n  after the slug line, then run: npm run translation:accept -- ${fileOf(entry)}`,
            ),
          );
        }
      }
    }
    return problems;
  },
};
