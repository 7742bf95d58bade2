import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR, jsonSchemas, jsonSchemaText } from '../../src/content-tools/json-schemas';

describe('the JSON Schemas of the content, for editors', () => {
  it('are generated from the zod schemas and up to date in schemas/ (npm run schemas)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      expect(readFileSync(join(JSON_SCHEMA_DIR, name), 'utf8'), `${name}: run npm run schemas`).toBe(
        jsonSchemaText(schema),
      );
    }
  });

  it('are strict, as the check is: an unknown field is an error in the editor too', () => {
    const competency = jsonSchemas()['competencies.schema.json'] as {
      additionalProperties: boolean;
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(competency.additionalProperties).toBe(false);
    expect(Object.keys(competency.properties)).toContain('formerSlugs');
    expect(competency.required).toEqual(
      expect.arrayContaining(['key', 'group', 'core', 'name', 'slug', 'definition', 'dimensions']),
    );
  });

  it('are wired for VS Code: the YAML language server for the model files, Astro for MDX frontmatter', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as {
      'yaml.schemas': Record<string, string>;
      'astro.content-intellisense': boolean;
    };
    expect(settings['astro.content-intellisense']).toBe(true);
    for (const [schema, file] of Object.entries(settings['yaml.schemas'])) {
      expect(Object.keys(jsonSchemas())).toContain(schema.replace('./schemas/', ''));
      expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
    }
    expect(readFileSync('astro.config.mjs', 'utf8')).toContain('contentIntellisense: true');
  });
});
