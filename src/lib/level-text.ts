import type { LevelText } from '../schemas/level-text';

/** The wording of a level text at one level (the level's own wording when the source differs). */
export function textAtLevel(value: LevelText, level: string): string {
  if (typeof value === 'string') return value;
  return value.levels?.[level] ?? value.text;
}

/** The wording most levels use. */
export function canonicalText(value: LevelText): string {
  return typeof value === 'string' ? value : value.text;
}

/** The levels whose wording differs from the canonical text, in the order given. */
export function variantLevels(value: LevelText, levelOrder: readonly string[]): string[] {
  if (typeof value === 'string' || !value.levels) return [];
  const levels = value.levels;
  return levelOrder.filter((level) => levels[level] !== undefined && levels[level] !== value.text);
}
