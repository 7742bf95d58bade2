import { BACKUP_KEY, readStored, STORAGE_KEY } from './codec';
import type { ProfileState } from './state';

/**
 * Copies of profiles set aside in this browser instead of being lost: an unreadable stored
 * profile, a profile replaced by a link, cleared, restored over or changed by another tab. Each
 * under its own key with the time it was set aside, so no copy ever overwrites another; the
 * builder lists them, and each can be restored (when readable) or deleted.
 */
export const KEPT_PREFIX = `${STORAGE_KEY}.kept.`;

export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface KeptCopy {
  key: string;
  /** When it was set aside (absent for the single copy older versions of the site kept). */
  date?: Date;
  raw: string;
  /** The profile, when the copy is readable. */
  state?: ProfileState;
}

/** Sets `raw` aside under a new key; the key, or `null` when storage refused (full, blocked). */
export function keepCopy(store: Store | null, raw: string, now: Date = new Date()): string | null {
  if (!store) return null;
  try {
    const stamp = now.toISOString();
    let key = `${KEPT_PREFIX}${stamp}`;
    for (let n = 2; store.getItem(key) !== null; n += 1) key = `${KEPT_PREFIX}${stamp}.${n}`;
    store.setItem(key, raw);
    return store.getItem(key) === raw ? key : null;
  } catch {
    return null;
  }
}

/** Every kept copy, newest first (the old single backup key last). */
export function listKept(store: Store | null): KeptCopy[] {
  if (!store) return [];
  const copies: KeptCopy[] = [];
  try {
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      if (key === null || (key !== BACKUP_KEY && !key.startsWith(KEPT_PREFIX))) continue;
      const raw = store.getItem(key);
      if (raw === null) continue;
      const stamp = key.startsWith(KEPT_PREFIX)
        ? new Date(key.slice(KEPT_PREFIX.length).replace(/\.\d+$/, ''))
        : undefined;
      const stored = readStored(raw);
      copies.push({
        key,
        ...(stamp && !Number.isNaN(stamp.getTime()) ? { date: stamp } : {}),
        raw,
        ...(stored.kind === 'ok' ? { state: stored.state } : {}),
      });
    }
  } catch {
    return copies;
  }
  return copies.sort(
    (a, b) => (b.date?.getTime() ?? -Infinity) - (a.date?.getTime() ?? -Infinity) || a.key.localeCompare(b.key),
  );
}

export function deleteKept(store: Store | null, key: string): boolean {
  if (!store || (key !== BACKUP_KEY && !key.startsWith(KEPT_PREFIX))) return false;
  try {
    store.removeItem(key);
    return store.getItem(key) === null;
  } catch {
    return false;
  }
}
