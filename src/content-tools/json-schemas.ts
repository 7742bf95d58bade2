import { z } from 'astro/zod';
import { DATA_COLLECTIONS, ENTRY_COLLECTIONS } from './layout';

/**
 * The content schemas as JSON Schema (draft 7, what the YAML language server reads best),
 * generated from the same zod schemas that `npm run check` and the build validate with, for
 * editors: completion and inline errors while typing (see CONTRIBUTING.md, "Editor support").
 * `npm run schemas` writes them to schemas/; a unit test keeps them in step with src/schemas/.
 */
export const JSON_SCHEMA_DIR = 'schemas';

const withTitle = (schema: Record<string, unknown>, title: string, description: string) => {
  const { $schema, ...rest } = schema;
  return { $schema, title, description, ...rest };
};

export function jsonSchemas(): Record<string, object> {
  const schemas: Record<string, object> = {};
  for (const [name, { folder, schema }] of Object.entries(ENTRY_COLLECTIONS)) {
    schemas[`${name}.schema.json`] = withTitle(
      z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>,
      `Frontmatter of content/${folder}/<language>/<slug>.mdx`,
      'Generated from src/schemas/ by npm run schemas; do not edit.',
    );
  }
  for (const [name, { file, schema }] of Object.entries(DATA_COLLECTIONS)) {
    const list = z.array(schema.extend({ id: z.string().min(1) }));
    schemas[`${name}.schema.json`] = withTitle(
      z.toJSONSchema(list, { io: 'input', target: 'draft-7' }) as Record<string, unknown>,
      `content/${file}`,
      'Generated from src/schemas/ by npm run schemas; do not edit.',
    );
  }
  return schemas;
}

export const jsonSchemaText = (schema: object): string => `${JSON.stringify(schema, null, 2)}\n`;
