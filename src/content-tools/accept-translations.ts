import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatProblem } from '../lib/content-problems';
import { translationRows } from '../lib/translation-status';
import { setSourceHash } from './frontmatter-edit';
import { checkContent } from './run-check';

/**
 * After a translation has been checked against its source: record the source version it now
 * translates (`translation.sourceHash`), so `npm run check` and the site stop calling it out of date.
 */
export interface AcceptResult {
  file: string;
  previous: string | undefined;
  hash: string;
  /** Errors `npm run check` still reports in this file (accepting does not fix them). */
  errors: string[];
}

/** `targets`: paths of translated MDX files, entry ids (`fr/atteindre-les-objectifs`) or keys (every translation of that key). */
export async function acceptTranslations(
  root: string,
  targets: readonly string[],
  all = false,
): Promise<{ accepted: AcceptResult[]; unknown: string[] }> {
  const { catalog, errors } = await checkContent(root);
  const rows = translationRows(catalog).filter((row) => row.source !== undefined && row.current !== undefined);
  const matches = (target: string, row: (typeof rows)[number]) =>
    row.key === target || row.entry.id === target || resolve(row.entry.filePath ?? '') === resolve(target);
  const unknown = all ? [] : targets.filter((target) => !rows.some((row) => matches(target, row)));
  const chosen = all ? rows : rows.filter((row) => targets.some((target) => matches(target, row)));
  const accepted: AcceptResult[] = [];
  for (const row of chosen) {
    const file = row.entry.filePath!;
    const hash = row.current!;
    const text = await readFile(file, 'utf8');
    const updated = setSourceHash(text, hash);
    if (updated !== text) await writeFile(file, updated);
    accepted.push({
      file,
      previous: row.recorded,
      hash,
      errors: errors.filter((p) => p.file === file).map(formatProblem),
    });
  }
  return { accepted, unknown };
}
