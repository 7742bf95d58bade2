import { diffIndicators, shareOfNewWording, type WordDiff } from './word-diff';

/**
 * What the visualiser derives from a competency's content: per dimension, how the wording of the
 * behavioural indicators changes from one level to the next, and the comparison of two levels.
 * Levels come in the catalog's order (first to highest); nothing here knows their names.
 */
export interface DimensionInput {
  key: string;
  name: string;
  /** Indicators per level id. */
  indicators: Record<string, readonly string[]>;
}

export interface ProgressionStep {
  level: string;
  /** The level before this one in the order, `null` for the first. */
  previous: string | null;
  words: number;
  /** Words not found in the previous level's indicators (0 for the first level). */
  newWords: number;
  /** `newWords / words`: a rough measure of how much the wording changes; `null` without a previous level or without words. */
  share: number | null;
}

export interface DimensionProgression {
  key: string;
  name: string;
  steps: ProgressionStep[];
}

const indicatorsAt = (dimension: DimensionInput, level: string) => dimension.indicators[level] ?? [];

export function progression(dimensions: readonly DimensionInput[], levels: readonly string[]): DimensionProgression[] {
  return dimensions.map((dimension) => ({
    key: dimension.key,
    name: dimension.name,
    steps: levels.map((level, index) => {
      const previous = index > 0 ? levels[index - 1]! : null;
      const diff = diffIndicators(previous === null ? [] : indicatorsAt(dimension, previous), indicatorsAt(dimension, level));
      return {
        level,
        previous,
        words: diff.toWords,
        newWords: previous === null ? 0 : diff.added,
        share: previous === null ? null : shareOfNewWording(diff),
      };
    }),
  }));
}

/** The mean share over the dimensions at one level, `null` when no dimension has one. */
export function meanShare(progressions: readonly DimensionProgression[], level: string): number | null {
  const shares = progressions
    .map((p) => p.steps.find((s) => s.level === level)?.share ?? null)
    .filter((s): s is number => s !== null);
  return shares.length === 0 ? null : shares.reduce((sum, s) => sum + s, 0) / shares.length;
}

export interface DimensionComparison {
  key: string;
  name: string;
  diff: WordDiff;
  share: number | null;
}

export interface Comparison {
  /** The earlier of the two levels in the order. */
  from: string;
  /** The later of the two levels in the order. */
  to: string;
  dimensions: DimensionComparison[];
}

/** Two levels side by side, the earlier one first, whatever order they are given in. */
export function compareLevels(
  dimensions: readonly DimensionInput[],
  levels: readonly string[],
  first: string,
  second: string,
): Comparison {
  const [from, to] = levels.indexOf(first) <= levels.indexOf(second) ? [first, second] : [second, first];
  return {
    from,
    to,
    dimensions: dimensions.map((dimension) => {
      const diff = diffIndicators(indicatorsAt(dimension, from), indicatorsAt(dimension, to));
      return { key: dimension.key, name: dimension.name, diff, share: shareOfNewWording(diff) };
    }),
  };
}
