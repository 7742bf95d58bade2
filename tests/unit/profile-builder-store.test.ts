import { describe, expect, it } from 'vitest';
import { initialModel, reducer, type Action, type BuilderModel } from '../../src/islands/profile-builder/store';
import type { ProfileState } from '../../src/lib/profile/state';

const state: ProfileState = {
  title: 'Diensthoofd HR',
  languages: ['nl'],
  competencies: [
    { key: 'a', level: 'B' },
    { key: 'b', level: 'C', indicators: ['A-1'] },
    { key: 'c', level: 'A' },
  ],
  areas: [
    { fn: 'f', area: 'x' },
    { fn: 'f', area: 'y' },
  ],
};
const started = (): BuilderModel =>
  reducer(initialModel(), { type: 'started', state, linkProblems: [], storedProblems: [], save: false });
const run = (actions: Action[], model = started()) => actions.reduce(reducer, model);

describe('the builder’s store', () => {
  it('applies edits and marks them to be saved; nothing happens before the start', () => {
    expect(reducer(initialModel(), { type: 'title', title: 'x' }).state).toBeNull();
    const model = run([
      { type: 'title', title: 'Hoofd' },
      { type: 'add', key: 'd', level: 'D' },
      { type: 'level', index: 0, level: 'A' },
    ]);
    expect(model.save).toBe(true);
    expect(model.state!.title).toBe('Hoofd');
    expect(model.state!.competencies.map((c) => `${c.key}:${c.level}`)).toEqual(['a:A', 'b:C', 'c:A', 'd:D']);
  });

  it('moves within the list, removes by key, keeps or drops an indicator choice, toggles areas, resets', () => {
    const moved = run([
      { type: 'move', list: 'competencies', index: 0, offset: -1 },
      { type: 'move', list: 'areas', index: 0, offset: 1 },
    ]);
    expect(moved.state!.competencies.map((c) => c.key)).toEqual(['a', 'b', 'c']);
    expect(moved.state!.areas.map((a) => a.area)).toEqual(['y', 'x']);
    const edited = run([
      { type: 'remove', key: 'a' },
      { type: 'indicators', index: 0, indicators: undefined },
      { type: 'area', fn: 'f', area: 'x', on: false },
      { type: 'area', fn: 'g', area: 'z', on: true },
    ]);
    expect(edited.state!.competencies).toEqual([
      { key: 'b', level: 'C' },
      { key: 'c', level: 'A' },
    ]);
    expect(edited.state!.areas).toEqual([
      { fn: 'f', area: 'y' },
      { fn: 'g', area: 'z' },
    ]);
    expect(run([{ type: 'reset' }]).state).toEqual({ title: '', languages: ['nl'], competencies: [], areas: [] });
  });

  it('an edit closes a pending confirmation; a change from another tab is not saved back', () => {
    const confirming = run([{ type: 'confirm', confirm: { kind: 'remove', key: 'a' } }]);
    expect(confirming.confirm).toEqual({ kind: 'remove', key: 'a' });
    expect(reducer(confirming, { type: 'remove', key: 'a' }).confirm).toBeNull();
    const external = run([{ type: 'external', state: { ...state, title: 'Elders' }, raw: '{"v":1}' }]);
    expect(external).toMatchObject({ save: false, storedRaw: '{"v":1}', state: { title: 'Elders' } });
  });

  it('a conflict resolved for the link saves it; for the stored profile does not', () => {
    const link = { state: { ...state, title: 'Link' }, problems: [{ kind: 'incomplete' as const }] };
    const stored = { state, problems: [] };
    const conflict = reducer(initialModel(), { type: 'conflict', link, stored });
    expect(
      reducer(conflict, { type: 'resolved', state: link.state, problems: link.problems, useLink: true }),
    ).toMatchObject({
      conflict: null,
      save: true,
      linkProblems: link.problems,
      state: { title: 'Link' },
    });
    expect(reducer(conflict, { type: 'resolved', state, problems: [], useLink: false })).toMatchObject({
      conflict: null,
      save: false,
    });
  });

  it('an unreadable profile that could not be set aside turns saving off; messages are counted', () => {
    const model = run([
      { type: 'corrupt', notice: { raw: 'x', key: null, started: 'empty' } },
      { type: 'say', text: 'a', at: 'export' },
      { type: 'say', text: 'a', at: 'export' },
    ]);
    expect(model.storageOff).toBe(true);
    expect(model.status).toEqual({ text: 'a', at: 'export', count: 2 });
    expect(run([{ type: 'dismiss', notice: 'corrupt' }], model).corrupt).toBeNull();
  });
});
