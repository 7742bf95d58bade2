import { entryLocale } from '../catalog';
import { findTypographyProblems } from '../typography-check';
import { allEntries } from './folder-language';
import { error, fileOf, type ContentCheck } from './types';

/** What the typography of each language cannot repair by itself (src/lib/typography-check.ts). */
export const typography: ContentCheck = {
  id: 'typography',
  about: 'quotation marks are those of the text’s language and come in pairs',
  fixtures: ['dutch-guillemets'],
  run: ({ entries }) =>
    allEntries(entries).flatMap(({ list }) =>
      list.flatMap((entry) =>
        findTypographyProblems(entryLocale(entry), entry.data, entry.body, entry.bodyLine).map((f) =>
          error(fileOf(entry), f.field, f.message, f.fix),
        ),
      ),
    ),
};
