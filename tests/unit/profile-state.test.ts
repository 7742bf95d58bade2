import { describe, expect, it } from 'vitest';
import { decodeProfileQuery, sanitiseProfile } from '../../src/lib/profile/check';
import { BACKUP_KEY, STORAGE_KEY, encodeProfileQuery, readStored, serialiseStored } from '../../src/lib/profile/codec';
import {
  emptyProfile,
  isEmptyProfile,
  moved,
  sameProfile,
  withArea,
  withCompetency,
  withoutCompetency,
  type ProfileState,
} from '../../src/lib/profile/state';
import { profileData } from './profile-fixture';

const profile: ProfileState = {
  title: 'Diensthoofd HR & co: "test"',
  languages: ['nl', 'fr'],
  competencies: [{ key: 'objectieven-behalen', level: 'B', indicators: ['A-1', 'B-2'] }],
  areas: [
    { fn: 'strategisch-manager-a4-a5', area: 'coach' },
    { fn: 'strategisch-manager-a4-a5', area: 'leidinggevende' },
  ],
};
const check = (state: ProfileState) => sanitiseProfile(state, profileData, ['nl']);

describe('profile in a link', () => {
  it('is readable, ends with its version, and round-trips', () => {
    const query = encodeProfileQuery(profile);
    expect(query).toBe(
      't=Diensthoofd%20HR%20%26%20co%3A%20%22test%22&lang=nl,fr&c=objectieven-behalen:B:A-1.B-2&r=strategisch-manager-a4-a5:coach.leidinggevende&v=1',
    );
    expect(decodeProfileQuery(`?${query}`)).toEqual({ found: true, state: profile, problems: [] });
  });

  it('writes "every indicator" by leaving the list out, and "none" as a dash', () => {
    expect(
      encodeProfileQuery({
        ...profile,
        title: '',
        competencies: [{ key: 'objectieven-behalen', level: 'A' }],
        areas: [],
      }),
    ).toBe('lang=nl,fr&c=objectieven-behalen:A&v=1');
    const none = encodeProfileQuery({
      ...profile,
      competencies: [{ key: 'objectieven-behalen', level: 'A', indicators: [] }],
    });
    expect(none).toContain('c=objectieven-behalen:A:-&');
    expect(decodeProfileQuery(none).state.competencies).toEqual([
      { key: 'objectieven-behalen', level: 'A', indicators: [] },
    ]);
  });

  it('has no query for an empty profile, and finds none in an unrelated query', () => {
    expect(encodeProfileQuery(emptyProfile(['nl']))).toBe('');
    expect(decodeProfileQuery('?level=B').found).toBe(false);
    expect(decodeProfileQuery('').found).toBe(false);
  });

  it('reports a link cut off before its version and keeps what it can read', () => {
    const cut = encodeProfileQuery(profile).replace(/\.leidinggevende&v=1$/, '.leidi');
    const decoded = decodeProfileQuery(cut);
    expect(decoded.problems).toEqual([{ kind: 'incomplete' }]);
    const { state, problems } = check(decoded.state);
    expect(problems).toEqual([{ kind: 'unknown-area', fn: 'strategisch-manager-a4-a5', value: 'leidi' }]);
    expect(state.areas).toEqual([{ fn: 'strategisch-manager-a4-a5', area: 'coach' }]);
    expect(state.competencies).toHaveLength(1);
  });

  it('reports another version, broken escapes and unreadable items', () => {
    const decoded = decodeProfileQuery(
      '?t=%E2%82&lang=nl&c=objectieven-behalen,x:y:z:w,objectieven-behalen:B&r=fn-only&v=7',
    );
    expect(decoded.problems).toEqual([
      { kind: 'version', value: '7' },
      { kind: 'malformed', value: '%E2%82' },
      { kind: 'malformed', value: 'objectieven-behalen' },
      { kind: 'malformed', value: 'x:y:z:w' },
      { kind: 'malformed', value: 'fn-only' },
    ]);
    expect(decoded.state.competencies).toEqual([{ key: 'objectieven-behalen', level: 'B' }]);
    expect(decoded.state.title).toBe('');
  });

  it('reads + as a space in the title (as forms write it)', () => {
    expect(decodeProfileQuery('?t=Hoofd+HR&v=1').state.title).toBe('Hoofd HR');
  });
});

