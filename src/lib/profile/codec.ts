import type { ProfileData } from './data';
import { indicatorCodes } from './data';
import { cleanTitle, isEmptyProfile, normalise, type ProfileArea, type ProfileCompetency, type ProfileState } from './state';

/**
 * A profile in a link and in localStorage, and the checks that keep what can be kept of a
 * malformed, cut-off or outdated one. Pure functions, unit-tested.
 *
 * Link: `?t=<title>&lang=nl,fr&c=<key>:<level>[:<indicators>],…&r=<function>:<area>.<area>,…&v=1`
 * - indicators: `A-1.B-2` (dimension key and position), `-` for none; left out: every indicator;
 * - `v` (the format's version) comes last, so a link that was cut off is recognised by its absence.
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

/** Percent-decoding that does not throw: `null` for a broken escape. `+` is a space, as in forms. */
function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** What the user is shown of a value read from a link: short, on one line. */
export function shown(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

export interface DecodedLink {
  /** Whether the query holds a profile at all. */
  found: boolean;
  /** The profile as written (ids not yet checked against the content). */
  state: ProfileState;
  problems: ProfileProblem[];
}

/** Reads a profile from a query string; what cannot be read is reported and left out. */
export function decodeProfileQuery(search: string): DecodedLink {
  const raw = new Map<string, string>();
  const repeated = new Set<string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const name = at === -1 ? pair : pair.slice(0, at);
    if (!raw.has(name)) raw.set(name, at === -1 ? '' : pair.slice(at + 1));
    else repeated.add(name);
  }
  const names = Object.values(PARAM) as string[];
  const found = [...raw.keys()].some((name) => names.includes(name));
  const problems: ProfileProblem[] = [];
  for (const name of repeated) if (names.includes(name)) problems.push({ kind: 'duplicate-param', name });
  const state: ProfileState = { title: '', languages: [], competencies: [], areas: [] };
  if (!found) return { found, state, problems };

  const version = raw.get(PARAM.version);
  if (version === undefined) problems.push({ kind: 'incomplete' });
  else if (decode(version) !== String(PROFILE_VERSION)) problems.push({ kind: 'version', value: shown(decode(version) ?? version) });

  const title = raw.get(PARAM.title);
  if (title !== undefined) {
    const decoded = decode(title);
    if (decoded === null) problems.push({ kind: 'malformed', value: shown(title) });
    state.title = cleanTitle(decoded ?? '');
  }

  const list = (value: string | undefined) => (value ?? '').split(',').filter((item) => item !== '');

  for (const item of list(raw.get(PARAM.languages))) {
    const code = decode(item);
    if (code === null) problems.push({ kind: 'malformed', value: shown(item) });
    else state.languages.push(code);
  }

  for (const item of list(raw.get(PARAM.competencies))) {
    const fields = item.split(':').map(decode);
    const [key, level, indicators] = fields;
    if (fields.length < 2 || fields.length > 3 || fields.some((f) => f === null) || !key || !level) {
      problems.push({ kind: 'malformed', value: shown(decode(item) ?? item) });
      continue;
    }
    const competency: ProfileCompetency = { key, level };
    if (indicators !== undefined && indicators !== null) {
      competency.indicators = indicators === '-' ? [] : indicators.split('.').filter((code) => code !== '');
    }
    state.competencies.push(competency);
  }

  for (const item of list(raw.get(PARAM.areas))) {
    const fields = item.split(':').map(decode);
    const [fn, areaList] = fields;
    if (fields.length !== 2 || fields.some((f) => f === null) || !fn || !areaList) {
      problems.push({ kind: 'malformed', value: shown(decode(item) ?? item) });
      continue;
    }
    for (const area of areaList.split('.').filter((a) => a !== '')) state.areas.push({ fn, area });
  }
  return { found, state, problems };
}

/** Where the profile is kept in the browser, and where an unreadable one is set aside. */
export const STORAGE_KEY = 'competentiewoordenboek.profile';
export const BACKUP_KEY = 'competentiewoordenboek.profile.unreadable';

