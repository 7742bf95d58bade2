import type { VisualiserChartStrings } from '../../i18n/types';
import type { ViewProblem } from './view-state';

/** The strings the progression view shows: the dictionary's, without the small words the key phrases are trimmed of (used at build time only). */
export type ViewStrings = Omit<VisualiserChartStrings, 'stopWords'>;

/** Fills `{name}` placeholders (the island cannot import the dictionaries: it gets its strings as props). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

const PROBLEM_KEYS = {
  unknown: 'problemUnknown',
  one: 'problemOne',
  same: 'problemSame',
  many: 'problemMany',
} as const;

type ProblemLabels = Pick<
  VisualiserChartStrings,
  (typeof PROBLEM_KEYS)[keyof typeof PROBLEM_KEYS] | 'recoveredTwo' | 'recoveredNone'
>;

/** What went wrong with the link, and what is shown instead. */
export function problemMessage(problem: ViewProblem, shown: readonly string[], labels: ProblemLabels): string {
  const what = fill(labels[PROBLEM_KEYS[problem.reason]], { value: problem.value });
  const instead =
    shown.length >= 2 ? fill(labels.recoveredTwo, { from: shown[0]!, to: shown[1]! }) : labels.recoveredNone;
  return `${what} ${instead}`;
}
