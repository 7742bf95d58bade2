import { error, type ContentCheck } from './types';

/** YAML anchors (&a) and aliases (*a) repeat content invisibly and allow "alias bombs": refused. */
export const yamlAliases: ContentCheck = {
  id: 'yaml-aliases',
  about: 'no YAML anchors or aliases: every text is written where it is used',
  fixtures: ['yaml-alias'],
  run: ({ entries }) =>
    [...(entries.entryFiles ?? []), ...(entries.dataFiles ?? [])].flatMap((f) =>
      f.aliases.map((a) =>
        error(
          f.file,
          `${'collection' in f ? '(frontmatter)' : '(file)'}${a.line === undefined ? '' : `, line ${a.line}`}`,
          `uses ${a.reason}: YAML anchors and aliases are not allowed in content.`,
          'Write the text out in full where it is used (copy it), without & or *.',
        ),
      ),
    ),
};