describe('checking a profile against the content', () => {
  it('drops unknown competencies, levels, indicators, functions, areas and languages, and says so', () => {
    const { state, problems } = check({
      title: 't',
      languages: ['de', 'fr'],
      competencies: [
        { key: 'bestaat-niet', level: 'B' },
        { key: 'objectieven-behalen', level: 'Z' },
        { key: 'objectieven-behalen', level: 'b', indicators: ['A-1', 'C-1', 'A-9'] },
        { key: 'objectieven-behalen', level: 'A' },
      ],
      areas: [
        { fn: 'onbekend', area: 'x' },
        { fn: 'onbekend', area: 'y' },
        { fn: 'strategisch-manager-a4-a5', area: 'coach' },
      ],
    });
    expect(problems).toEqual([
      { kind: 'unknown-language', value: 'de' },
      { kind: 'unknown-competency', value: 'bestaat-niet' },
      { kind: 'unknown-level', competency: 'objectieven-behalen', value: 'Z' },
      { kind: 'unknown-indicator', competency: 'objectieven-behalen', value: 'C-1' },
      { kind: 'unknown-indicator', competency: 'objectieven-behalen', value: 'A-9' },
      { kind: 'duplicate-competency', competency: 'objectieven-behalen' },
      { kind: 'unknown-function', value: 'onbekend' },
    ]);
    expect(state).toEqual({
      title: 't',
      languages: ['fr'],
      competencies: [{ key: 'objectieven-behalen', level: 'B', indicators: ['A-1'] }],
      areas: [{ fn: 'strategisch-manager-a4-a5', area: 'coach' }],
    });
  });

  it('keeps every indicator when the choice names all of them or none that exists; falls back to the given language', () => {
    const all = check({
      ...profile,
      languages: [],
      competencies: [{ key: 'objectieven-behalen', level: 'B', indicators: ['B-2', 'A-1', 'A-2', 'B-1'] }],
    });
    expect(all.state.competencies).toEqual([{ key: 'objectieven-behalen', level: 'B' }]);
    expect(all.state.languages).toEqual(['nl']);
    const unknown = check({
      ...profile,
      competencies: [{ key: 'objectieven-behalen', level: 'B', indicators: ['Q-1'] }],
    });
    expect(unknown.state.competencies).toEqual([{ key: 'objectieven-behalen', level: 'B' }]);
    expect(unknown.problems).toEqual([{ kind: 'unknown-indicator', competency: 'objectieven-behalen', value: 'Q-1' }]);
  });

  it('puts indicators in the source order and languages in the site order', () => {
    const { state } = check({
      ...profile,
      languages: ['fr', 'nl'],
      competencies: [{ key: 'objectieven-behalen', level: 'B', indicators: ['B-1', 'A-2'] }],
    });
    expect(state.languages).toEqual(['nl', 'fr']);
    expect(state.competencies[0]!.indicators).toEqual(['A-2', 'B-1']);
  });
});

describe('profile in localStorage', () => {
  it('round-trips', () => {
    expect(readStored(serialiseStored(profile))).toEqual({ kind: 'ok', state: profile });
    expect(readStored(null)).toEqual({ kind: 'none' });
    expect(STORAGE_KEY).not.toBe(BACKUP_KEY);
  });

  it('calls anything else corrupt, keeping the raw value', () => {
    for (const raw of [
      '{not json',
      '[]',
      '{"v":1}',
      '{"v":2,"title":"","languages":[],"competencies":[],"areas":[]}',
      '{"v":1,"title":"","languages":["nl"],"competencies":[{"key":1}],"areas":[]}',
    ]) {
      expect(readStored(raw), raw).toEqual({ kind: 'corrupt', raw });
    }
  });
});

describe('editing a profile', () => {
  it('adds a competency once, moving it to the new level', () => {
    let state = withCompetency(emptyProfile(['nl']), 'objectieven-behalen', 'B');
    state = withCompetency(state, 'in-team-werken', 'C');
    state = withCompetency(state, 'objectieven-behalen', 'A');
    expect(state.competencies).toEqual([
      { key: 'objectieven-behalen', level: 'A' },
      { key: 'in-team-werken', level: 'C' },
    ]);
    expect(withoutCompetency(state, 'objectieven-behalen').competencies).toEqual([
      { key: 'in-team-werken', level: 'C' },
    ]);
  });

  it('moves within bounds, adds an area once, compares and tells empty', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(withArea(profile, 'strategisch-manager-a4-a5', 'coach')).toBe(profile);
    expect(sameProfile(profile, { ...profile, title: ' Diensthoofd  HR & co: "test" ' })).toBe(true);
    expect(sameProfile(profile, { ...profile, languages: ['nl'] })).toBe(false);
    expect(isEmptyProfile(emptyProfile(['fr']))).toBe(true);
  });
});
