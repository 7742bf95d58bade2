import { error, type ContentCheck } from './types';

/** The frontmatter block itself: at the very start of the file, between two `---` lines, no byte order mark. */
export const frontmatterBlock: ContentCheck = {
  id: 'frontmatter-block',
  about: 'every entry file starts with a frontmatter block between two "---" lines, without a byte order mark',
  fixtures: ['bom', 'unclosed-frontmatter', 'no-frontmatter'],
  run: ({ entries }) =>
    (entries.entryFiles ?? []).flatMap((f) => [
      ...(f.bom
        ? [
            error(
              f.file,
              '(file start)',
              'starts with an invisible byte order mark (BOM, U+FEFF).',
              'Save the file as "UTF-8" (without BOM); most editors offer this under "Save with encoding".',
            ),
          ]
        : []),
      ...(f.frontmatterBlock === 'none'
        ? [
            error(
              f.file,
              '(frontmatter)',
              'has no frontmatter block: the first line is not "---".',
              'Start the file with a line "---", the fields, and a closing line "---".',
            ),
          ]
        : []),
      ...(f.frontmatterBlock === 'unclosed'
        ? [
            error(
              f.file,
              '(frontmatter)',
              'has no closing "---" line after the fields of the frontmatter.',
              'Add a line "---" after the last field (before the text of the body, if any).',
            ),
          ]
        : []),
    ]),
};
