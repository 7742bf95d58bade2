import { BACKUP_KEY, readStored, serialiseStored, STORAGE_KEY, type StoredProfile } from './codec';
import type { ProfileState } from './state';

/**
 * The profile kept in this browser (localStorage). Storage can be missing or refuse (private
 * modes, policies): every call says so instead of throwing.
 */
export type StoredOrUnavailable = StoredProfile | { kind: 'unavailable' };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadProfile(): StoredOrUnavailable {
  const store = storage();
  if (!store) return { kind: 'unavailable' };
  try {
    return readStored(store.getItem(STORAGE_KEY));
  } catch {
    return { kind: 'unavailable' };
  }
}

export function saveProfile(state: ProfileState): boolean {
  try {
    storage()?.setItem(STORAGE_KEY, serialiseStored(state));
    return storage() !== null;
  } catch {
    return false;
  }
}

/** Sets an unreadable stored value aside, so that saving a new profile does not destroy it. */
export function setAsideUnreadable(raw: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(BACKUP_KEY, raw);
    return store.getItem(BACKUP_KEY) === raw;
  } catch {
    return false;
  }
}

export { BACKUP_KEY, STORAGE_KEY };
