import { keyPhrases } from './key-phrases';
import { diffIndicators, type WordDiff } from './word-diff';
import { wordKeys } from './words';

/**
 * What the progression view derives from a competency's content: per dimension, what each level
 * adds to the one before it (the new key words and phrases of its behavioural indicators), and the
 * full comparison of two levels. Levels come in the catalog's order (first to highest); nothing
 * here knows their names. No measure, no score: words.
 */
export interface DimensionInput {
  key: string;
  name: string;
  /** Indicators per level id. */
  indicators: Record<string, readonly string[]>;
}

export interface LevelStep {
  level: string;
  /** The level before this one in the order, `null` for the first. */
  previous: string | null;
  /** The key words and phrases new at this level (none for the first level). */
  phrases: string[];
}

export interface DimensionSteps {
  key: string;
  name: string;
  steps: LevelStep[];
}

const indicatorsAt = (dimension: DimensionInput, level: string) => dimension.indicators[level] ?? [];

export function levelSteps(
  dimensions: readonly DimensionInput[],
  levels: readonly string[],
  stopWords: ReadonlySet<string>,
): DimensionSteps[] {
  return dimensions.map((dimension) => ({
    key: dimension.key,
    name: dimension.name,
    steps: levels.map((level, index) => {
      const previous = index > 0 ? levels[index - 1]! : null;
      if (previous === null) return { level, previous, phrases: [] };
      const before = indicatorsAt(dimension, previous);
      const diff = diffIndicators(before, indicatorsAt(dimension, level));
      const phrases = keyPhrases(diff.to, stopWords, new Set(before.flatMap(wordKeys)));
      return { level, previous, phrases };
    }),
  }));
}

export interface DimensionComparison {
  key: string;
  name: string;
  diff: WordDiff;
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
    dimensions: dimensions.map((dimension) => ({
      key: dimension.key,
      name: dimension.name,
      diff: diffIndicators(indicatorsAt(dimension, from), indicatorsAt(dimension, to)),
    })),
  };
}
