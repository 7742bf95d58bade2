/**
 * Generates a larger copy of the content, to measure how the build scales with the number of
 * competencies: copies `content/` to a folder and adds factor - 1 copies of every described
 * competency, in every language, each a competency of its own (key `<key>-<n>`, slug
 * `<slug>-<n>`, name `<name> <n>`), added to the copy's model (model/competencies.yaml) in the
 * same group. The copies are not core competencies (the model keeps its five core competencies);
 * their translations are recorded as up to date, so the copy passes `npm run check` with no error.
 *
 *   npx tsx scripts/generate-content.ts --factor 10 [--out <folder>]
 *
 * prints the folder; build from it with CONTENT_DIR=<folder> npm run build.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { acceptTranslations } from '../src/content-tools/accept-translations';
import { FRONTMATTER } from '../src/content-tools/frontmatter';
import { checkContent, summary } from '../src/content-tools/run-check';

export interface GeneratedContent {
  dir: string;
  factor: number;
  /** Described competencies per language in the generated content. */
  competencies: number;
}

interface ModelEntry {
  id: string;
  group: string;
  order: number;
  core: boolean;
  name: Record<string, string>;
}

/** The top-level `field: value` line of a frontmatter, replaced (the rest of the file untouched). */
function setField(text: string, field: string, value: string | boolean): string {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('a competency file has no frontmatter block.');
  const frontmatter = match[1]!;
  const line = new RegExp(`^${field}:.*$`, 'm');
  if (!line.test(frontmatter)) throw new Error(`a competency file has no top-level "${field}:" line.`);
  const replaced = frontmatter.replace(line, `${field}: ${JSON.stringify(value)}`);
  const start = text.indexOf(frontmatter);
  return `${text.slice(0, start)}${replaced}${text.slice(start + frontmatter.length)}`;
}

export async function generateContent(factor: number, out?: string, source = 'content'): Promise<GeneratedContent> {
  if (!Number.isInteger(factor) || factor < 1)
    throw new Error(`--factor must be a whole number of at least 1, not "${factor}".`);
  const dir = resolve(out ?? (await mkdtemp(join(tmpdir(), `content-x${factor}-`))));
  await rm(dir, { recursive: true, force: true });
  await cp(source, dir, { recursive: true });

  const modelPath = join(dir, 'model', 'competencies.yaml');
  const modelText = await readFile(modelPath, 'utf8');
  const model = parseYaml(modelText) as ModelEntry[];
  const competencyDir = join(dir, 'competencies');
  const locales = (await readdir(competencyDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  const described = new Set<string>();
  const added: ModelEntry[] = [];
  for (const locale of locales) {
    for (const name of (await readdir(join(competencyDir, locale))).filter((f) => f.endsWith('.mdx')).sort()) {
      const text = await readFile(join(competencyDir, locale, name), 'utf8');
      const data = parseYaml(FRONTMATTER.exec(text)?.[1] ?? '') as { key: string; slug: string; name: string };
      const entry = model.find((m) => m.id === data.key);
      if (!entry) throw new Error(`${locale}/${name}: "${data.key}" is not in model/competencies.yaml.`);
      described.add(data.key);
      for (let copy = 2; copy <= factor; copy++) {
        let generated = setField(text, 'key', `${data.key}-${copy}`);
        generated = setField(generated, 'slug', `${data.slug}-${copy}`);
        generated = setField(generated, 'name', `${data.name} ${copy}`);
        generated = setField(generated, 'core', false);
        await writeFile(join(competencyDir, locale, `${data.slug}-${copy}.mdx`), generated);
      }
    }
  }
  for (const key of described) {
    const entry = model.find((m) => m.id === key)!;
    const lastOrder = Math.max(
      ...model.filter((m) => m.group === entry.group).map((m) => m.order),
      ...added.filter((m) => m.group === entry.group).map((m) => m.order),
    );
    for (let copy = 2; copy <= factor; copy++) {
      const name = Object.fromEntries(Object.entries(entry.name).map(([locale, text]) => [locale, `${text} ${copy}`]));
      added.push({ id: `${key}-${copy}`, group: entry.group, order: lastOrder + copy - 1, core: false, name });
    }
  }
  if (added.length > 0) await writeFile(modelPath, `${modelText.trimEnd()}\n${stringifyYaml(added)}`);

  // The copies' translations translate the copies' sources: record that, as an editor would.
  await acceptTranslations(dir, [], true);
  const result = await checkContent(dir);
  if (result.errors.length > 0)
    throw new Error(
      `The generated content in ${dir} has errors:\n${result.errors.map((e) => `${e.file} ${e.field}: ${e.message}`).join('\n')}`,
    );
  return { dir, factor, competencies: described.size * factor };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { factor: { type: 'string', default: '10' }, out: { type: 'string' } } });
  const generated = await generateContent(Number(values.factor), values.out);
  console.log(summary(await checkContent(generated.dir)));
  console.log(generated.dir);
}