export type StoredProfile =
  | { kind: 'none' }
  | { kind: 'ok'; state: ProfileState }
  | { kind: 'corrupt'; raw: string };

export function serialiseStored(state: ProfileState): string {
  return JSON.stringify({ v: PROFILE_VERSION, ...normalise(state) });
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads what localStorage holds; anything that is not a profile of this version is `corrupt`. */
export function readStored(raw: string | null): StoredProfile {
  if (raw === null || raw === '') return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', raw };
  }
  if (!isObject(value) || value.v !== PROFILE_VERSION) return { kind: 'corrupt', raw };
  const { title, languages, competencies, areas } = value;
  const competencyOk = (c: unknown): c is ProfileCompetency =>
    isObject(c) && isString(c.key) && isString(c.level) && (c.indicators === undefined || isStringArray(c.indicators));
  const areaOk = (a: unknown): a is ProfileArea => isObject(a) && isString(a.fn) && isString(a.area);
  if (
    !isString(title) ||
    !isStringArray(languages) ||
    !Array.isArray(competencies) || !competencies.every(competencyOk) ||
    !Array.isArray(areas) || !areas.every(areaOk)
  ) {
    return { kind: 'corrupt', raw };
  }
  return { kind: 'ok', state: normalise({ title, languages, competencies, areas }) };
}

/**
 * Checks a profile against the content: unknown languages, competencies, levels, indicators,
 * functions and result areas are left out and reported; the rest is kept. An indicator choice
 * that keeps every indicator (or none that exists) becomes "every indicator".
 */
export function sanitiseProfile(
  state: ProfileState,
  data: ProfileData,
  fallbackLanguages: readonly string[],
): { state: ProfileState; problems: ProfileProblem[] } {
  const problems: ProfileProblem[] = [];

  const languages = data.locales.filter((code) => state.languages.includes(code));
  for (const code of new Set(state.languages)) {
    if (!data.locales.includes(code)) problems.push({ kind: 'unknown-language', value: shown(code) });
  }

  const competencies: ProfileCompetency[] = [];
  for (const item of state.competencies) {
    const entry = data.competencies.find((c) => c.key === item.key);
    if (!entry) {
      problems.push({ kind: 'unknown-competency', value: shown(item.key) });
      continue;
    }
    if (competencies.some((c) => c.key === entry.key)) {
      problems.push({ kind: 'duplicate-competency', competency: entry.key });
      continue;
    }
    const level = data.levels.find((l) => l.toLowerCase() === item.level.trim().toLowerCase());
    if (!level || !entry.levels[level]) {
      problems.push({ kind: 'unknown-level', competency: entry.key, value: shown(item.level) });
      continue;
    }
    const kept: ProfileCompetency = { key: entry.key, level };
    if (item.indicators) {
      const codes = indicatorCodes(entry, level, data.locales);
      for (const code of item.indicators) {
        if (!codes.includes(code)) problems.push({ kind: 'unknown-indicator', competency: entry.key, value: shown(code) });
      }
      const valid = codes.filter((code) => item.indicators!.includes(code));
      const noneValid = valid.length === 0 && item.indicators.length > 0;
      if (!noneValid && valid.length < codes.length) kept.indicators = valid;
    }
    competencies.push(kept);
  }

  const areas: ProfileArea[] = [];
  for (const { fn, area } of state.areas) {
    const entry = data.functions.find((f) => f.key === fn);
    if (!entry) {
      if (!problems.some((p) => p.kind === 'unknown-function' && p.value === shown(fn))) problems.push({ kind: 'unknown-function', value: shown(fn) });
      continue;
    }
    if (!entry.areas.some((a) => a.key === area)) {
      problems.push({ kind: 'unknown-area', fn: entry.key, value: shown(area) });
      continue;
    }
    if (!areas.some((a) => a.fn === fn && a.area === area)) areas.push({ fn, area });
  }

  return {
    state: {
      title: cleanTitle(state.title),
      languages: languages.length > 0 ? languages : [...fallbackLanguages],
      competencies,
      areas,
    },
    problems,
  };
}
