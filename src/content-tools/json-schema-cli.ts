/** `npm run schemas`: writes the JSON Schemas of the content (./json-schemas.ts) to schemas/. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JSON_SCHEMA_DIR, jsonSchemas, jsonSchemaText } from './json-schemas';

await mkdir(JSON_SCHEMA_DIR, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  await writeFile(join(JSON_SCHEMA_DIR, name), jsonSchemaText(schema));
  console.log(`wrote ${join(JSON_SCHEMA_DIR, name)}`);
}
