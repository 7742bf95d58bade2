import { describe, expect, it } from 'vitest';
import {
  assessmentsReducer,
  currentAssessment,
  type AssessmentAction,
} from '../../src/islands/self-assessment/assessments';
import { newAssessment } from '../../src/islands/self-assessment/model';
import { emptyStore, type Store } from '../../src/islands/self-assessment/store';
import { KEY, rated, T0, T1 } from './self-assessment-fixture';

const chosen = [{ key: KEY, level: 'B' }];
const withTwo = (): Store => {
  const first = rated();
  const second = newAssessment('sa-2', 'Tweede', T0, chosen);
  return { current: first.id, assessments: [first, second] };
};

describe('the self-assessment’s changes to the kept assessments', () => {
  it('creates an assessment with a name not yet used and opens it', () => {
    const once = assessmentsReducer(emptyStore(), {
      type: 'create',
      id: 'sa-a',
      name: '  Gesprek  ',
      at: T0,
      competencies: chosen,
    });
    const twice = assessmentsReducer(once, { type: 'create', id: 'sa-b', name: 'Gesprek', at: T1, competencies: [] });
    expect(twice.assessments.map((a) => a.name)).toEqual(['Gesprek', 'Gesprek (2)']);
    expect(twice.current).toBe('sa-b');
    expect(currentAssessment(twice)?.created).toBe(T1);
  });

  it('adds an imported assessment as it is and opens it', () => {
    const imported = newAssessment('sa-i', 'Tweede', T0, chosen);
    const next = assessmentsReducer(withTwo(), { type: 'add', assessment: imported });
    expect(next.assessments.at(-1)).toBe(imported);
    expect(next.current).toBe('sa-i');
  });

  it('changes only the open assessment and dates the change', () => {
    const opened = assessmentsReducer(withTwo(), { type: 'open', id: 'sa-2' });
    const changed: AssessmentAction[] = [
      { type: 'rename', name: 'Hernoemd', at: T1 },
      { type: 'partner', on: true, at: T1 },
      { type: 'answer', id: `${KEY}:B:A-1`, change: { self: 'mostly' }, at: T1 },
      { type: 'competencies', competencies: [{ key: KEY, level: 'A', target: 'A' }], at: T1 },
    ];
    const next = changed.reduce(assessmentsReducer, opened);
    const [first, second] = next.assessments;
    expect(first).toEqual(rated());
    expect(second).toMatchObject({
      name: 'Hernoemd',
      partner: true,
      updated: T1,
      answers: { [`${KEY}:B:A-1`]: { self: 'mostly' } },
      competencies: [{ key: KEY, level: 'A', target: 'A' }],
    });
  });

  it('deletes the open assessment and opens the last one left; without an open one nothing changes', () => {
    const afterFirst = assessmentsReducer(withTwo(), { type: 'delete-current' });
    expect(afterFirst).toEqual({ current: 'sa-2', assessments: [withTwo().assessments[1]] });
    const afterAll = assessmentsReducer(afterFirst, { type: 'delete-current' });
    expect(afterAll).toEqual(emptyStore());
    const none = { ...withTwo(), current: null };
    expect(assessmentsReducer(none, { type: 'delete-current' })).toBe(none);
    expect(currentAssessment(none)).toBeNull();
  });
});
