import { DATA_COLLECTIONS, ENTRY_COLLECTIONS } from '../../content-tools/layout';
import { schemaProblems } from '../../content-tools/schema-messages';
import { error, type ContentCheck, type ContentProblem } from './types';

/**
 * Each file against its schema (src/schemas/, strict: an unknown field is an error with a "did you
 * mean" hint), and each model file as a list of entries with their own `id`.
 */
export const schema: ContentCheck = {
  id: 'schema',
  about: 'every field is one the schema knows, present when required, and of the right kind',
  fixtures: [
    'missing-field',
    'wrong-type',
    'unknown-field',
    'unknown-nested-field',
    'bad-dimension-key',
    'model-duplicate-id',
  ],
  run: ({ entries }) => {
    const problems: ContentProblem[] = [];
    for (const f of entries.entryFiles ?? []) {
      if (f.issues)
        problems.push(...schemaProblems(f.issues, f.raw, f.file, '', ENTRY_COLLECTIONS[f.collection].schema));
    }
    const schemas = Object.values(DATA_COLLECTIONS);
    for (const f of entries.dataFiles ?? []) {
      const dataSchema = schemas.find((c) => f.file.endsWith(c.file))?.schema;
      if (f.notList)
        problems.push(error(f.file, '(file)', 'is not a list of entries.', 'Each entry starts with "- id: ...".'));
      for (const item of f.items) {
        if (typeof item.id !== 'string' || item.id === '') {
          problems.push(
            error(
              f.file,
              `[${item.index}].id`,
              `entry number ${item.index + 1} has no id.`,
              'Give the entry an id: "..." line.',
            ),
          );
        } else if (item.duplicate) {
          problems.push(
            error(
              f.file,
              `[id=${item.id}]`,
              `the id "${item.id}" appears twice.`,
              'Give each entry its own id, or merge the two entries.',
            ),
          );
        } else if (item.issues) {
          problems.push(...schemaProblems(item.issues, item.raw, f.file, `[id=${item.id}]`, dataSchema));
        }
      }
    }
    return problems;
  },
};
