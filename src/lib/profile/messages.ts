import type { BuilderStrings, ProfileOutputStrings } from '../../i18n/types';
import type { ProfileProblem } from './codec';
import { fill } from './document';

export type ProblemStrings = Pick<
  BuilderStrings,
  | 'problemVersion'
  | 'problemIncomplete'
  | 'problemMalformed'
  | 'problemLanguage'
  | 'problemCompetency'
  | 'problemLevel'
  | 'problemIndicator'
  | 'problemDuplicate'
  | 'problemFunction'
  | 'problemArea'
> &
  Pick<ProfileOutputStrings, 'problemDuplicateParam' | 'problemsMore'>;

/** A problem with a link or a stored profile, said in the page's language. */
export function describeProblem(
  problem: ProfileProblem,
  strings: ProblemStrings,
  nameOf: (kind: 'competency' | 'function', key: string) => string,
): string {
  switch (problem.kind) {
    case 'version':
      return fill(strings.problemVersion, { value: problem.value });
    case 'incomplete':
      return strings.problemIncomplete;
    case 'duplicate-param':
      return fill(strings.problemDuplicateParam, { name: problem.name });
    case 'malformed':
      return fill(strings.problemMalformed, { value: problem.value });
    case 'unknown-language':
      return fill(strings.problemLanguage, { value: problem.value });
    case 'unknown-competency':
      return fill(strings.problemCompetency, { value: problem.value });
    case 'unknown-level':
      return fill(strings.problemLevel, { name: nameOf('competency', problem.competency), value: problem.value });
    case 'unknown-indicator':
      return fill(strings.problemIndicator, { name: nameOf('competency', problem.competency), value: problem.value });
    case 'duplicate-competency':
      return fill(strings.problemDuplicate, { name: nameOf('competency', problem.competency) });
    case 'unknown-function':
      return fill(strings.problemFunction, { value: problem.value });
    case 'unknown-area':
      return fill(strings.problemArea, { name: nameOf('function', problem.fn), value: problem.value });
  }
}

/** At most this many problems are listed; the rest is counted. */
export const MAX_LISTED_PROBLEMS = 5;

/**
 * The problems as lines for a notice: the first few in words, then "and N more" for the rest,
 * so that a link naming thousands of unknown things gives a short, readable message.
 */
export function problemLines(
  problems: readonly ProfileProblem[],
  strings: ProblemStrings,
  nameOf: (kind: 'competency' | 'function', key: string) => string,
  max = MAX_LISTED_PROBLEMS,
): string[] {
  const listed = problems.length > max ? problems.slice(0, max - 1) : problems;
  const lines = listed.map((problem) => describeProblem(problem, strings, nameOf));
  const rest = problems.length - listed.length;
  if (rest > 0) lines.push(fill(strings.problemsMore, { count: String(rest) }));
  return lines;
}
