import { CONTENT_CHECKS } from './checks';
import type { CheckCatalog, CheckContext, CheckedEntries, ContentProblem } from './checks/types';
import type { Dictionary } from '../i18n/types';

/**
 * Runs the content checks of the registry (./checks/index.ts, one file per check with its
 * message, fix and fixtures) over the content as read once by src/content-tools/read-content.ts.
 * `npm run check`, the build and `npm run dev` go through here, so they report the same
 * problems: each names the file, the field (or line and column of the body), what is wrong and
 * how to fix it.
 */
export type { CheckedEntries, CheckedEntry, CollectionKind, ContentProblem, RejectedEntry } from './checks/types';

export interface CheckOptions {
  /** The site's dictionaries: with them, internal links in MDX bodies are checked against every page. */
  dictionaries?: readonly Dictionary[];
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.severity === 'error' ? 'error' : 'warning'}: ${problem.file}\n  field: ${problem.field}\n  problem: ${problem.message}\n  fix: ${problem.fix}`;
}

/** Errors first, then warnings; each in file order (the registry's order within a file). */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const rank = (p: ContentProblem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
}

export function findContentProblems(
  catalog: CheckCatalog,
  entries: CheckedEntries,
  options: CheckOptions = {},
): ContentProblem[] {
  const context: CheckContext = { catalog, entries, dictionaries: options.dictionaries };
  return CONTENT_CHECKS.flatMap((check) => check.run(context));
}
