import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { findContentProblems, formatProblem } from '../../src/lib/content-problems';
import { competency, groups, levels, model } from './fixtures';

function problemsFor(competencies: ReturnType<typeof competency>[]) {
  const catalog = buildCatalog({
    locales: ['nl', 'fr'],
    groups,
    model,
    levels,
    competencies,
    functions: [],
    pages: [],
  });
  return findContentProblems(catalog, { competencies, functions: [], pages: [] });
}

describe('content problems', () => {
  it('finds no error in consistent content; a translation that records no source version is a warning', () => {
    expect(problemsFor([competency('nl'), competency('fr')])).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'content/competencies/fr/atteindre-les-objectifs.mdx',
        field: 'translation.sourceHash',
      }),
    ]);
  });

  it('names the file and field of a group that disagrees with the model', () => {
    const [problem] = problemsFor([competency('nl', { group: 'relaties' }), competency('fr')]);
    expect(problem).toMatchObject({ file: 'content/competencies/nl/objectieven-behalen.mdx', field: 'group' });
    expect(problem!.fix).toContain('eigen-functioneren');
  });

  it('reports a competency present in one language only', () => {
    const [problem] = problemsFor([competency('nl')]);
    expect(problem).toMatchObject({ field: 'key' });
    expect(problem!.message).toContain('"fr"');
  });

  it('reports a key that is not in the model', () => {
    const problems = problemsFor([competency('nl', { key: 'onbekend' }), competency('fr', { key: 'onbekend' })]);
    expect(problems.map((p) => p.field)).toContain('key');
    expect(problems[0]!.message).toContain('not a competency of the model');
  });

  it('reports a translation with a different number of indicators', () => {
    const fr = competency('fr');
    fr.data.dimensions[1]!.indicators.C = ['seul'];
    const [problem] = problemsFor([competency('nl'), fr]);
    expect(problem).toMatchObject({
      file: 'content/competencies/fr/atteindre-les-objectifs.mdx',
      field: 'dimensions[1].indicators.C',
    });
  });

  it('reports a missing level and an unknown level', () => {
    const nl = competency('nl');
    delete nl.data.dimensions[0]!.indicators.A;
    nl.data.dimensions[0]!.indicators.E = ['x', 'y'];
    const fields = problemsFor([nl, competency('fr')]).map((p) => p.field);
    expect(fields).toContain('dimensions[0].indicators.A');
    expect(fields).toContain('dimensions[0].indicators.E');
  });

  it('reports a variant wording at an unknown level', () => {
    const nl = competency('nl', { definition: { text: 'x', levels: { Z: 'y' } } });
    expect(problemsFor([nl, competency('fr')]).map((p) => p.field)).toContain('definition.levels.Z');
  });

  it('formats a problem with file, field, problem and fix', () => {
    const text = formatProblem({
      severity: 'error',
      file: 'f.mdx',
      field: 'name',
      message: 'is empty',
      fix: 'write it',
    });
    expect(text).toBe('error: f.mdx\n  field: name\n  problem: is empty\n  fix: write it');
  });
});
