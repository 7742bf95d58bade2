import { entryLocale } from '../catalog';
import { error, fileOf, type ContentCheck, type CollectionKind, type CheckedEntry } from './types';

export const allEntries = (entries: {
  competencies: readonly CheckedEntry[];
  functions: readonly CheckedEntry[];
  pages: readonly CheckedEntry[];
}): { kind: CollectionKind; list: readonly CheckedEntry[] }[] => [
  { kind: 'competencies', list: entries.competencies },
  { kind: 'functions', list: entries.functions },
  { kind: 'pages', list: entries.pages },
];

/** Each entry is in the folder of a language of the site. */
export const folderLanguage: ContentCheck = {
  id: 'folder-language',
  about: 'every entry is in the folder of a language of the site',
  fixtures: ['unknown-language-folder'],
  run: ({ catalog, entries }) =>
    allEntries(entries).flatMap(({ kind, list }) =>
      list
        .filter((e) => !catalog.locales.includes(entryLocale(e)))
        .map((e) =>
          error(
            fileOf(e),
            '(folder)',
            `"${entryLocale(e)}" is not a language of the site (${catalog.locales.join(', ')}).`,
            `Move the file to the folder of its language under ${kind}/, one of: ${catalog.locales.join(', ')}.`,
          ),
        ),
    ),
};
