import {
  newAssessment,
  uniqueName,
  withAnswer,
  withCompetencies,
  type Answer,
  type Assessment,
  type ChosenCompetency,
} from './model';
import type { Store } from './store';

/**
 * Every change the page makes to the kept assessments, as a reducer over the store: pure,
 * unit-tested (tests/unit/self-assessment-assessments.test.ts). Saving and the messages that go
 * with a change live in the island (`useSelfAssessment.ts`); ids and times are given in the
 * actions so that this stays pure.
 */
export type AssessmentAction =
  | { type: 'create'; id: string; name: string; at: string; competencies: ChosenCompetency[] }
  | { type: 'add'; assessment: Assessment }
  | { type: 'open'; id: string }
  | { type: 'rename'; name: string; at: string }
  | { type: 'answer'; id: string; change: Partial<Answer>; at: string }
  | { type: 'competencies'; competencies: ChosenCompetency[]; at: string }
  | { type: 'partner'; on: boolean; at: string }
  | { type: 'delete-current' };

const withCurrent = (store: Store, change: (a: Assessment) => Assessment): Store => ({
  ...store,
  assessments: store.assessments.map((a) => (a.id === store.current ? change(a) : a)),
});

export function assessmentsReducer(store: Store, action: AssessmentAction): Store {
  switch (action.type) {
    case 'create': {
      const name = uniqueName(
        action.name,
        store.assessments.map((a) => a.name),
      );
      const created = newAssessment(action.id, name, action.at, action.competencies);
      return { current: created.id, assessments: [...store.assessments, created] };
    }
    case 'add':
      return { current: action.assessment.id, assessments: [...store.assessments, action.assessment] };
    case 'open':
      return { ...store, current: action.id };
    case 'rename':
      return withCurrent(store, (a) => ({ ...a, name: action.name, updated: action.at }));
    case 'answer':
      return withCurrent(store, (a) => withAnswer(a, action.id, action.change, action.at));
    case 'competencies':
      return withCurrent(store, (a) => withCompetencies(a, action.competencies, action.at));
    case 'partner':
      return withCurrent(store, (a) => ({ ...a, partner: action.on, updated: action.at }));
    case 'delete-current': {
      if (currentAssessment(store) === null) return store;
      // The last one left is opened: usually the one made just before.
      const rest = store.assessments.filter((a) => a.id !== store.current);
      return { current: rest[rest.length - 1]?.id ?? null, assessments: rest };
    }
  }
}

/** The open assessment, or `null` when there is none. */
export const currentAssessment = (store: Store): Assessment | null =>
  store.assessments.find((a) => a.id === store.current) ?? null;
