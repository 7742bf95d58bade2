import { DATA_COLLECTIONS, ENTRY_COLLECTIONS } from '../../content-tools/layout';
import { error, type ContentCheck } from './types';

const MODEL_FILES = Object.values(DATA_COLLECTIONS).map((c) => c.file);
const ENTRY_FOLDERS = Object.values(ENTRY_COLLECTIONS).map((c) => `${c.folder}/<language>/<slug>.mdx`);

/** A file the site would not read (a wrong extension, a wrong folder, an unknown model file) is reported, not ignored. */
export const fileNames: ContentCheck = {
  id: 'file-names',
  about: 'every file of the content folder is one the site reads: a model file, or <collection>/<language>/<slug>.mdx',
  fixtures: ['uppercase-extension', 'unknown-extension', 'outside-language-folder', 'unknown-model-file'],
  run: ({ catalog, entries }) => [
    ...(entries.unknownPaths ?? []).map((path) =>
      error(
        path,
        '(file name)',
        'is not a file or folder the site reads, so it would be left out.',
        `Content lives in ${[...MODEL_FILES, ...ENTRY_FOLDERS].join(', ')} (see CONTRIBUTING.md, "The content model"); rename or move it there, or remove it.`,
      ),
    ),
    ...(entries.entryFiles ?? [])
      .filter((f) => f.stray)
      .map((f) => {
        if (f.misplaced) {
          return error(
            f.file,
            '(folder)',
            `is not in the folder of a language, so it would be left out.`,
            `Move it into ${f.collection}/<language>/, one of: ${catalog.locales.map((l) => `${f.collection}/${l}/`).join(', ')}.`,
          );
        }
        const lower = f.name.toLowerCase().endsWith('.mdx');
        return error(
          f.file,
          '(file name)',
          lower
            ? `ends in "${f.name.slice(-4)}": only files ending in ".mdx" (lower case) are read, so this one would be left out.`
            : `is not an ".mdx" file, so it would be left out of the site.`,
          lower
            ? `Rename it to ${f.name.slice(0, -4)}.mdx.`
            : `Rename it to <slug>.mdx if it is an entry, or move it out of ${f.collection}/${f.locale}/.`,
        );
      }),
  ],
};
