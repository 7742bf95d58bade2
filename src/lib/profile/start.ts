import type { ProfileProblem, StoredProfile } from './codec';
import { decodeProfileQuery, sanitiseProfile } from './check';
import type { ProfileData } from './data';
import { emptyProfile, isEmptyProfile, sameProfile, type ProfileState } from './state';

/**
 * What the builder starts with, from the link it was opened with and the profile stored in this
 * browser. A link never replaces a different stored profile by itself: the user is asked.
 */
export interface Checked {
  state: ProfileState;
  problems: ProfileProblem[];
}

export type StartPlan =
  | {
      kind: 'ready';
      state: ProfileState;
      /** Problems of the link (what was left out of it). */
      linkProblems: ProfileProblem[];
      /** Problems of the stored profile (what no longer exists). */
      storedProblems: ProfileProblem[];
      /** Save the state now: it comes from a link and nothing worth keeping is stored. */
      save: boolean;
    }
  | { kind: 'conflict'; link: Checked; stored: Checked };

export function planStart(
  search: string,
  stored: StoredProfile | { kind: 'unavailable' },
  data: ProfileData,
  pageLocale: string,
): StartPlan {
  const fallback = [data.locales.includes(pageLocale) ? pageLocale : (data.locales[0] ?? pageLocale)];
  const decoded = decodeProfileQuery(search);
  const fromStore = stored.kind === 'ok' ? sanitiseProfile(stored.state, data, fallback) : null;
  const storedWorthKeeping = fromStore !== null && !isEmptyProfile(fromStore.state);

  if (decoded.found) {
    const checked = sanitiseProfile(decoded.state, data, fallback);
    const link = { state: checked.state, problems: [...decoded.problems, ...checked.problems] };
    if (isEmptyProfile(link.state) && storedWorthKeeping) {
      // Nothing usable in the link: keep the stored profile, and say what the link lacked.
      return {
        kind: 'ready',
        state: fromStore.state,
        linkProblems: link.problems,
        storedProblems: fromStore.problems,
        save: false,
      };
    }
    if (storedWorthKeeping && !sameProfile(fromStore.state, link.state))
      return { kind: 'conflict', link, stored: fromStore };
    return {
      kind: 'ready',
      state: link.state,
      linkProblems: link.problems,
      storedProblems: [],
      save: !storedWorthKeeping && stored.kind !== 'corrupt',
    };
  }
  return {
    kind: 'ready',
    state: fromStore?.state ?? emptyProfile(fallback),
    linkProblems: [],
    storedProblems: fromStore?.problems ?? [],
    save: false,
  };
}

/** A file name from the profile's title: letters and digits, no accents, dashes between words. */
export function fileName(title: string, fallback: string, extension: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || fallback}.${extension}`;
}
