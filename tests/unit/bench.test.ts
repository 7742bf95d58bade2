import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { spread, summarize } from '../../scripts/bench/stats';
import { generateContent } from '../../scripts/generate-content';
import { checkContent } from '../../src/content-tools/run-check';

describe('benchmark statistics', () => {
  it('gives the median, minimum and maximum of the runs', () => {
    expect(summarize([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, runs: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
    expect(() => summarize([])).toThrow();
  });

  it('writes median (min–max), or one value when the runs agree', () => {
    const format = (v: number) => `${v} ms`;
    expect(spread(summarize([3, 1, 2]), format)).toBe('2 ms (1 ms–3 ms)');
    expect(spread(summarize([5, 5]), format)).toBe('5 ms');
  });
});

describe('generated content for the build-scaling benchmark', () => {
  const made: string[] = [];
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });

  it('copies every described competency factor - 1 times in every language, and passes the checks', async () => {
    const real = await checkContent('content');
    const described = real.catalog.competencies.filter((c) => Object.keys(c.descriptions).length > 0);
    const generated = await generateContent(3);
    made.push(generated.dir);
    expect(generated.competencies).toBe(described.length * 3);

    const result = await checkContent(generated.dir);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]); // the copies' translations are recorded as up to date
    const copies = result.catalog.competencies.filter((c) => Object.keys(c.descriptions).length > 0);
    expect(copies).toHaveLength(described.length * 3);
    for (const locale of result.catalog.locales) {
      expect(await readdir(join(generated.dir, 'competencies', locale))).toHaveLength(described.length * 3);
    }

    // A copy is a competency of its own: new key, slug and name, same group, not a core competency.
    const original = described[0]!;
    const copy = result.catalog.competencies.find((c) => c.key === `${original.key}-2`)!;
    expect(copy.group).toBe(original.group);
    expect(copy.core).toBe(false);
    for (const locale of result.catalog.locales) {
      expect(copy.name[locale]).toBe(`${original.name[locale]} 2`);
      expect(copy.descriptions[locale]!.data.slug).toBe(`${original.descriptions[locale]!.data.slug}-2`);
      expect(copy.descriptions[locale]!.data.dimensions).toEqual(original.descriptions[locale]!.data.dimensions);
    }
    // The real content's model is left as it was.
    const model = parseYaml(await readFile('content/model/competencies.yaml', 'utf8')) as { id: string }[];
    expect(model.some((m) => m.id === `${original.key}-2`)).toBe(false);
  });
});
