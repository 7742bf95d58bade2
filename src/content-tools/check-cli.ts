/**
 * `npm run check`: validates all content and prints, for each problem, the file, the field,
 * what is wrong and how to fix it. Exits 1 on errors; warnings alone exit 0.
 */
import { buildCatalog } from '../lib/catalog';
import { findContentProblems, formatProblem } from '../lib/content-problems';
import { loadDictionaries } from './locales';
import { readContent } from './read-content';

const root = process.argv[2] ?? 'content';
const localeCodes = (await loadDictionaries()).map((d) => d.locale.code);
const files = await readContent(root);
const catalog = buildCatalog({ locales: localeCodes, ...files });
const problems = [...files.problems, ...findContentProblems(catalog, files)];
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
for (const problem of problems) console.log(`${formatProblem(problem)}\n`);
const described = catalog.competencies.filter((c) => Object.keys(c.descriptions).length > 0).length;
console.log(
  `${root}: ${catalog.competencies.length} competencies in the model, ${described} described, ` +
    `${files.competencies.length + files.functions.length + files.pages.length} MDX files; ` +
    `${errors.length} error(s), ${warnings.length} warning(s).`,
);
process.exit(errors.length > 0 ? 1 : 0);
