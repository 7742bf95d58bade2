import { error, type ContentCheck } from './types';
import type { YamlFailure } from '../../content-tools/content-files';

const where = (f: YamlFailure) =>
  f.line === undefined ? '' : ` (line ${f.line}${f.column === undefined ? '' : `, column ${f.column}`})`;

/** YAML that cannot be read, in a frontmatter or a model file, with the line and column of the file. */
export const yamlSyntax: ContentCheck = {
  id: 'yaml-syntax',
  about: 'every frontmatter and model file is valid YAML',
  fixtures: ['yaml-syntax', 'model-yaml-syntax'],
  run: ({ entries }) => [
    ...(entries.entryFiles ?? [])
      .filter((f) => f.yamlFailure)
      .map((f) =>
        error(
          f.file,
          '(frontmatter)',
          `cannot be read as YAML: ${f.yamlFailure!.reason}${where(f.yamlFailure!)}.`,
          'Correct the YAML syntax at the line given (put every text in double quotes; write \\" for a quote inside a text).',
        ),
      ),
    ...(entries.dataFiles ?? [])
      .filter((f) => f.yamlFailure)
      .map((f) =>
        error(
          f.file,
          '(file)',
          `cannot be read as YAML: ${f.yamlFailure!.reason}${where(f.yamlFailure!)}.`,
          'Correct the YAML syntax (indentation, quotes) at the line given.',
        ),
      ),
  ],
};
