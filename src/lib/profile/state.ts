/**
 * A job profile: the competencies (each at one level, optionally only some indicators), result
 * areas from function descriptions, a title and the output language(s). All ids are
 * language-neutral. Pure functions, unit-tested.
 */
export interface ProfileCompetency {
  key: string;
  level: string;
  /** Indicator codes kept (`A-2`), in the source's order; absent: every indicator. */
  indicators?: string[];
}

export interface ProfileArea {
  /** Function description key. */
  fn: string;
  /** Result area key. */
  area: string;
}

export interface ProfileState {
  title: string;
  /** Locale codes of the output; several: side by side. */
  languages: string[];
  competencies: ProfileCompetency[];
  areas: ProfileArea[];
}

export const MAX_TITLE_LENGTH = 200;

export function emptyProfile(languages: string[]): ProfileState {
  return { title: '', languages, competencies: [], areas: [] };
}

/** Nothing chosen yet (the language does not count). */
export function isEmptyProfile(state: ProfileState): boolean {
  return state.title.trim() === '' && state.competencies.length === 0 && state.areas.length === 0;
}

/** Same content (title, languages, items and their order). */
export function sameProfile(a: ProfileState, b: ProfileState): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

/** A canonical form: trimmed, single-spaced title; `indicators` only when set. */
export function normalise(state: ProfileState): ProfileState {
  return {
    title: cleanTitle(state.title),
    languages: [...state.languages],
    competencies: state.competencies.map(({ key, level, indicators }) =>
      indicators ? { key, level, indicators: [...indicators] } : { key, level },
    ),
    areas: state.areas.map(({ fn, area }) => ({ fn, area })),
  };
}

/** A title as typed, on one line and not longer than the maximum. */
export function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_LENGTH);
}

/** Adds a competency at a level, or moves it to that level if it is there at another level. */
export function withCompetency(state: ProfileState, key: string, level: string): ProfileState {
  const index = state.competencies.findIndex((c) => c.key === key);
  if (index === -1) return { ...state, competencies: [...state.competencies, { key, level }] };
  const competencies = state.competencies.map((c, i) => (i === index ? { key, level } : c));
  return { ...state, competencies };
}

export function withoutCompetency(state: ProfileState, key: string): ProfileState {
  return { ...state, competencies: state.competencies.filter((c) => c.key !== key) };
}

export function withArea(state: ProfileState, fn: string, area: string): ProfileState {
  if (state.areas.some((a) => a.fn === fn && a.area === area)) return state;
  return { ...state, areas: [...state.areas, { fn, area }] };
}

export function withoutArea(state: ProfileState, fn: string, area: string): ProfileState {
  return { ...state, areas: state.areas.filter((a) => !(a.fn === fn && a.area === area)) };
}

/** Moves an item of a list by `offset` places (negative: up), staying inside the list. */
export function moved<T>(list: readonly T[], index: number, offset: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, index + offset));
  if (index < 0 || index >= list.length || target === index) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}
