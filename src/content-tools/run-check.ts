import type { Dictionary } from '../i18n/types';
import { buildCatalog } from '../lib/catalog';
import { findContentProblems, sortProblems, type ContentProblem } from '../lib/content-problems';
import { loadDictionaries } from './locales';
import { defaultContentRoot, readContent, type ContentFiles } from './read-content';

/**
 * Everything `npm run check` checks, for one content folder: each file against its schema, then
 * the checks the build makes too (src/lib/content-problems.ts).
 */
export interface CheckResult {
  root: string;
  files: ContentFiles;
  catalog: ReturnType<typeof buildCatalog<ContentFiles['competencies'][number], ContentFiles['functions'][number], ContentFiles['pages'][number]>>;
  problems: ContentProblem[];
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

export async function checkContent(root: string = defaultContentRoot(), dictionaries?: readonly Dictionary[]): Promise<CheckResult> {
  const dicts = dictionaries ?? (await loadDictionaries());
  const files = await readContent(root);
  const catalog = buildCatalog({ locales: dicts.map((d) => d.locale.code), ...files });
  const problems = sortProblems([...files.problems, ...findContentProblems(catalog, files, { dictionaries: dicts })]);
  return {
    root,
    files,
    catalog,
    problems,
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}

export function summary({ root, files, catalog, errors, warnings }: CheckResult): string {
  const described = catalog.competencies.filter((c) => Object.keys(c.descriptions).length > 0).length;
  return (
    `${root}: ${catalog.competencies.length} competencies in the model, ${described} described, ` +
    `${files.competencies.length + files.functions.length + files.pages.length} MDX files; ` +
    `${errors.length} error(s), ${warnings.length} warning(s).`
  );
}
