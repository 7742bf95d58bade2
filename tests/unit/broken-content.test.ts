import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-problems';
import { CONTENT_CHECKS } from '../../src/lib/checks';
import { checkContent, exitCode, refusal } from '../../src/content-tools/run-check';
import { BROKEN_CONTENT, VALID_CONTENT, contentCopy, removeContentCopies } from './content-dir';

/**
 * One folder per kind of mistake (tests/fixtures/broken-content/<kind>/), laid over a copy of the
 * valid content. For each: what `npm run check` exits with and names (file, field or line and
 * column, message, fix), and that the build refuses it with the same problem: the build runs this
 * same pipeline (src/integrations/content-check.ts) and compiles bodies with the same processor.
 * tests/integration/content-build.test.ts builds a site to show the build itself refuses them.
 */
interface Expected {
  about: string;
  file: string;
  field: string;
  message: string;
  fix?: string;
  severity?: 'error' | 'warning';
  remove?: string[];
  /** Problems that must not be reported as a consequence (e.g. "exists in one language only"). */
  notReported?: { file: string; field: string }[];
}

const kinds = readdirSync(BROKEN_CONTENT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

afterAll(removeContentCopies);

describe('npm run check on broken content', () => {
  it('has a fixture for at least 35 kinds of mistakes', () => {
    expect(kinds.length).toBeGreaterThanOrEqual(35);
  });

  it('every check of the registry has fixtures, and every fixture belongs to exactly one check', () => {
    const claimed = CONTENT_CHECKS.flatMap((check) => check.fixtures);
    for (const check of CONTENT_CHECKS) expect(check.fixtures.length, check.id).toBeGreaterThan(0);
    expect([...claimed].sort()).toEqual(kinds);
  });

  it('finds nothing wrong in the valid content the fixtures start from', async () => {
    const result = await checkContent(VALID_CONTENT);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(exitCode(result)).toBe(0);
    expect(refusal(result)).toBeUndefined();
  });

  for (const kind of kinds) {
    const expected = JSON.parse(readFileSync(join(BROKEN_CONTENT, kind, 'expected.json'), 'utf8')) as Expected;
    const severity = expected.severity ?? 'error';
    it(`${kind}: ${expected.about}`, async () => {
      const dir = await contentCopy(VALID_CONTENT, join(BROKEN_CONTENT, kind));
      for (const file of expected.remove ?? []) await rm(join(dir, file));
      const result = await checkContent(dir);
      const file = join(dir, expected.file);
      const problem = result.problems.find(
        (p) => p.file === file && p.field === expected.field && p.message.includes(expected.message),
      );
      const listed = result.problems.map(formatProblem).join('\n');
      expect(
        problem,
        `a problem in ${expected.file}, field ${expected.field}: "${expected.message}"; got:\n${listed}`,
      ).toBeDefined();
      expect(problem!.severity).toBe(severity);
      expect(problem!.fix.length).toBeGreaterThan(10);
      if (expected.fix) expect(problem!.fix).toContain(expected.fix);
      const printed = formatProblem(problem!);
      expect(printed).toContain(file);
      expect(printed).toContain(`field: ${expected.field}`);
      for (const absent of expected.notReported ?? []) {
        expect(
          result.problems
            .filter((p) => p.file === join(dir, absent.file) && p.field === absent.field)
            .map(formatProblem),
        ).toEqual([]);
      }
      // The exit code of `npm run check`, and the build's verdict on the same result.
      expect(exitCode(result)).toBe(severity === 'error' ? 1 : 0);
      const refused = refusal(result);
      if (severity === 'error') {
        expect(refused).toContain(printed);
      } else {
        expect(refused).toBeUndefined();
      }
    });
  }
});
