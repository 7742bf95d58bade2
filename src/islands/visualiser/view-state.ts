/**
 * The progression view's URL state, language-neutral so the language switch keeps it:
 * `?compare=C,B` compares two levels. The competency is the page itself; the level the reader
 * chose (`?level=`) belongs to the page's level picker. Pure functions, unit-tested.
 */
export const COMPARE_PARAM = 'compare';

export type ProblemReason = 'unknown' | 'one' | 'same' | 'many';

/** A malformed parameter: what it said and why it cannot be used as it is. */
export interface ViewProblem {
  reason: ProblemReason;
  value: string;
}

export interface ViewState {
  /** The two levels compared, in the levels' order, or none. */
  pair: string[];
  /** Set when the URL asked for something impossible; `pair` then holds what could be kept. */
  problem: ViewProblem | null;
}

const matchLevel = (value: string, levels: readonly string[]) =>
  levels.find((level) => level.toLowerCase() === value.trim().toLowerCase()) ?? null;

/** Levels in the order of `levels`, each once. */
export function inLevelOrder(selected: readonly string[], levels: readonly string[]): string[] {
  return levels.filter((level) => selected.includes(level));
}

/** One known level: its step from the level before it (the first level: to the level after it). */
function stepOf(level: string, levels: readonly string[]): string[] {
  const index = levels.indexOf(level);
  const other = levels[index - 1] ?? levels[index + 1];
  return other === undefined ? [] : inLevelOrder([level, other], levels);
}

export function readViewState(search: string, levels: readonly string[]): ViewState {
  const compare = new URLSearchParams(search).get(COMPARE_PARAM);
  if (compare === null || compare.trim() === '') return { pair: [], problem: null };
  const parts = compare
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const matched = parts.map((part) => matchLevel(part, levels));
  const known = [...new Set(matched.filter((level): level is string => level !== null))];
  const reason: ProblemReason | null = matched.includes(null)
    ? 'unknown'
    : parts.length > 2
      ? 'many'
      : parts.length < 2
        ? 'one'
        : known.length < 2
          ? 'same'
          : null;
  const pair =
    known.length >= 2 ? inLevelOrder(known.slice(0, 2), levels) : known.length === 1 ? stepOf(known[0]!, levels) : [];
  return { pair, problem: reason === null ? null : { reason, value: compare } };
}

/** The query string for a view, keeping every other parameter; commas stay readable. */
export function writeViewState(search: string, pair: readonly string[]): string {
  const params = new URLSearchParams(search);
  params.delete(COMPARE_PARAM);
  if (pair.length >= 2) params.set(COMPARE_PARAM, pair.slice(0, 2).join(','));
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

/** The steps from one level to the next: `[D, C]`, `[C, B]`, `[B, A]`. */
export const adjacentPairs = (levels: readonly string[]): [string, string][] =>
  levels.slice(1).map((level, index) => [levels[index]!, level]);
