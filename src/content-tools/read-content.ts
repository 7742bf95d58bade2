import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'astro/zod';
import { competencySchema, type CompetencyData } from '../schemas/competency';
import { contextPageSchema, type ContextPageData } from '../schemas/context-page';
import { functionDescriptionSchema, type FunctionDescriptionData } from '../schemas/function-description';
import { groupSchema, levelSchema, modelCompetencySchema } from '../schemas/model';
import type { GroupData, LevelData, ModelCompetencyData, SourceEntry } from '../lib/catalog';
import type { ContentProblem } from '../lib/content-problems';

/**
 * Reads the content folder outside Astro (for `npm run check` and the tests), validating every
 * file with the same schemas as the site's content collections.
 */
export interface ContentFiles {
  groups: SourceEntry<GroupData>[];
  model: SourceEntry<ModelCompetencyData>[];
  levels: SourceEntry<LevelData>[];
  competencies: SourceEntry<CompetencyData>[];
  functions: SourceEntry<FunctionDescriptionData>[];
  pages: SourceEntry<ContextPageData>[];
  problems: ContentProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export async function readContent(root: string, cwd: string = process.cwd()): Promise<ContentFiles> {
  const problems: ContentProblem[] = [];
  const display = (path: string) => relative(cwd, path) || path;

  function validate<T>(schema: ZodType<T>, value: unknown, file: string, prefix = ''): T | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]') || '(frontmatter)';
      problems.push({ severity: 'error', file, field, message: issue.message, fix: fixFor(issue.code, field) });
    }
    return undefined;
  }

  async function dataList<T>(path: string, schema: ZodType<T>): Promise<SourceEntry<T>[]> {
    const file = display(path);
    let parsed: unknown;
    try {
      parsed = parseYaml(await readFile(path, 'utf8'));
    } catch (error) {
      problems.push({ severity: 'error', file, field: '(file)', message: `cannot be read as YAML: ${(error as Error).message}`, fix: 'Correct the YAML syntax (indentation, quotes) at the line given.' });
      return [];
    }
    if (!Array.isArray(parsed)) {
      problems.push({ severity: 'error', file, field: '(file)', message: 'is not a list of entries.', fix: 'Each entry starts with "- id: ...".' });
      return [];
    }
    return parsed.flatMap((item: Record<string, unknown>, index) => {
      const { id, ...rest } = item ?? {};
      if (typeof id !== 'string' || id === '') {
        problems.push({ severity: 'error', file, field: `[${index}].id`, message: 'has no id.', fix: 'Give the entry an id: "..." line.' });
        return [];
      }
      const data = validate(schema, rest, file, `[${index}]`);
      return data === undefined ? [] : [{ id, filePath: file, data }];
    });
  }

  async function mdxCollection<T>(dir: string, schema: ZodType<T>): Promise<(SourceEntry<T> & { body: string })[]> {
    const entries: (SourceEntry<T> & { body: string })[] = [];
    let locales: string[] = [];
    try {
      locales = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    } catch {
      return entries;
    }
    for (const locale of locales) {
      const files = (await readdir(join(dir, locale))).filter((f) => f.endsWith('.mdx')).sort();
      for (const name of files) {
        const path = join(dir, locale, name);
        const file = display(path);
        const text = await readFile(path, 'utf8');
        const match = FRONTMATTER.exec(text);
        if (!match) {
          problems.push({ severity: 'error', file, field: '(frontmatter)', message: 'has no frontmatter block.', fix: 'Start the file with a line "---", the fields, and a closing line "---".' });
          continue;
        }
        let parsed: unknown;
        try {
          parsed = parseYaml(match[1] ?? '');
        } catch (error) {
          problems.push({ severity: 'error', file, field: '(frontmatter)', message: `cannot be read as YAML: ${(error as Error).message.split('\n')[0]}`, fix: 'Correct the YAML syntax at the line given (quote texts that contain ": ").' });
          continue;
        }
        const data = validate(schema, parsed, file);
        if (data !== undefined) entries.push({ id: `${locale}/${name.replace(/\.mdx$/, '')}`, filePath: file, data, body: match[2] ?? '' });
      }
    }
    return entries;
  }

  const [groups, model, levels, competencies, functions, pages] = await Promise.all([
    dataList(join(root, 'model/groups.yaml'), groupSchema),
    dataList(join(root, 'model/competencies.yaml'), modelCompetencySchema),
    dataList(join(root, 'model/levels.yaml'), levelSchema),
    mdxCollection(join(root, 'competencies'), competencySchema),
    mdxCollection(join(root, 'functions'), functionDescriptionSchema),
    mdxCollection(join(root, 'pages'), contextPageSchema),
  ]);
  return { groups, model, levels, competencies, functions, pages, problems };
}

function fixFor(code: string, field: string): string {
  switch (code) {
    case 'invalid_type':
      return `Give "${field}" a value of the expected type (see CONTRIBUTING.md for the annotated example).`;
    case 'too_small':
      return `"${field}" may not be empty: write the text, or remove the entry.`;
    case 'invalid_format':
    case 'invalid_string':
      return `Write "${field}" in the expected form.`;
    case 'invalid_value':
    case 'invalid_enum_value':
      return `Use one of the allowed values for "${field}".`;
    case 'unrecognized_keys':
      return 'Remove the unknown field, or check its spelling.';
    default:
      return `Correct "${field}".`;
  }
}
