import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { encodeProfileQuery, PARAM, serialiseStored, STORAGE_KEY } from '../../lib/profile/codec';
import { loadProfileData, type ProfileData } from '../../lib/profile/data';
import { deleteKept, keepCopy, KEPT_PREFIX, listKept, type KeptCopy } from '../../lib/profile/kept';
import { emptyProfile, isEmptyProfile, type ProfileState } from '../../lib/profile/state';
import { browserStore, saveGuarded, storedRaw } from '../../lib/profile/storage';
import { initialModel, reducer, type Action } from './store';
import { allLabels, lateLabelsPath, type BuilderLabels, type EarlyLabels, type LateLabels } from './types';
import { updateLanguageLinks } from '../shared/language-links';

const starting = () => import('./starting');

/** Whether the address holds a profile (then the start needs the texts and the checks). */
const linkInAddress = () => new RegExp(`(?:^|[?&])(?:${Object.values(PARAM).join('|')})=`).test(location.search);

/** Moves the address and the language-switch links along, so the profile stays when the language changes. */
function writeUrl(state: ProfileState): void {
  const query = encodeProfileQuery(state);
  const search = query ? `?${query}` : '';
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  updateLanguageLinks((url) => {
    url.search = search;
  });
}

/**
 * The builder's state with its side effects: the start (link, stored profile, unreadable value
 * set aside), loading the texts of the languages it needs, writing the address and storage
 * (never over another tab's version), following other tabs, and the kept copies.
 */
