/**
 * `npm run new:competency -- --nl "Informatie begrijpen" --fr "Comprendre l'information" --group informatie`
 * scaffolds the files of a competency the model lists but no file describes yet, one per language.
 * Asks for what is missing when run in a terminal. Options: --dimensions N (default 3),
 * --indicators N per level (default 2), --content <folder> (default: CONTENT_DIR, else content).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { entryLocale } from '../lib/catalog';
import { loadDictionaries } from './locales';
import { parseNewCompetencyArgs } from './new-competency-args';
import { defaultContentRoot, readContent } from './read-content';
import { findModelCompetency, planCompetency, type ScaffoldModel } from './scaffold-competency';

const dictionaries = await loadDictionaries();
const locales = dictionaries.map((d) => d.locale.code);
const parsed = parseNewCompetencyArgs(process.argv.slice(2), locales);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(1);
}
const opt = parsed.args;
const root = opt.content ?? defaultContentRoot();
const files = await readContent(root);
const model: ScaffoldModel = {
  locales,
  groups: files.groups,
  model: files.model,
  levels: [...files.levels].sort((a, b) => a.data.order - b.data.order).map((l) => l.id),
  described: files.competencies.map((e) => ({
    key: e.data.key,
    locale: entryLocale(e),
    slug: e.data.slug,
    file: e.filePath!,
  })),
  modelFile: join(root, 'model/competencies.yaml'),
};

const names: Record<string, string | undefined> = { ...opt.names };
let group = opt.group;
const interactive = process.stdin.isTTY && process.stdout.isTTY;
if (interactive) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (question: string, fallback?: string) =>
    (await rl.question(fallback ? `${question} [${fallback}]: ` : `${question}: `)).trim() || fallback;
  const source = locales[0]!;
  names[source] ??= await ask(`Name of the competency in ${dictionaries[0]!.locale.nativeName} (${source})`);
  const entry = names[source] ? findModelCompetency(model, names[source]!) : undefined;
  for (const d of dictionaries.slice(1))
    names[d.locale.code] ??= await ask(
      `Name in ${d.locale.nativeName} (${d.locale.code})`,
      entry?.data.name[d.locale.code],
    );
  group ??= await ask(`Group (${model.groups.map((g) => g.id).join(', ')})`, entry?.data.group);
  rl.close();
}

const plan = planCompetency(model, {
  names,
  group,
  dimensions: opt.dimensions,
  indicators: opt.indicators,
});
if (!plan.ok) {
  console.error(plan.message);
  process.exit(1);
}
for (const file of plan.files) {
  const path = join(root, file.path);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, file.content, { flag: 'wx' });
  console.log(`created ${path}`);
}
for (const note of plan.notes) console.log(`note: ${note}`);
console.log(
  `\nNext: replace every TODO in these files with the text of the source, then run "npm run check" (it lists each TODO left) and "npm run dev" to preview.`,
);
