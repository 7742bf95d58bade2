import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { ZodType } from 'astro/zod';
import type { SourceEntry } from '../lib/catalog';
import type { ContentProblem } from '../lib/content-problems';
import { compileBody } from './body/compile';
import type { ContentFiles, DataFile, EntryFile, MdxEntry, SchemaIssue } from './content-files';
import { FRONTMATTER, lineValue, parseYaml } from './frontmatter';
import { contentRoot, DATA_COLLECTIONS, ENTRY_COLLECTIONS, ENTRY_EXTENSION, type EntryCollection } from './layout';

/** The content folder: `CONTENT_DIR` if set, else `content` (see ./layout.ts). */
export const defaultContentRoot = contentRoot;

/**
 * Reads the content folder once, as ./layout.ts declares it: every file is parsed, its
 * frontmatter validated against its schema and its body compiled as the build compiles it. What
 * goes wrong is recorded as facts (./content-files.ts); the checks of src/lib/checks/ turn the facts
 * into messages. Valid entries are returned for the catalog and the site's collections.
 */
export async function readContent(root: string = contentRoot(), cwd: string = process.cwd()): Promise<ContentFiles> {
  const display = (path: string) => {
    const rel = relative(cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
  const problems: ContentProblem[] = [];
  const result: ContentFiles = {
    root,
    groups: [],
    model: [],
    levels: [],
    competencies: [],
    functions: [],
    pages: [],
    rejected: [],
    entryFiles: [],
    dataFiles: [],
    unknownPaths: [],
    problems,
  };

  function validate<T>(schema: ZodType<T>, value: unknown): { data?: T; issues?: readonly SchemaIssue[] } {
    const parsed = schema.safeParse(value);
    return parsed.success ? { data: parsed.data } : { issues: parsed.error.issues as unknown as SchemaIssue[] };
  }

  async function readData<T>(path: string, schema: ZodType<T>): Promise<SourceEntry<T>[]> {
    const file = display(path);
    const facts: DataFile = { file, aliases: [], notList: false, items: [] };
    result.dataFiles.push(facts);
    let text: string;
    try {
      text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    } catch {
      facts.yamlFailure = { reason: 'the file is missing or cannot be read' };
      return [];
    }
    const { value, failure, aliases } = parseYaml(text, 0);
    facts.aliases = aliases;
    facts.yamlFailure = failure;
    if (failure || aliases.length > 0) return [];
    if (!Array.isArray(value)) {
      facts.notList = true;
      return [];
    }
    const seen = new Set<unknown>();
    const entries: SourceEntry<T>[] = [];
    value.forEach((item: unknown, index) => {
      const { id, ...rest } = (item ?? {}) as Record<string, unknown>;
      const duplicate = seen.has(id);
      seen.add(id);
      const { data, issues } = validate(schema, rest);
      facts.items.push({ index, id, raw: rest, duplicate, issues });
      if (typeof id === 'string' && id !== '' && !duplicate && data !== undefined)
        entries.push({ id, filePath: file, data });
    });
    return entries;
  }

  async function readEntries<T>(collection: EntryCollection, schema: ZodType<T>): Promise<MdxEntry<T>[]> {
    const dir = join(root, ENTRY_COLLECTIONS[collection].folder);
    const entries: MdxEntry<T>[] = [];
    let locales: string[];
    try {
      const listing = await readdir(dir, { withFileTypes: true });
      locales = listing
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
      for (const loose of listing.filter((d) => d.isFile() && !d.name.startsWith('.'))) {
        result.entryFiles.push({
          file: display(join(dir, loose.name)),
          collection,
          locale: '',
          name: loose.name,
          text: '',
          bom: false,
          frontmatterBlock: 'ok',
          frontmatterLine: 2,
          aliases: [],
          bodyViolations: [],
          stray: true,
          misplaced: true,
        });
      }
    } catch {
      return entries;
    }
    for (const locale of locales) {
      const names = (await readdir(join(dir, locale), { withFileTypes: true }))
        .filter((d) => d.isFile() && !d.name.startsWith('.'))
        .map((d) => d.name)
        .sort();
      for (const name of names) {
        const path = join(dir, locale, name);
        const raw = await readFile(path, 'utf8');
        const bom = raw.startsWith('\uFEFF');
        const text = bom ? raw.slice(1) : raw;
        const facts: EntryFile = {
          file: display(path),
          collection,
          locale,
          name,
          text,
          bom,
          frontmatterBlock: 'ok',
          frontmatterLine: 2,
          aliases: [],
          bodyViolations: [],
          ...(name.endsWith(ENTRY_EXTENSION) ? {} : { stray: true }),
        };
        result.entryFiles.push(facts);
        const match = FRONTMATTER.exec(text);
        if (!match) {
          facts.frontmatterBlock = /^---[ \t]*\r?\n/.test(text) ? 'unclosed' : 'none';
          result.rejected.push({
            kind: collection,
            locale,
            key: lineValue(text, 'key'),
            slug: lineValue(text, 'slug'),
          });
          continue;
        }
        const frontmatter = match[1] ?? '';
        const { value, failure, aliases } = parseYaml(frontmatter, 1);
        facts.aliases = aliases;
        facts.yamlFailure = failure;
        const body = match[2] ?? '';
        facts.body = body;
        facts.bodyLine = text.slice(0, text.length - body.length).split('\n').length;
        if (!facts.stray) facts.bodyViolations = await compileBody(text, text.length - body.length, path);
        if (failure || aliases.length > 0) {
          result.rejected.push({
            kind: collection,
            locale,
            key: lineValue(frontmatter, 'key'),
            slug: lineValue(frontmatter, 'slug'),
          });
          continue;
        }
        facts.raw = value;
        const { data, issues } = validate(schema, value);
        facts.issues = issues;
        const ok = data !== undefined && !facts.stray && !bom && facts.bodyViolations.length === 0;
        if (ok)
          entries.push({
            id: `${locale}/${name.slice(0, -ENTRY_EXTENSION.length)}`,
            filePath: facts.file,
            data,
            body,
            bodyLine: facts.bodyLine,
          });
        else {
          const field = (key: string) => {
            const v = (value as Record<string, unknown> | null)?.[key];
            return typeof v === 'string' ? v : undefined;
          };
          result.rejected.push({ kind: collection, locale, key: field('key'), slug: field('slug') });
        }
      }
    }
    return entries;
  }

  const known = new Set<string>([
    ...Object.values(DATA_COLLECTIONS).map((c) => c.file),
    ...Object.values(ENTRY_COLLECTIONS).map((c) => c.folder),
  ]);
  const knownFolders = new Set([...known].map((path) => path.split('/')[0]!));
  const visible = async (dir: string) =>
    (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((d) => !d.name.startsWith('.'));
  for (const item of await visible(root)) {
    if (!knownFolders.has(item.name) && item.name !== 'README.md')
      result.unknownPaths.push(display(join(root, item.name)));
    else if (item.isDirectory() && !known.has(item.name)) {
      for (const inner of await visible(join(root, item.name))) {
        if (!known.has(`${item.name}/${inner.name}`))
          result.unknownPaths.push(display(join(root, item.name, inner.name)));
      }
    }
  }
  [result.groups, result.model, result.levels] = await Promise.all([
    readData(join(root, DATA_COLLECTIONS.groups.file), DATA_COLLECTIONS.groups.schema),
    readData(join(root, DATA_COLLECTIONS.model.file), DATA_COLLECTIONS.model.schema),
    readData(join(root, DATA_COLLECTIONS.levels.file), DATA_COLLECTIONS.levels.schema),
  ]);
  result.competencies = await readEntries('competencies', ENTRY_COLLECTIONS.competencies.schema);
  result.functions = await readEntries('functions', ENTRY_COLLECTIONS.functions.schema);
  result.pages = await readEntries('pages', ENTRY_COLLECTIONS.pages.schema);
  return result;
}
