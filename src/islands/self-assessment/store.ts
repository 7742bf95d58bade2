import { parseStoredJson } from '../../lib/stored-json';
import type { Assessment } from './model';
import { checkAssessment, type FieldProblem } from './validate';

/**
 * Every assessment kept in this browser, in one localStorage entry, and which one is open.
 * Nothing here is ever put in the page address or sent anywhere.
 */
export const STORE_KEY = 'competentiewoordenboek.self-assessment';
/** Where an unreadable stored value is set aside, so that nothing saved later destroys it. */
export const STORE_BACKUP_KEY = 'competentiewoordenboek.self-assessment.unreadable';
export const STORE_VERSION = 1;

export interface Store {
  /** The id of the open assessment. */
  current: string | null;
  assessments: Assessment[];
}

export const emptyStore = (): Store => ({ current: null, assessments: [] });

export type ReadStore =
  { kind: 'none' } | { kind: 'ok'; store: Store } | { kind: 'corrupt'; raw: string; problem?: FieldProblem };

export function serialiseStore(store: Store): string {
  return JSON.stringify({ v: STORE_VERSION, current: store.current, assessments: store.assessments });
}

/** Reads the stored value; anything that is not a store of this version is `corrupt` (and kept by the caller). */
export function readStore(stored: string | null): ReadStore {
  const parsed = parseStoredJson(stored);
  if (parsed.kind !== 'json') return parsed;
  const { raw, value } = parsed;
  if (typeof value !== 'object' || value === null || (value as { v?: unknown }).v !== STORE_VERSION)
    return { kind: 'corrupt', raw };
  const { current, assessments } = value as { current?: unknown; assessments?: unknown };
  if (!Array.isArray(assessments) || (current !== null && typeof current !== 'string')) return { kind: 'corrupt', raw };
  const checked: Assessment[] = [];
  for (const [i, item] of assessments.entries()) {
    const result = checkAssessment(item, `assessments[${i}]`);
    if (!result.ok) return { kind: 'corrupt', raw, problem: result.problem };
    checked.push(result.value);
  }
  const open = checked.some((a) => a.id === current) ? (current as string) : (checked[0]?.id ?? null);
  return { kind: 'ok', store: { current: open, assessments: checked } };
}

/** localStorage, or `null` where the browser refuses it (private modes, policies). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadStore(): ReadStore | { kind: 'unavailable' } {
  const store = storage();
  if (!store) return { kind: 'unavailable' };
  try {
    return readStore(store.getItem(STORE_KEY));
  } catch {
    return { kind: 'unavailable' };
  }
}

/** Saves; `false` when the browser refused (full, or storage off). */
export function saveStore(value: Store): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (value.assessments.length === 0) store.removeItem(STORE_KEY);
    else store.setItem(STORE_KEY, serialiseStore(value));
    return true;
  } catch {
    return false;
  }
}

export function setAsideUnreadable(raw: string): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(STORE_BACKUP_KEY, raw);
    return store.getItem(STORE_BACKUP_KEY) === raw;
  } catch {
    return false;
  }
}

/** "Delete everything": the assessments and any value set aside. */
export function deleteEverything(): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.removeItem(STORE_KEY);
    store.removeItem(STORE_BACKUP_KEY);
    return true;
  } catch {
    return false;
  }
}
