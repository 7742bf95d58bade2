import { diffIndicators, type Piece } from '../visualiser/word-diff';
import type { AssessmentData } from './data-adapter';
import { competencyName } from './data-adapter';

/**
 * The gap to a target level: per dimension, the indicators at the chosen level beside those at
 * the target level, with the words that are new at the target (and those it drops) marked by the
 * site's word diff. Pure.
 */
export interface DimensionGap {
  key: string;
  name: string;
  from: Piece[][];
  to: Piece[][];
  added: number;
}

export interface CompetencyGap {
  key: string;
  name: string;
  level: string;
  target: string;
  dimensions: DimensionGap[];
}

export function competencyGap(
  data: AssessmentData,
  key: string,
  level: string,
  target: string,
  locale: string,
): CompetencyGap {
  const current = data.dimensions(key, level, locale);
  const aimed = data.dimensions(key, target, locale);
  return {
    key,
    name: competencyName(data, key, locale),
    level,
    target,
    dimensions: aimed.map((dimension) => {
      const before = current.find((d) => d.key === dimension.key)?.indicators ?? [];
      const diff = diffIndicators(before, dimension.indicators);
      return { key: dimension.key, name: dimension.name, from: diff.from, to: diff.to, added: diff.added };
    }),
  };
}

/** The level after `level` in the model's order among the levels a competency is described at. */
export function nextLevel(levels: readonly string[], level: string): string | undefined {
  const index = levels.indexOf(level);
  return index === -1 ? undefined : levels[index + 1];
}
