import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'astro/zod';
import { competencySchema, type CompetencyData } from '../schemas/competency';
import { contextPageSchema, type ContextPageData } from '../schemas/context-page';
import { functionDescriptionSchema, type FunctionDescriptionData } from '../schemas/function-description';
import { groupSchema, levelSchema, modelCompetencySchema } from '../schemas/model';
import type { GroupData, LevelData, ModelCompetencyData, SourceEntry } from '../lib/catalog';
import type { CollectionKind, ContentProblem, RejectedEntry } from '../lib/content-problems';
import { schemaProblems, unknownFields } from './schema-messages';

/**
 * Reads the content folder outside Astro (for `npm run check`, the editors' commands and the
 * tests), validating every file with the same schemas as the site's content collections, and
 * saying in plain words what a schema rejects.
 */
export interface MdxEntry<T> extends SourceEntry<T> {
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
}

export interface ContentFiles {
  groups: SourceEntry<GroupData>[];
  model: SourceEntry<ModelCompetencyData>[];
  levels: SourceEntry<LevelData>[];
  competencies: MdxEntry<CompetencyData>[];
  functions: MdxEntry<FunctionDescriptionData>[];
  pages: MdxEntry<ContextPageData>[];
  /** Files whose schema failed, by the key they name: their counterparts are not reported missing. */
  rejected: RejectedEntry[];
  problems: ContentProblem[];
}

/** The content folder: `CONTENT_DIR` if set (as for the site, see src/content.config.ts), else `content`. */
export const defaultContentRoot = (): string => process.env.CONTENT_DIR ?? 'content';

export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** Fields of each schema, to flag a misspelt field (which the schema would otherwise drop silently). */
function fieldsOf(schema: ZodType<unknown>): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** The YAML parser's message with the line counted in the file (the frontmatter starts after `offset` lines). */
function yamlError(error: unknown, offset: number): string {
  const { message, linePos } = error as { message: string; linePos?: [{ line: number; col: number }] };
  const reason = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const at = linePos?.[0];
  return at ? `${reason} (line ${at.line + offset}, column ${at.col}).` : `${reason}.`;
}

/** A top-level `name: "value"` line of a frontmatter that is not valid YAML as a whole. */
function lineValue(frontmatter: string, name: string): string | undefined {
  return new RegExp(`^${name}:\\s*["']?([^"'\\n#]+?)["']?\\s*$`, 'm').exec(frontmatter)?.[1];
}

export async function readContent(root: string = defaultContentRoot(), cwd: string = process.cwd()): Promise<ContentFiles> {
  const problems: ContentProblem[] = [];
  const rejected: RejectedEntry[] = [];
  const display = (path: string) => {
    const rel = relative(cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };

  function validate<T>(schema: ZodType<T>, value: unknown, file: string, prefix = ''): T | undefined {
    const result = schema.safeParse(value);
    const unknown = unknownFields(value, fieldsOf(schema), file, prefix);
    problems.push(...unknown);
    if (!result.success) {
      problems.push(...schemaProblems(result.error.issues as never, value, file, prefix));
      return undefined;
    }
    return unknown.length > 0 ? undefined : result.data;
  }

  async function dataList<T>(path: string, schema: ZodType<T>): Promise<SourceEntry<T>[]> {
    const file = display(path);
    let parsed: unknown;
    try {
      parsed = parseYaml(await readFile(path, 'utf8'));
    } catch (error) {
      problems.push({ severity: 'error', file, field: '(file)', message: `cannot be read as YAML: ${yamlError(error, 0)}`, fix: 'Correct the YAML syntax (indentation, quotes) at the line given.' });
      return [];
    }
    if (!Array.isArray(parsed)) {
      problems.push({ severity: 'error', file, field: '(file)', message: 'is not a list of entries.', fix: 'Each entry starts with "- id: ...".' });
      return [];
    }
    const seen = new Set<string>();
    return parsed.flatMap((item: Record<string, unknown>, index) => {
      const { id, ...rest } = item ?? {};
      if (typeof id !== 'string' || id === '') {
        problems.push({ severity: 'error', file, field: `[${index}].id`, message: `entry number ${index + 1} has no id.`, fix: 'Give the entry an id: "..." line.' });
        return [];
      }
      if (seen.has(id)) {
        problems.push({ severity: 'error', file, field: `[id=${id}]`, message: `the id "${id}" appears twice.`, fix: 'Give each entry its own id, or merge the two entries.' });
        return [];
      }
      seen.add(id);
      const data = validate(schema, rest, file, `[id=${id}]`);
      return data === undefined ? [] : [{ id, filePath: file, data }];
    });
  }

  async function mdxCollection<T>(kind: CollectionKind, schema: ZodType<T>): Promise<MdxEntry<T>[]> {
    const dir = join(root, kind);
    const entries: MdxEntry<T>[] = [];
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
          problems.push({ severity: 'error', file, field: '(frontmatter)', message: `cannot be read as YAML: ${yamlError(error, 1)}`, fix: 'Correct the YAML syntax at the line given (put every text in double quotes; write \\" for a quote inside a text).' });
          rejected.push({ kind, locale, key: lineValue(match[1] ?? '', 'key'), slug: lineValue(match[1] ?? '', 'slug') });
          continue;
        }
        const data = validate(schema, parsed, file);
        const body = match[2] ?? '';
        const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
        if (data !== undefined) entries.push({ id: `${locale}/${name.replace(/\.mdx$/, '')}`, filePath: file, data, body, bodyLine });
        else {
          const field = (name: string) => {
            const value = (parsed as Record<string, unknown> | null)?.[name];
            return typeof value === 'string' ? value : undefined;
          };
          rejected.push({ kind, locale, key: field('key'), slug: field('slug') });
        }
      }
    }
    return entries;
  }

  const [groups, model, levels, competencies, functions, pages] = await Promise.all([
    dataList(join(root, 'model/groups.yaml'), groupSchema),
    dataList(join(root, 'model/competencies.yaml'), modelCompetencySchema),
    dataList(join(root, 'model/levels.yaml'), levelSchema),
    mdxCollection('competencies', competencySchema),
    mdxCollection('functions', functionDescriptionSchema),
    mdxCollection('pages', contextPageSchema),
  ]);
  return { groups, model, levels, competencies, functions, pages, rejected, problems };
}
