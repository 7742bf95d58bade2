import type { BuilderStrings } from '../../i18n/types';
import type { ProfileProblem } from './codec';
import { fill } from './document';

/** A problem with a link or a stored profile, said in the page's language. */
export function describeProblem(
  problem: ProfileProblem,
  strings: Pick<BuilderStrings, 'problemVersion' | 'problemIncomplete' | 'problemMalformed' | 'problemLanguage' | 'problemCompetency' | 'problemLevel' | 'problemIndicator' | 'problemDuplicate' | 'problemFunction' | 'problemArea'>,
  nameOf: (kind: 'competency' | 'function', key: string) => string,
): string {
  switch (problem.kind) {
    case 'version': return fill(strings.problemVersion, { value: problem.value });
    case 'incomplete': return strings.problemIncomplete;
    case 'malformed': return fill(strings.problemMalformed, { value: problem.value });
    case 'unknown-language': return fill(strings.problemLanguage, { value: problem.value });
    case 'unknown-competency': return fill(strings.problemCompetency, { value: problem.value });
    case 'unknown-level': return fill(strings.problemLevel, { name: nameOf('competency', problem.competency), value: problem.value });
    case 'unknown-indicator': return fill(strings.problemIndicator, { name: nameOf('competency', problem.competency), value: problem.value });
    case 'duplicate-competency': return fill(strings.problemDuplicate, { name: nameOf('competency', problem.competency) });
    case 'unknown-function': return fill(strings.problemFunction, { value: problem.value });
    case 'unknown-area': return fill(strings.problemArea, { name: nameOf('function', problem.fn), value: problem.value });
  }
}
