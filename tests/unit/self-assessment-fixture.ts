import { fromProfileData } from '../../src/islands/self-assessment/data-adapter';
import { newAssessment, withAnswer, type Assessment } from '../../src/islands/self-assessment/model';
import { profileData } from './profile-fixture';

/**
 * The self-assessment's data from the profile fixture: one competency, `objectieven-behalen`,
 * described at levels B and A, two dimensions of two indicators each, in Dutch and French.
 */
export const data = fromProfileData(profileData);
export const KEY = 'objectieven-behalen';
export const T0 = '2026-12-01T10:00:00.000Z';
export const T1 = '2026-12-02T11:30:00.000Z';

/** An assessment at level B with target A: A-1 "always", A-2 "sometimes", B-1 "not yet", B-2 "not applicable". */
export function rated(): Assessment {
  let a = newAssessment('sa-1', 'Gesprek december', T0, [{ key: KEY, level: 'B', target: 'A' }]);
  a = withAnswer(a, `${KEY}:B:A-1`, { self: 'always', note: 'Project X: kansen gezien en benut.' }, T1);
  a = withAnswer(a, `${KEY}:B:A-2`, { self: 'sometimes', partner: 'mostly' }, T1);
  a = withAnswer(a, `${KEY}:B:B-1`, { self: 'not-yet', partner: 'not-yet' }, T1);
  a = withAnswer(a, `${KEY}:B:B-2`, { self: 'not-applicable' }, T1);
  return a;
}
