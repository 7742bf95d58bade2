import type { LevelText } from '../schemas/level-text';

/**
 * Slips of the source kept verbatim in a level text (`sic: { C: "note" }` beside `levels`): the
 * level's wording is shown followed by "[sic]" wherever it appears (pages, search, exports), and
 * the competency page lists it apart from the variant wordings, with its note.
 */
export const SIC_MARK = ' [sic]';

const isLevelTextObject = (value: unknown): value is Exclude<LevelText, string> =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  typeof (value as { text?: unknown }).text === 'string';

/** The levels of a level text that are slips of the source, in the order given. */
export function slipLevels(value: LevelText, levelOrder: readonly string[]): string[] {
  if (typeof value === 'string' || !value.sic || !value.levels) return [];
  const { sic, levels } = value;
  return levelOrder.filter((level) => sic[level] !== undefined && levels[level] !== undefined);
}

/** A value (an entry's data) with "[sic]" after every wording marked as a slip of the source. */
export function markSourceSlips<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => markSourceSlips(item)) as T;
  if (isLevelTextObject(value) && value.sic && value.levels) {
    const { sic } = value;
    const levels = Object.fromEntries(
      Object.entries(value.levels).map(([level, text]) => [
        level,
        sic[level] && !text.endsWith(SIC_MARK) ? `${text}${SIC_MARK}` : text,
      ]),
    );
    return { ...value, levels } as T;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, markSourceSlips(item)])) as T;
  }
  return value;
}
