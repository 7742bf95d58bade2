import type { ProfileProblem } from '../../lib/profile/codec';
import type { ProfileData } from '../../lib/profile/data';
import type { KeptCopy } from '../../lib/profile/kept';
import type { Checked } from '../../lib/profile/start';
import { emptyProfile, moved, withArea, withCompetency, withoutArea, type ProfileState } from '../../lib/profile/state';

/**
 * The builder's state and every change to it, as a reducer: pure, unit-tested
 * (tests/unit/profile-builder-store.test.ts). Side effects (address, storage, focus) live in
 * the island, which reacts to `save` and `status`.
 */
export type Confirm = { kind: 'reset' } | { kind: 'remove'; key: string } | { kind: 'delete-kept'; key: string };

/** A short message shown next to the control it answers (`at`) and announced. */
export interface Status {
  text: string;
  at: string;
  count: number;
}

export interface CorruptNotice {
  raw: string;
  /** Where the copy was set aside; `null`: setting it aside failed (nothing is saved then). */
  key: string | null;
  /** What the page started with instead. */
  started: 'link' | 'empty';
}

export interface BuilderModel {
  /** `null` until the start (link, stored profile) has been worked out. */
  state: ProfileState | null;
  data: ProfileData | null;
  /** Languages whose texts `data` holds. */
  loaded: string[];
  loadError: boolean;
  conflict: { link: Checked; stored: Checked } | null;
  linkProblems: ProfileProblem[];
  storedProblems: ProfileProblem[];
  corrupt: CorruptNotice | null;
  /** Storage missing or refusing, or an unreadable profile that could not be set aside. */
  storageOff: boolean;
  confirm: Confirm | null;
  status: Status;
  kept: KeptCopy[];
  /** The state changed by the user: write it to the address and to storage. */
  save: boolean;
  /** What storage holds as far as this page knows (to notice another tab's writes). */
  storedRaw: string | null;
}

export const initialModel = (): BuilderModel => ({
  state: null,
  data: null,
  loaded: [],
  loadError: false,
  conflict: null,
  linkProblems: [],
  storedProblems: [],
  corrupt: null,
  storageOff: false,
  confirm: null,
  status: { text: '', at: '', count: 0 },
  kept: [],
  save: false,
  storedRaw: null,
});

export type Edit =
  | { type: 'title'; title: string }
  | { type: 'languages'; languages: string[] }
  | { type: 'add'; key: string; level: string }
  | { type: 'level'; index: number; level: string }
  | { type: 'remove'; key: string }
  | { type: 'move'; list: 'competencies' | 'areas'; index: number; offset: number }
  | { type: 'indicators'; index: number; indicators: string[] | undefined }
  | { type: 'area'; fn: string; area: string; on: boolean }
  | { type: 'reset' };

export type Action =
  | Edit
  | {
      type: 'started';
      state: ProfileState;
      linkProblems: ProfileProblem[];
      storedProblems: ProfileProblem[];
      save: boolean;
    }
  | { type: 'conflict'; link: Checked; stored: Checked }
  | { type: 'resolved'; state: ProfileState; problems: ProfileProblem[]; useLink: boolean }
  | { type: 'replace'; state: ProfileState }
  | { type: 'external'; state: ProfileState; raw: string | null }
  | { type: 'data'; data: ProfileData; locales: string[] }
  | { type: 'load-failed' }
  | { type: 'retry' }
  | { type: 'corrupt'; notice: CorruptNotice }
  | { type: 'storage-off' }
  | { type: 'saved'; raw: string | null }
  | { type: 'kept'; kept: KeptCopy[] }
  | { type: 'confirm'; confirm: Confirm | null }
  | { type: 'dismiss'; notice: 'link' | 'stored' | 'corrupt' }
  | { type: 'say'; text: string; at: string };

/** An edit applied to a profile. */
export function edited(state: ProfileState, edit: Edit): ProfileState {
  switch (edit.type) {
    case 'title':
      return { ...state, title: edit.title };
    case 'languages':
      return { ...state, languages: [...edit.languages] };
    case 'add':
      return withCompetency(state, edit.key, edit.level);
    case 'level':
      return {
        ...state,
        competencies: state.competencies.map((c, i) => (i === edit.index ? { key: c.key, level: edit.level } : c)),
      };
    case 'remove':
      return { ...state, competencies: state.competencies.filter((c) => c.key !== edit.key) };
    case 'move':
      return { ...state, [edit.list]: moved<unknown>(state[edit.list], edit.index, edit.offset) };
    case 'indicators':
      return {
        ...state,
        competencies: state.competencies.map((c, i) =>
          i !== edit.index
            ? c
            : edit.indicators
              ? { key: c.key, level: c.level, indicators: [...edit.indicators] }
              : { key: c.key, level: c.level },
        ),
      };
    case 'area':
      return edit.on ? withArea(state, edit.fn, edit.area) : withoutArea(state, edit.fn, edit.area);
    case 'reset':
      return emptyProfile(state.languages);
  }
}

const EDITS = new Set<Action['type']>([
  'title',
  'languages',
  'add',
  'level',
  'remove',
  'move',
  'indicators',
  'area',
  'reset',
]);
const isEdit = (action: Action): action is Edit => EDITS.has(action.type);

export function reducer(model: BuilderModel, action: Action): BuilderModel {
  if (isEdit(action)) {
    if (!model.state) return model;
    return { ...model, state: edited(model.state, action), save: true, confirm: null };
  }
  switch (action.type) {
    case 'started':
      return {
        ...model,
        state: action.state,
        linkProblems: action.linkProblems,
        storedProblems: action.storedProblems,
        save: action.save,
      };
    case 'conflict':
      return { ...model, conflict: { link: action.link, stored: action.stored } };
    case 'resolved':
      return {
        ...model,
        conflict: null,
        state: action.state,
        save: action.useLink,
        ...(action.useLink ? { linkProblems: action.problems } : { storedProblems: action.problems }),
      };
    case 'replace':
      return { ...model, state: action.state, save: true, confirm: null };
    case 'external':
      return { ...model, state: action.state, storedRaw: action.raw, save: false };
    case 'data':
      return {
        ...model,
        data: action.data,
        loaded: [...new Set([...model.loaded, ...action.locales])],
        loadError: false,
      };
    case 'load-failed':
      return { ...model, loadError: true };
    case 'retry':
      return { ...model, loadError: false };
    case 'corrupt':
      return { ...model, corrupt: action.notice, storageOff: model.storageOff || action.notice.key === null };
    case 'storage-off':
      return { ...model, storageOff: true };
    case 'saved':
      return { ...model, save: false, storedRaw: action.raw };
    case 'kept':
      return { ...model, kept: action.kept };
    case 'confirm':
      return { ...model, confirm: action.confirm };
    case 'dismiss':
      if (action.notice === 'link') return { ...model, linkProblems: [] };
      if (action.notice === 'stored') return { ...model, storedProblems: [] };
      return { ...model, corrupt: null };
    case 'say':
      return { ...model, status: { text: action.text, at: action.at, count: model.status.count + 1 } };
  }
  return model;
}
