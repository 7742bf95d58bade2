import { parseStoredJson } from '../stored-json';
import { isEmptyProfile, normalise, type ProfileArea, type ProfileCompetency, type ProfileState } from './state';

/**
 * A profile in a link and in localStorage, and the checks that keep what can be kept of a
 * malformed, cut-off or outdated one. Pure functions, unit-tested.
 *
 * Link: `?t=<title>&lang=nl,fr&c=<key>:<level>[:<indicators>],…&r=<function>:<area>.<area>,…&v=1`
 * - indicators: `A-1.B-2` (dimension key and position), `-` for none; left out: every indicator;
 * - `v` (the format's version) comes last, so a link that was cut off is recognised by its absence.
 * Reading a link and checking a profile against the content: check.ts (not needed to write one).
 */
export const PROFILE_VERSION = 1;
export const PARAM = { title: 't', languages: 'lang', competencies: 'c', areas: 'r', version: 'v' } as const;

export type ProfileProblem =
  | { kind: 'version'; value: string }
  | { kind: 'incomplete' }
  | { kind: 'duplicate-param'; name: string }
  | { kind: 'malformed'; value: string }
  | { kind: 'unknown-language'; value: string }
  | { kind: 'unknown-competency'; value: string }
  | { kind: 'unknown-level'; competency: string; value: string }
  | { kind: 'unknown-indicator'; competency: string; value: string }
  | { kind: 'duplicate-competency'; competency: string }
  | { kind: 'unknown-function'; value: string }
  | { kind: 'unknown-area'; fn: string; value: string };

const enc = encodeURIComponent;

/** The query string of a profile (without `?`); empty for an empty profile. */
export function encodeProfileQuery(state: ProfileState): string {
  if (isEmptyProfile(state)) return '';
  const { title, languages, competencies, areas } = normalise(state);
  const parts: string[] = [];
  if (title) parts.push(`${PARAM.title}=${enc(title)}`);
  parts.push(`${PARAM.languages}=${languages.map(enc).join(',')}`);
  if (competencies.length > 0) {
    const items = competencies.map(({ key, level, indicators }) => {
      const fields = [enc(key), enc(level)];
      if (indicators) fields.push(indicators.length > 0 ? indicators.map(enc).join('.') : '-');
      return fields.join(':');
    });
    parts.push(`${PARAM.competencies}=${items.join(',')}`);
  }
  if (areas.length > 0) {
    // Consecutive areas of the same function share its key: `fn:a.b,other:c`.
    const runs: { fn: string; areas: string[] }[] = [];
    for (const { fn, area } of areas) {
      const last = runs[runs.length - 1];
      if (last && last.fn === fn) last.areas.push(area);
      else runs.push({ fn, areas: [area] });
    }
    parts.push(`${PARAM.areas}=${runs.map((run) => `${enc(run.fn)}:${run.areas.map(enc).join('.')}`).join(',')}`);
  }
  parts.push(`${PARAM.version}=${PROFILE_VERSION}`);
  return parts.join('&');
}

/** Where the profile is kept in the browser, and where an unreadable one is set aside. */
export const STORAGE_KEY = 'competentiewoordenboek.profile';
export const BACKUP_KEY = 'competentiewoordenboek.profile.unreadable';

export type StoredProfile = { kind: 'none' } | { kind: 'ok'; state: ProfileState } | { kind: 'corrupt'; raw: string };

export function serialiseStored(state: ProfileState): string {
  return JSON.stringify({ v: PROFILE_VERSION, ...normalise(state) });
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads what localStorage holds; anything that is not a profile of this version is `corrupt`. */
export function readStored(stored: string | null): StoredProfile {
  const parsed = parseStoredJson(stored);
  if (parsed.kind !== 'json') return parsed;
  const { raw, value } = parsed;
  if (!isObject(value) || value.v !== PROFILE_VERSION) return { kind: 'corrupt', raw };
  const { title, languages, competencies, areas } = value;
  const competencyOk = (c: unknown): c is ProfileCompetency =>
    isObject(c) && isString(c.key) && isString(c.level) && (c.indicators === undefined || isStringArray(c.indicators));
  const areaOk = (a: unknown): a is ProfileArea => isObject(a) && isString(a.fn) && isString(a.area);
  if (
    !isString(title) ||
    !isStringArray(languages) ||
    !Array.isArray(competencies) ||
    !competencies.every(competencyOk) ||
    !Array.isArray(areas) ||
    !areas.every(areaOk)
  ) {
    return { kind: 'corrupt', raw };
  }
  return { kind: 'ok', state: normalise({ title, languages, competencies, areas }) };
}
