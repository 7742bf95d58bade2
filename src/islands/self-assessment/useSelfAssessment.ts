import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useFocusAfterRender } from '../shared/use-focus-after-render';
import { assessmentsReducer, currentAssessment, type AssessmentAction } from './assessments';
import { competencyName, loadAssessmentData, type AssessmentData } from './data-adapter';
import { importFile } from './file-format';
import { formatDate, type AssessmentLabels } from './labels';
import { fill, importNotesText, importProblemText } from './messages';
import type { ChosenCompetency } from './model';
import { PROFILE_PARAMS, profileStart, type ProfileStart } from './profile-link';
import {
  deleteEverything,
  emptyStore,
  loadStore,
  readStore,
  saveStore,
  setAsideUnreadable,
  STORE_KEY,
  type Store,
} from './store';

export type Notice = { kind: 'problem' | 'info'; text: string; id: number };

export const now = () => new Date().toISOString();

/** A random id that needs no secure context (ids only tell assessments apart). */
function newId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `sa-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Removes the profile link's parameters from the address once read: a reload does not offer it again. */
function forgetProfileLink(): void {
  const url = new URL(location.href);
  for (const name of PROFILE_PARAMS) url.searchParams.delete(name);
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

/**
 * The self-assessment's state with its side effects: loading the build data, the start (stored
 * assessments, an unreadable value set aside, a profile link), saving every change (unless
 * storage is off), following other tabs, the import, deleting, the messages and where the focus
 * goes after a change. The changes themselves are the pure reducer of `assessments.ts`.
 */
export function useSelfAssessment(locale: string, dataBase: string, labels: AssessmentLabels) {
  const { strings } = labels;
  const [data, setData] = useState<AssessmentData | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [store, setStore] = useState<Store>(emptyStore);
  const [storageOff, setStorageOff] = useState(false);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [offer, setOffer] = useState<ProfileStart | null>(null);
  const [confirm, setConfirm] = useState<'one' | 'all' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [status, setStatus] = useState({ text: '', count: 0 });
  const [mounted, setMounted] = useState(false);
  const canSave = useRef(true);
  /** A selector to focus after the next render (the control that answers the user's action). */
  const focusNext = useFocusAfterRender();
  const storeRef = useRef(store);
  storeRef.current = store;

  const say = useCallback((text: string) => setStatus((s) => ({ text, count: s.count + 1 })), []);
  /** Shows a store that is already saved (or comes from storage). */
  const show = (next: Store) => {
    storeRef.current = next;
    setStore(next);
  };
  const change = useCallback((action: AssessmentAction): Store => {
    const next = assessmentsReducer(storeRef.current, action);
    show(next);
    if (canSave.current && !saveStore(next)) setStorageOff(true);
    return next;
  }, []);
  const focusAfter = (selector: string) => {
    focusNext.current = selector;
  };

  useEffect(() => {
    setMounted(true);
    document.querySelectorAll<HTMLElement>('[data-self-assessment-needs-js]').forEach((note) => {
      note.hidden = true;
    });
  }, []);

  const create = useCallback((name: string, competencies: ChosenCompetency[], skipped: string[]) => {
    const next = change({ type: 'create', id: newId(), name, at: now(), competencies });
    setNotice(
      skipped.length > 0
        ? { kind: 'problem', text: fill(strings.profileSkipped, { items: skipped.join(', ') }), id: Date.now() }
        : null,
    );
    say(fill(strings.createdMessage, { name: currentAssessment(next)?.name ?? name }));
    focusAfter('#sa-rating-title');
  }, []);
  const createFromProfile = (start: ProfileStart) =>
    create(
      start.title || fill(strings.defaultName, { date: formatDate(now(), labels.htmlLang) }),
      start.competencies,
      start.skipped,
    );

  useEffect(() => {
    let cancelled = false;
    setLoadError(false);
    loadAssessmentData(dataBase, locale)
      .then((loaded) => {
        if (cancelled) return;
        const stored = loadStore();
        let initial = emptyStore();
        if (stored.kind === 'unavailable') {
          setStorageOff(true);
          canSave.current = false;
        } else if (stored.kind === 'corrupt') {
          setUnreadable(stored.raw);
          // Set the unreadable value aside before anything may be saved over it.
          canSave.current = setAsideUnreadable(stored.raw);
          if (!canSave.current) setStorageOff(true);
        } else if (stored.kind === 'ok') initial = stored.store;
        show(initial);
        setData(loaded);
        const start = profileStart(location.search, loaded);
        if (!start.found) return;
        forgetProfileLink();
        if (initial.assessments.length === 0 && start.competencies.length > 0) createFromProfile(start);
        else if (start.competencies.length > 0) {
          setOffer(start);
          focusAfter('#sa-offer');
        } else
          setNotice({
            kind: 'problem',
            text: fill(strings.profileSkipped, { items: start.skipped.join(', ') }),
            id: Date.now(),
          });
      })
      .catch(() => {
        if (!cancelled) setLoadError(true);
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  // Another tab of this site changed the assessments: follow it.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORE_KEY) return;
      const read = readStore(event.newValue);
      if (read.kind === 'ok') show(read.store);
      else if (read.kind === 'none') show(emptyStore());
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  const current = currentAssessment(store);

  const importChosen = async (file: File) => {
    if (!data) return;
    const text = await file.text().catch(() => null);
    const result =
      text === null
        ? ({ ok: false, problem: { kind: 'not-json' } } as const)
        : importFile(text, data, {
            id: newId(),
            now: now(),
            takenNames: storeRef.current.assessments.map((a) => a.name),
          });
    focusAfter('#sa-notice');
    if (!result.ok) {
      setNotice({
        kind: 'problem',
        text: fill(strings.importRefused, { file: file.name, reason: importProblemText(result.problem, strings) }),
        id: Date.now(),
      });
      return;
    }
    change({ type: 'add', assessment: result.assessment });
    const notes =
      result.notes.length > 0
        ? ` ${fill(strings.importNotes, { items: importNotesText(result.notes, labels.levelName, (key) => competencyName(data, key, locale)) })}`
        : '';
    setNotice({
      kind: 'info',
      text: `${fill(strings.imported, { file: file.name, name: result.assessment.name })}${notes}`,
      id: Date.now(),
    });
  };

  const deleteCurrent = () => {
    if (!current) return;
    const rest = change({ type: 'delete-current' });
    setConfirm(null);
    say(fill(strings.deletedOne, { name: current.name }));
    focusAfter(rest.assessments.length > 0 ? '#sa-open' : '#sa-new-name');
  };
  const deleteAll = () => {
    if (!deleteEverything() && !storageOff) setStorageOff(true);
    show(emptyStore());
    setUnreadable(null);
    setConfirm(null);
    setNotice(null);
    canSave.current = !storageOff;
    say(strings.allDeleted);
    focusAfter('#sa-new-name');
  };

  return {
    data,
    loadError,
    retry: () => setAttempt((a) => a + 1),
    mounted,
    store,
    current,
    change,
    storageOff,
    unreadable,
    dismissUnreadable: () => setUnreadable(null),
    notice,
    dismissNotice: () => setNotice(null),
    offer,
    acceptOffer: () => {
      if (!offer) return;
      setOffer(null);
      createFromProfile(offer);
    },
    declineOffer: () => {
      setOffer(null);
      focusAfter('#sa-assessments-title');
    },
    confirm,
    askConfirm: (what: 'one' | 'all') => {
      setConfirm(what);
      focusAfter('#sa-confirm-yes');
    },
    cancelConfirm: (back: string) => {
      setConfirm(null);
      focusAfter(back);
    },
    status,
    say,
    create,
    importChosen,
    deleteCurrent,
    deleteAll,
  };
}
