import type { Dictionary } from '../i18n/types';
import { buildCatalog } from '../lib/catalog';
import { findContentProblems, formatProblem, sortProblems, type ContentProblem } from '../lib/content-problems';
import { contentRoot } from './layout';
import type { ContentFiles } from './content-files';
import { readContent } from './read-content';

/**
 * The content pipeline, for one content folder: read every file once (parse, validate against
 * its schema, compile its body as the build does), build the catalog, run every check of the
 * registry. `npm run check`, the build (src/integrations/content-check.ts) and the site's
 * collections (src/content.config.ts) all use this one pass.
 */
export interface CheckResult {
  root: string;
  files: ContentFiles;
  catalog: ReturnType<
    typeof buildCatalog<
      ContentFiles['competencies'][number],
      ContentFiles['functions'][number],
      ContentFiles['pages'][number]
    >
  >;
  problems: ContentProblem[];
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

export async function checkContent(
  root: string = contentRoot(),
  dictionaries?: readonly Dictionary[],
): Promise<CheckResult> {
  const dicts = dictionaries ?? (await (await import('./locales')).loadDictionaries());
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
    `${files.entryFiles.length} MDX files; ${errors.length} error(s), ${warnings.length} warning(s).`
  );
}

/** The exit code of `npm run check`: 1 when there is an error, 0 otherwise (warnings alone pass). */
export const exitCode = (result: Pick<CheckResult, 'errors'>): number => (result.errors.length > 0 ? 1 : 0);

/** Why the build refuses this content (the message it stops with), or `undefined` when it builds. */
export function refusal(result: Pick<CheckResult, 'errors'>): string | undefined {
  if (result.errors.length === 0) return undefined;
  return `The content has ${result.errors.length} error(s) (npm run check lists the same):\n\n${result.errors.map(formatProblem).join('\n\n')}\n`;
}
