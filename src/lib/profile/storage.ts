import { BACKUP_KEY, readStored, serialiseStored, STORAGE_KEY, type StoredProfile } from './codec';
import { keepCopy, type Store } from './kept';
import type { ProfileState } from './state';

/**
 * The profile kept in this browser (localStorage). Storage can be missing or refuse (private
 * modes, policies, a full quota): every call says so instead of throwing.
 */
export type StoredOrUnavailable = StoredProfile | { kind: 'unavailable' };

export function browserStore(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadProfile(store: Store | null = browserStore()): StoredOrUnavailable {
  if (!store) return { kind: 'unavailable' };
  try {
    return readStored(store.getItem(STORAGE_KEY));
  } catch {
    return { kind: 'unavailable' };
  }
}

/** The raw stored value (`null`: nothing, or storage unavailable). */
export function storedRaw(store: Store | null = browserStore()): string | null {
  try {
    return store?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function saveProfile(state: ProfileState, store: Store | null = browserStore()): boolean {
  try {
    if (!store) return false;
    store.setItem(STORAGE_KEY, serialiseStored(state));
    return true;
  } catch {
    return false;
  }
}

export interface GuardedSave {
  saved: boolean;
  /** What storage now holds as far as this page knows (the value written, or the one found). */
  raw: string | null;
  /** Another version was found where `expected` was (another tab): it was set aside under this key. */
  keptOther?: string;
}

/**
 * Saves the profile, but never over a version this page has not seen: when storage holds
 * something else than `expected` (another tab wrote in between and its event was missed), that
 * version is set aside first; if it cannot be set aside, nothing is written.
 */
export function saveGuarded(
  state: ProfileState,
  expected: string | null,
  store: Store | null = browserStore(),
  now = new Date(),
): GuardedSave {
  const value = serialiseStored(state);
  const current = storedRaw(store);
  let keptOther: string | undefined;
  if (current !== null && current !== expected && current !== value) {
    const key = keepCopy(store, current, now);
    if (!key) return { saved: false, raw: current };
    keptOther = key;
  }
  if (current === value) return { saved: true, raw: value, ...(keptOther ? { keptOther } : {}) };
  return saveProfile(state, store)
    ? { saved: true, raw: value, ...(keptOther ? { keptOther } : {}) }
    : { saved: false, raw: current };
}

/** Sets an unreadable stored value aside (under a timestamped key); the key, or `null` if that failed. */
export function setAsideUnreadable(raw: string, store: Store | null = browserStore(), now = new Date()): string | null {
  return keepCopy(store, raw, now);
}

export { BACKUP_KEY, STORAGE_KEY };
