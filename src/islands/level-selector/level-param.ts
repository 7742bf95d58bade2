/**
 * The level selector's URL state: `?level=B` (language-neutral, so it survives the language
 * switch). Pure functions, unit-tested.
 */
export const LEVEL_PARAM = 'level';

export type LevelChoice = { kind: 'all' } | { kind: 'level'; level: string } | { kind: 'invalid'; value: string };

/** Reads the level choice from a query string; an unknown value is reported, not guessed. */
export function readLevelChoice(search: string, levels: readonly string[]): LevelChoice {
  const value = new URLSearchParams(search).get(LEVEL_PARAM);
  if (value === null || value === '') return { kind: 'all' };
  const match = levels.find((level) => level.toLowerCase() === value.trim().toLowerCase());
  return match ? { kind: 'level', level: match } : { kind: 'invalid', value };
}

/** The query string for a choice, keeping every other parameter. */
export function writeLevelChoice(search: string, level: string | null): string {
  const params = new URLSearchParams(search);
  if (level === null) params.delete(LEVEL_PARAM);
  else params.set(LEVEL_PARAM, level);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The level an anchor id belongs to (`B-A-2`, `B-A`, `level-B`), if any. */
export function levelOfAnchor(hash: string, levels: readonly string[]): string | null {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  const candidate = id.startsWith('level-') ? id.slice('level-'.length) : (id.split('-')[0] ?? '');
  return levels.includes(candidate) ? candidate : null;
}

/**
 * The event the level picker dispatches on `document` whenever the chosen level changes
 * (`detail.level` is `null` for every level); other parts of the page (the progression view) follow it.
 */
export const LEVEL_CHANGE_EVENT = 'level-change';
export interface LevelChangeDetail {
  level: string | null;
}
