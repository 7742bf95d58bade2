import { describe, expect, it } from 'vitest';
import { competencyName } from '../../src/islands/self-assessment/data-adapter';
import {
  answeredCount,
  indicatorId,
  newAssessment,
  score,
  uniqueName,
  withAnswer,
  withCompetencies,
} from '../../src/islands/self-assessment/model';
import { assessmentView } from '../../src/islands/self-assessment/view';
import { data, KEY, rated, T0, T1 } from './self-assessment-fixture';

describe('self-assessment model', () => {
  it('ids are language-neutral: competency key, level, dimension and position', () => {
    expect(indicatorId(KEY, 'B', 'A', 2)).toBe('objectieven-behalen:B:A-2');
  });

  it('scores the frequency scale from 1 to 4, not applicable and no answer have none', () => {
    expect(['not-yet', 'sometimes', 'mostly', 'always'].map((r) => score(r as never))).toEqual([1, 2, 3, 4]);
    expect(score('not-applicable')).toBeNull();
    expect(score(undefined)).toBeNull();
  });

  it('an answer emptied again is removed, other answers are kept, the date moves', () => {
    const a = rated();
    const cleared = withAnswer(a, `${KEY}:B:A-1`, { self: undefined, note: '' }, '2026-12-03T09:00:00.000Z');
    expect(cleared.answers[`${KEY}:B:A-1`]).toBeUndefined();
    expect(cleared.answers[`${KEY}:B:A-2`]).toEqual({ self: 'sometimes', partner: 'mostly' });
    expect(cleared.updated).toBe('2026-12-03T09:00:00.000Z');
    expect(a.answers[`${KEY}:B:A-1`]?.self).toBe('always');
  });

  it('changing the level keeps the answers of the other level, and counts only the chosen level', () => {
    const a = rated();
    expect(answeredCount(a)).toBe(4);
    const atA = withCompetencies(a, [{ key: KEY, level: 'A' }], T1);
    expect(answeredCount(atA)).toBe(0);
    expect(Object.keys(atA.answers)).toHaveLength(4);
    expect(answeredCount(withCompetencies(atA, [{ key: KEY, level: 'B' }], T1))).toBe(4);
  });

  it('a name already taken gets a number', () => {
    expect(uniqueName('  Gesprek   2026 ', [])).toBe('Gesprek 2026');
    expect(uniqueName('Gesprek', ['Gesprek', 'Gesprek (2)'])).toBe('Gesprek (3)');
  });

  it('the view shows the texts in the page language, with the same answers in both', () => {
    const a = rated();
    const nl = assessmentView(a, data, 'nl');
    const fr = assessmentView(a, data, 'fr');
    expect(nl[0]?.name).toBe('Objectieven behalen');
    expect(fr[0]?.name).toBe('Atteindre les objectifs');
    expect(nl[0]?.dimensions[0]?.indicators.map((i) => i.text)).toEqual(['Herkent kansen.', 'Benut mogelijkheden.']);
    expect(fr[0]?.dimensions[0]?.indicators.map((i) => i.text)).toEqual([
      'Reconnaît des opportunités.',
      'Exploite des possibilités.',
    ]);
    expect(fr[0]?.dimensions[0]?.indicators.map((i) => i.answer)).toEqual(
      nl[0]?.dimensions[0]?.indicators.map((i) => i.answer),
    );
  });

  it('the adapter lists the levels a competency is described at, in the model order', () => {
    expect(data.levels).toEqual(['D', 'C', 'B', 'A']);
    expect(data.competencies.map((c) => [c.key, c.levels])).toEqual([[KEY, ['B', 'A']]]);
    expect(competencyName(data, KEY, 'fr')).toBe('Atteindre les objectifs');
    expect(competencyName(data, 'onbekend', 'fr')).toBe('onbekend');
  });

  it('a new assessment starts without answers and without a partner column', () => {
    const a = newAssessment('x', 'Naam', T0, [{ key: KEY, level: 'B' }]);
    expect(a).toEqual({
      id: 'x',
      name: 'Naam',
      created: T0,
      updated: T0,
      partner: false,
      competencies: [{ key: KEY, level: 'B' }],
      answers: {},
    });
  });
});
