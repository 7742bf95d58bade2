import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-problems';
import { checkContent } from '../../src/content-tools/run-check';
import { BROKEN_CONTENT, VALID_CONTENT, contentCopy, removeContentCopies } from './content-dir';

/** One folder per kind of mistake (tests/fixtures/broken-content/<kind>/), laid over a copy of the valid content. */
interface Expected { about: string; file: string; field: string; message: string; remove?: string[] }

const kinds = readdirSync(BROKEN_CONTENT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

afterAll(removeContentCopies);

describe('npm run check on broken content', () => {
  it('has a fixture for at least ten kinds of mistakes', () => {
    expect(kinds.length).toBeGreaterThanOrEqual(10);
  });

  it('finds nothing wrong in the valid content the fixtures start from', async () => {
    const result = await checkContent(VALID_CONTENT);
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  for (const kind of kinds) {
    const expected = JSON.parse(readFileSync(join(BROKEN_CONTENT, kind, 'expected.json'), 'utf8')) as Expected;
    it(`${kind}: ${expected.about}`, async () => {
      const dir = await contentCopy(VALID_CONTENT, join(BROKEN_CONTENT, kind));
      for (const file of expected.remove ?? []) await rm(join(dir, file));
      const { errors } = await checkContent(dir);
      expect(errors.length, 'the check fails').toBeGreaterThan(0);
      const file = join(dir, expected.file);
      const problem = errors.find((p) => p.file === file && p.field === expected.field);
      expect(problem, `an error in ${expected.file}, field ${expected.field}; got:\n${errors.map(formatProblem).join('\n')}`).toBeDefined();
      expect(problem!.message).toContain(expected.message);
      expect(problem!.fix.length).toBeGreaterThan(10);
      const printed = formatProblem(problem!);
      expect(printed).toContain(file);
      expect(printed).toContain(`field: ${expected.field}`);
    });
  }
});
