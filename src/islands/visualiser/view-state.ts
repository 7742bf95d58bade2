/**
 * The visualiser's URL state, language-neutral so the language switch keeps it:
 * `?compare=C,B` compares two levels, `?show=B` shows one level's indicators. The competency is the
 * page itself. Pure functions, unit-tested.
 */
export const COMPARE_PARAM = 'compare';
export const SHOW_PARAM = 'show';

export type ProblemReason = 'unknown' | 'one' | 'same' | 'many';

/** A malformed parameter: what it said and why it cannot be used as it is. */
export interface ViewProblem {
  reason: ProblemReason;
  value: string;
}

export interface ViewState {
  /** The chosen levels (none, one or two), in the levels' order. */
  selected: string[];
  /** Set when the URL asked for something impossible; `selected` then holds what could be kept. */
  problem: ViewProblem | null;
}

const matchLevel = (value: string, levels: readonly string[]) =>
  levels.find((level) => level.toLowerCase() === value.trim().toLowerCase()) ?? null;

/** Levels in the order of `levels`, each once. */
export function inLevelOrder(selected: readonly string[], levels: readonly string[]): string[] {
  return levels.filter((level) => selected.includes(level));
}

export function readViewState(search: string, levels: readonly string[]): ViewState {
  const params = new URLSearchParams(search);
  const compare = params.get(COMPARE_PARAM);
  if (compare !== null && compare.trim() !== '') {
    const parts = compare.split(',').map((part) => part.trim()).filter((part) => part !== '');
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
    return {
      selected: inLevelOrder(known.slice(0, 2), levels),
      problem: reason === null ? null : { reason, value: compare },
    };
  }
  const show = params.get(SHOW_PARAM);
  if (show !== null && show.trim() !== '') {
    const level = matchLevel(show, levels);
    return level ? { selected: [level], problem: null } : { selected: [], problem: { reason: 'unknown', value: show } };
  }
  return { selected: [], problem: null };
}

/** The query string for a view, keeping every other parameter; commas stay readable. */
export function writeViewState(search: string, selected: readonly string[]): string {
  const params = new URLSearchParams(search);
  params.delete(COMPARE_PARAM);
  params.delete(SHOW_PARAM);
  if (selected.length >= 2) params.set(COMPARE_PARAM, selected.slice(0, 2).join(','));
  else if (selected.length === 1) params.set(SHOW_PARAM, selected[0]!);
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

/**
 * Choosing a level: a chosen level is unchosen; a third level replaces the one chosen first.
 * `chosen` is in the order of choice; so is the result.
 */
export function toggleLevel(chosen: readonly string[], level: string): string[] {
  if (chosen.includes(level)) return chosen.filter((l) => l !== level);
  return [...chosen, level].slice(-2);
}
