import { describe, expect, it } from 'vitest';
import { getDictionary } from '../../src/i18n';
import { decodeProfileQuery, sanitiseProfile, shown } from '../../src/lib/profile/check';
import { serialiseStored, STORAGE_KEY } from '../../src/lib/profile/codec';
import { deleteKept, keepCopy, KEPT_PREFIX, listKept, type Store } from '../../src/lib/profile/kept';
import { problemLines } from '../../src/lib/profile/messages';
import type { ProfileState } from '../../src/lib/profile/state';
import { saveGuarded, setAsideUnreadable } from '../../src/lib/profile/storage';
import { profileData } from './profile-fixture';

/** An in-memory localStorage; `full` makes every write throw, as a full quota does. */
function memoryStore(full = false): Store & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}
const profile = (title: string): ProfileState => ({
  title,
  languages: ['nl'],
  competencies: [{ key: 'objectieven-behalen', level: 'B' }],
  areas: [],
});
const strings = { ...getDictionary('nl').builder, ...getDictionary('nl').profileOutput };
const nameOf = (_: string, key: string) => key;

describe('a link that repeats a parameter', () => {
  it('says so, per parameter, and reads the first', () => {
    const decoded = decodeProfileQuery(
      '?t=a&t=b&lang=nl&c=objectieven-behalen:B&c=in-team-werken:C&v=1&v=1&other=1&other=2',
    );
    expect(decoded.state.title).toBe('a');
    expect(decoded.state.competencies).toEqual([{ key: 'objectieven-behalen', level: 'B' }]);
    expect(decoded.problems).toEqual([
      { kind: 'duplicate-param', name: 't' },
      { kind: 'duplicate-param', name: 'c' },
      { kind: 'duplicate-param', name: 'v' },
    ]);
    expect(problemLines(decoded.problems, strings, nameOf)[0]).toBe(
      'De link bevat ‘t’ meer dan eens; alleen de eerste is gelezen.',
    );
  });
});

describe('many or long problems', () => {
  it('a link with 8,000 unknown competencies: the first few, then “and N more”', () => {
    const keys = Array.from({ length: 8000 }, (_, i) => `onbekend-${i}:B`).join(',');
    const decoded = decodeProfileQuery(`?lang=nl&c=${keys}&v=1`);
    const { problems } = sanitiseProfile(decoded.state, profileData, ['nl']);
    expect(problems).toHaveLength(8000);
    const lines = problemLines(problems, strings, nameOf);
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toBe('… en nog 7996 andere.');
    expect(lines.join('\n').length).toBeLessThan(400);
  });

  it('an echoed value is cut short, on one line', () => {
    const long = `${'x'.repeat(100_000)}\n`;
    expect(shown(long)).toHaveLength(60);
    expect(shown(long).endsWith('…')).toBe(true);
    const decoded = decodeProfileQuery(`?lang=nl&v=${'9'.repeat(100_000)}`);
    expect(decoded.problems[0]).toEqual({ kind: 'version', value: `${'9'.repeat(59)}…` });
  });
});

describe('set-aside copies', () => {
  it('every unreadable value gets its own timestamped key: none overwrites another', () => {
    const store = memoryStore();
    const first = setAsideUnreadable('{broken 1', store, new Date('2026-03-05T10:00:00Z'));
    const second = setAsideUnreadable('{broken 2', store, new Date('2026-03-05T10:00:00Z'));
    const third = setAsideUnreadable('{broken 3', store, new Date('2026-03-06T09:00:00Z'));
    expect(first).toBe(`${KEPT_PREFIX}2026-03-05T10:00:00.000Z`);
    expect(second).toBe(`${KEPT_PREFIX}2026-03-05T10:00:00.000Z.2`);
    expect(listKept(store).map((c) => c.raw)).toEqual(['{broken 3', '{broken 1', '{broken 2']);
    expect(listKept(store)[0]!.date).toEqual(new Date('2026-03-06T09:00:00Z'));
    expect(third).not.toBeNull();
  });

  it('a readable copy can be restored (its profile is read back); any copy can be deleted', () => {
    const store = memoryStore();
    const key = keepCopy(store, serialiseStored(profile('Oud')))!;
    expect(listKept(store)[0]!.state?.title).toBe('Oud');
    expect(deleteKept(store, key)).toBe(true);
    expect(listKept(store)).toEqual([]);
    expect(deleteKept(store, STORAGE_KEY)).toBe(false); // never the profile itself
  });

  it('when setting aside fails (storage full or throwing), the caller is told the truth', () => {
    expect(setAsideUnreadable('{broken', memoryStore(true))).toBeNull();
    expect(setAsideUnreadable('{broken', null)).toBeNull();
  });
});

describe('saving never overwrites another tab’s version', () => {
  it('a version this page has not seen is set aside before saving', () => {
    const store = memoryStore();
    const mine = serialiseStored(profile('Tab 1'));
    store.setItem(STORAGE_KEY, mine);
    const theirs = serialiseStored({
      ...profile('Tab 1'),
      competencies: [...profile('').competencies, { key: 'in-team-werken', level: 'C' }],
    });
    store.setItem(STORAGE_KEY, theirs); // tab 2 wrote; tab 1 missed the event
    const result = saveGuarded(profile('Tab 1, edited'), mine, store);
    expect(result.saved).toBe(true);
    expect(result.keptOther).toMatch(new RegExp(`^${KEPT_PREFIX.replace(/\./g, '\\.')}`));
    expect(store.getItem(result.keptOther!)).toBe(theirs);
    expect(JSON.parse(store.getItem(STORAGE_KEY)!).title).toBe('Tab 1, edited');
  });

  it('the expected version is simply replaced; if the other cannot be kept, nothing is written', () => {
    const store = memoryStore();
    const mine = serialiseStored(profile('A'));
    store.setItem(STORAGE_KEY, mine);
    expect(saveGuarded(profile('B'), mine, store)).toEqual({ saved: true, raw: serialiseStored(profile('B')) });
    expect(listKept(store)).toEqual([]);
    const full = memoryStore(true);
    full.data.set(STORAGE_KEY, serialiseStored(profile('Other tab')));
    expect(saveGuarded(profile('Mine'), null, full)).toEqual({
      saved: false,
      raw: serialiseStored(profile('Other tab')),
    });
    expect(JSON.parse(full.data.get(STORAGE_KEY)!).title).toBe('Other tab');
  });
});
