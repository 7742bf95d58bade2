import { error, type ContentCheck } from './types';

/** A file in an entry folder that is not `<name>.mdx` would be ignored silently: it is reported. */
export const fileNames: ContentCheck = {
  id: 'file-names',
  about: 'every file in an entry folder is an entry: its name ends in .mdx (lower case)',
  fixtures: ['uppercase-extension', 'unknown-extension'],
  run: ({ entries }) =>
    (entries.entryFiles ?? []).filter((f) => f.stray).map((f) => {
      const lower = f.name.toLowerCase().endsWith('.mdx');
      return error(
        f.file,
        '(file name)',
        lower ? `ends in "${f.name.slice(-4)}": only files ending in ".mdx" (lower case) are read, so this one would be left out.` : `is not an ".mdx" file, so it would be left out of the site.`,
        lower ? `Rename it to ${f.name.slice(0, -4)}.mdx.` : `Rename it to <slug>.mdx if it is an entry, or move it out of ${f.collection}/${f.locale}/.`,
      );
    }),
};