export function useBuilder(locale: string, dataBase: string, early: EarlyLabels) {
  const [model, dispatch] = useReducer(reducer, undefined, initialModel);
  const [labels, setLabels] = useState<BuilderLabels | null>(null);
  const canSave = useRef(true);
  const latest = useRef(model);
  latest.current = model;
  const lateRequest = useRef<Promise<BuilderLabels> | null>(null);
  /** The strings of the panels loaded later (fetched once, when first needed). */
  const full = (): Promise<BuilderLabels> => {
    lateRequest.current ??= fetch(lateLabelsPath(dataBase, locale))
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<LateLabels>;
      })
      .then((late) => {
        const all = allLabels(early, late);
        setLabels(all);
        return all;
      });
    lateRequest.current.catch(() => {
      lateRequest.current = null;
      dispatch({ type: 'load-failed' });
    });
    return lateRequest.current;
  };
  const say = (text: string, at: string) => dispatch({ type: 'say', text, at });
  /** A message whose words are among the late strings. */
  const sayLate = (pick: (all: BuilderLabels) => string, at: string) => void full().then((all) => say(pick(all), at));
  const refreshKept = () => dispatch({ type: 'kept', kept: listKept(browserStore()) });
  const load = (locales: string[]): Promise<ProfileData> =>
    loadProfileData(dataBase, [locale, ...locales]).then((data) => {
      dispatch({ type: 'data', data, locales: [locale, ...locales] });
      return data;
    });

  // The start.
  useEffect(() => {
    const store = browserStore();
    if (!store) {
      dispatch({ type: 'storage-off' });
      canSave.current = false;
    }
    refreshKept();
    const raw = storedRaw(store);
    dispatch({ type: 'saved', raw });
    if (!linkInAddress() && raw === null) {
      dispatch({ type: 'started', state: emptyProfile([locale]), linkProblems: [], storedProblems: [], save: false });
      return;
    }
    Promise.all([load([]), starting()])
      .then(([data, { loadProfile, planStart, setAsideUnreadable }]) => {
        const stored = loadProfile(store);
        const plan = planStart(location.search, stored, data, locale);
        if (stored.kind === 'corrupt') {
          // Set the unreadable value aside before anything may be saved over it; if that fails, save nothing.
          const key = setAsideUnreadable(stored.raw, store);
          if (!key) canSave.current = false;
          const started = plan.kind === 'ready' && !isEmptyProfile(plan.state) ? 'link' : 'empty';
          dispatch({ type: 'corrupt', notice: { raw: stored.raw, key, started } });
          refreshKept();
        }
        if (plan.kind === 'conflict') dispatch({ type: 'conflict', link: plan.link, stored: plan.stored });
        else
          dispatch({
            type: 'started',
            state: plan.state,
            linkProblems: plan.linkProblems,
            storedProblems: plan.storedProblems,
            save: plan.save,
          });
      })
      .catch(() => dispatch({ type: 'load-failed' }));
  }, []);

  const { state, save, loaded, loadError } = model;

  // The later panels' strings, as soon as one of them has something to show.
  const needsLate = Boolean(
    model.conflict ||
    model.corrupt ||
    model.storageOff ||
    model.linkProblems.length ||
    model.storedProblems.length ||
    model.kept.length ||
    (model.state && !isEmptyProfile(model.state)),
  );
  useEffect(() => {
    if (needsLate) void full().catch(() => undefined);
  }, [needsLate]);

  // The texts of every language the profile is shown in, as soon as there is something to show.
  useEffect(() => {
    if (!state || loadError || isEmptyProfile(state)) return;
    const missing = [locale, ...state.languages].filter((l) => !loaded.includes(l));
    if (missing.length > 0) load(state.languages).catch(() => dispatch({ type: 'load-failed' }));
  }, [state, loaded, loadError]);

  useEffect(() => {
    if (state && !model.conflict) writeUrl(state);
  }, [state, model.conflict]);

  useEffect(() => {
    if (!save || !state) return;
    if (!canSave.current) {
      dispatch({ type: 'saved', raw: model.storedRaw });
      return;
    }
    const result = saveGuarded(state, model.storedRaw, browserStore());
    if (!result.saved) dispatch({ type: 'storage-off' });
    if (result.keptOther) {
      sayLate((all) => all.output.otherTabKept, 'top');
      refreshKept();
    }
    dispatch({ type: 'saved', raw: result.raw });
  }, [save, state]);

  // Another tab changed the profile: follow it (nothing is unsaved here: every edit is saved at once).
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key?.startsWith(KEPT_PREFIX)) return refreshKept();
      if (event.key !== STORAGE_KEY || event.newValue === latest.current.storedRaw) return;
      if (latest.current.conflict) return; // resolved against what storage holds then
      void starting().then(({ readStored, sanitiseProfile }) => {
        const current = latest.current;
        const stored = readStored(event.newValue);
        if (stored.kind !== 'ok') {
          // Cleared or unreadable there: keep what this tab has, and set the other value aside.
          if (event.newValue) keepCopy(browserStore(), event.newValue);
          refreshKept();
          return;
        }
        const follow = (d: ProfileData) => {
          dispatch({ type: 'external', state: sanitiseProfile(stored.state, d, [locale]).state, raw: event.newValue });
          sayLate((all) => all.output.otherTabApplied, 'top');
        };
        if (current.data) follow(current.data);
        else
          load(stored.state.languages)
            .then(follow)
            .catch(() => dispatch({ type: 'load-failed' }));
      });
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  /** Sets the current profile aside (before it is replaced or cleared); whether that worked. */
  const keepCurrent = (): boolean => {
    const current = latest.current.state;
    if (!current || isEmptyProfile(current)) return false;
    const key = keepCopy(browserStore(), serialiseStored(current));
    refreshKept();
    return key !== null;
  };

  const resolveConflict = async (useLink: boolean) => {
    const { loadProfile, sanitiseProfile } = await starting();
    const { conflict } = latest.current;
    if (!conflict) return;
    const store = browserStore();
    const raw = storedRaw(store);
    if (useLink) {
      // The stored profile (as it is now, perhaps changed by another tab) is set aside, not lost.
      if (raw !== null && keepCopy(store, raw)) sayLate((all) => all.output.previousKept, 'top');
      refreshKept();
      dispatch({ type: 'saved', raw });
      dispatch({ type: 'resolved', state: conflict.link.state, problems: conflict.link.problems, useLink: true });
      return;
    }
    const now = loadProfile(store);
    const d = latest.current.data;
    const chosen = now.kind === 'ok' && d ? sanitiseProfile(now.state, d, [locale]) : conflict.stored;
    dispatch({ type: 'saved', raw });
    dispatch({ type: 'resolved', state: chosen.state, problems: chosen.problems, useLink: false });
  };

  /** Before clearing: sets the profile aside; whether it was kept. */
  const keepBeforeReset = () => keepCurrent();

  const restore = async (copy: KeptCopy) => {
    const { sanitiseProfile } = await starting();
    if (!copy.state || !latest.current.data) return;
    keepCurrent();
    dispatch({ type: 'replace', state: sanitiseProfile(copy.state, latest.current.data, [locale]).state });
    deleteKept(browserStore(), copy.key);
    refreshKept();
    sayLate((all) => all.output.keptCopyRestored, 'kept');
  };

  const removeKept = (copy: KeptCopy) => {
    deleteKept(browserStore(), copy.key);
    dispatch({ type: 'confirm', confirm: null });
    refreshKept();
    sayLate((all) => all.output.keptCopyDeleted, 'kept');
  };

  const retry = () => {
    dispatch({ type: 'retry' });
    if (!latest.current.state) location.reload();
  };

  return {
    model,
    labels,
    dispatch: dispatch as (action: Action) => void,
    say,
    sayLate,
    resolveConflict,
    keepBeforeReset,
    restore,
    removeKept,
    retry,
  };
}
