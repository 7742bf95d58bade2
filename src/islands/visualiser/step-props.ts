import type { DimensionSteps } from './progression';

/**
 * What each level adds, as the island's props carry it: per dimension its key, its name and the
 * key phrases per level (in the levels' order). The level of each step and the one before it
 * follow from the order of the levels, so the props do not repeat them (Astro writes island props
 * into the page, every value wrapped; the leaner the shape, the lighter the page).
 */
export interface StepRow {
  key: string;
  name: string;
  /** The key phrases new at each level, in the levels' order (none for the first). */
  phrases: string[][];
}

export const toStepRows = (rows: readonly DimensionSteps[]): StepRow[] =>
  rows.map(({ key, name, steps }) => ({ key, name, phrases: steps.map((step) => step.phrases) }));

export const fromStepRows = (rows: readonly StepRow[], levels: readonly string[]): DimensionSteps[] =>
  rows.map(({ key, name, phrases }) => ({
    key,
    name,
    steps: levels.map((level, index) => ({
      level,
      previous: index > 0 ? levels[index - 1]! : null,
      phrases: phrases[index] ?? [],
    })),
  }));
