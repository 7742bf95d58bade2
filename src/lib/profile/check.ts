import type { ProfileData } from './data';
import { indicatorCodes } from './data';
import { PARAM, PROFILE_VERSION, type ProfileProblem } from './codec';
import { cleanTitle, type ProfileArea, type ProfileCompetency, type ProfileState } from './state';

/**
 * Reading a profile from a link, and checking a profile (from a link, from storage, from another
 * tab) against the content: what cannot be read or does not exist is left out and reported, the
 * rest is kept. Pure functions, unit-tested; loaded by the builder only when it has to check one.
 */
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
  const line = value.slice(0, 200).replace(/\s+/g, ' ').trim();
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
  else if (decode(version) !== String(PROFILE_VERSION))
    problems.push({ kind: 'version', value: shown(decode(version) ?? version) });

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
        if (!codes.includes(code))
          problems.push({ kind: 'unknown-indicator', competency: entry.key, value: shown(code) });
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
      if (!problems.some((p) => p.kind === 'unknown-function' && p.value === shown(fn)))
        problems.push({ kind: 'unknown-function', value: shown(fn) });
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
