import { describe, expect, it } from 'vitest';
import { competencyGap, nextLevel } from '../../src/islands/self-assessment/gap';
import { withAnswer } from '../../src/islands/self-assessment/model';
import {
  developmentPoints,
  differences,
  setAside,
  strengths,
  summarise,
} from '../../src/islands/self-assessment/summary';
import { assessmentView } from '../../src/islands/self-assessment/view';
import { data, KEY, rated, T1 } from './self-assessment-fixture';

const ids = (list: { indicator: { id: string } }[]) => list.map((l) => l.indicator.id);

describe('self-assessment summary', () => {
  it('tallies per competency and dimension; not applicable does not count in the mean', () => {
    const [c] = summarise(assessmentView(rated(), data, 'nl'));
    expect(c).toMatchObject({ key: KEY, level: 'B', total: 4, rated: 3, notApplicable: 1 });
    expect(c?.average).toBeCloseTo((4 + 2 + 1) / 3);
    expect(c?.dimensions.map((d) => [d.key, d.rated, d.average, d.partnerAverage])).toEqual([
      ['A', 2, 3, 3],
      ['B', 1, 1, 1],
    ]);
    expect(c?.dimensions[0]?.counts).toEqual({ 'not-yet': 0, sometimes: 1, mostly: 0, always: 1 });
  });

  it('development points are the lowest-rated indicators, lowest first', () => {
    expect(ids(developmentPoints(assessmentView(rated(), data, 'nl')))).toEqual([`${KEY}:B:B-1`, `${KEY}:B:A-2`]);
  });

  it('without low ratings, the lowest given is proposed, but never "always"', () => {
    let a = rated();
    a = withAnswer(a, `${KEY}:B:A-2`, { self: 'mostly' }, T1);
    a = withAnswer(a, `${KEY}:B:B-1`, { self: 'always' }, T1);
    expect(ids(developmentPoints(assessmentView(a, data, 'nl')))).toEqual([`${KEY}:B:A-2`]);
    a = withAnswer(a, `${KEY}:B:A-2`, { self: 'always' }, T1);
    expect(developmentPoints(assessmentView(a, data, 'nl'))).toEqual([]);
  });

  it('a point set aside leaves the list; one chosen by hand joins it', () => {
    let a = withAnswer(rated(), `${KEY}:B:B-1`, { focus: false }, T1);
    a = withAnswer(a, `${KEY}:B:A-1`, { focus: true }, T1);
    const view = assessmentView(a, data, 'nl');
    expect(ids(developmentPoints(view))).toEqual([`${KEY}:B:A-2`, `${KEY}:B:A-1`]);
    expect(ids(setAside(view))).toEqual([`${KEY}:B:B-1`]);
  });

  it('strengths are the indicators rated "always"; differences are where the partner differs', () => {
    const view = assessmentView(rated(), data, 'nl');
    expect(ids(strengths(view))).toEqual([`${KEY}:B:A-1`]);
    expect(differences(view).map((d) => [d.indicator.id, d.gap])).toEqual([[`${KEY}:B:A-2`, 1]]);
  });

  it('nothing rated: no points, no strengths', () => {
    const view = assessmentView({ ...rated(), answers: {} }, data, 'nl');
    expect(developmentPoints(view)).toEqual([]);
    expect(strengths(view)).toEqual([]);
    expect(summarise(view)[0]?.average).toBeNull();
  });

  it('the gap to a target level marks what is new there, with the site word diff', () => {
    const gap = competencyGap(data, KEY, 'B', 'A', 'nl');
    expect(gap.dimensions.map((d) => d.key)).toEqual(['A', 'B']);
    const first = gap.dimensions[0]!;
    expect(first.from[0]?.map((p) => p.text).join('')).toBe('Herkent kansen.');
    expect(first.to[0]?.filter((p) => p.mark === 'added').map((p) => p.text)).toEqual(['A']);
    expect(first.added).toBeGreaterThan(0);
    expect(nextLevel(['D', 'C', 'B', 'A'], 'B')).toBe('A');
    expect(nextLevel(['D', 'C', 'B', 'A'], 'A')).toBeUndefined();
  });
});
