import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import CompetencyPicker from './CompetencyPicker';
import { competencyName, loadAssessmentData, type AssessmentData } from './data-adapter';
import ExportTools from './ExportTools';
import { importFile } from './file-format';
import { competencyGap } from './gap';
import { formatDate, type AssessmentLabels } from './labels';
import { fill, importNotesText, importProblemText } from './messages';
import {
  newAssessment,
  uniqueName,
  withAnswer,
  withCompetencies,
  type Answer,
  type Assessment,
  type ChosenCompetency,
} from './model';
import NewAssessmentForm from './NewAssessmentForm';
import { PROFILE_PARAMS, profileStart, type ProfileStart } from './profile-link';
import RatingForm from './RatingForm';
import {
  deleteEverything,
  emptyStore,
  loadStore,
  readStore,
  saveStore,
  setAsideUnreadable,
  STORE_BACKUP_KEY,
  STORE_KEY,
  type Store,
} from './store';
import Summary from './Summary';
import { assessmentView } from './view';
import './SelfAssessment.css';

interface Props {
  locale: string;
  /** The build's data file, under the deployment base. */
  dataUrl: string;
  /** Keys of the core competencies (preselected in a new assessment). */
  coreKeys: string[];
  labels: AssessmentLabels;
}

type Notice = { kind: 'problem' | 'info'; text: string; id: number };

const now = () => new Date().toISOString();

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
 * The private self-assessment: several named, dated assessments kept in this browser only
 * (localStorage, never in the address, never sent), each rating the indicators of chosen
 * competencies at a level, with a summary, exports and an import that never overwrites.
 */
export default function SelfAssessment({ locale, dataUrl, coreKeys, labels }: Props) {
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
  const focusNext = useRef<string | null>(null);
  const storeRef = useRef(store);
  storeRef.current = store;

  const say = useCallback((text: string) => setStatus((s) => ({ text, count: s.count + 1 })), []);
  const commit = useCallback((next: Store) => {
    storeRef.current = next;
    setStore(next);
    if (canSave.current && !saveStore(next)) setStorageOff(true);
  }, []);

  useEffect(() => {
    setMounted(true);
    document.querySelectorAll<HTMLElement>('[data-self-assessment-needs-js]').forEach((note) => {
      note.hidden = true;
    });
  }, []);

  const create = useCallback((name: string, competencies: ChosenCompetency[], skipped: string[]) => {
    const current = storeRef.current;
    const assessment = newAssessment(
      newId(),
      uniqueName(
        name,
        current.assessments.map((a) => a.name),
      ),
      now(),
      competencies,
    );
    commit({ current: assessment.id, assessments: [...current.assessments, assessment] });
    setNotice(
      skipped.length > 0
        ? { kind: 'problem', text: fill(strings.profileSkipped, { items: skipped.join(', ') }), id: Date.now() }
        : null,
    );
    say(fill(strings.createdMessage, { name: assessment.name }));
    focusNext.current = '#sa-rating-title';
  }, []);

  useEffect(() => {
    let cancelled = false;
    setLoadError(false);
    loadAssessmentData(dataUrl)
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
        storeRef.current = initial;
        setStore(initial);
        setData(loaded);
        const start = profileStart(location.search, loaded);
        if (start.found) {
          forgetProfileLink();
          if (initial.assessments.length === 0 && start.competencies.length > 0) {
            create(
              start.title || fill(strings.defaultName, { date: formatDate(now(), labels.htmlLang) }),
              start.competencies,
              start.skipped,
            );
          } else if (start.competencies.length > 0) {
            setOffer(start);
            focusNext.current = '#sa-offer';
          } else
            setNotice({
              kind: 'problem',
              text: fill(strings.profileSkipped, { items: start.skipped.join(', ') }),
              id: Date.now(),
            });
        }
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
      if (read.kind === 'ok') {
        storeRef.current = read.store;
        setStore(read.store);
      } else if (read.kind === 'none') {
        storeRef.current = emptyStore();
        setStore(emptyStore());
      }
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  useEffect(() => {
    if (!focusNext.current) return;
    const target = document.querySelector<HTMLElement>(focusNext.current);
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });

  const current = store.assessments.find((a) => a.id === store.current) ?? null;

  const updateCurrent = useCallback((change: (a: Assessment) => Assessment) => {
    const s = storeRef.current;
    commit({ ...s, assessments: s.assessments.map((a) => (a.id === s.current ? change(a) : a)) });
  }, []);
  const onAnswer = useCallback(
    (id: string, change: Partial<Answer>) => updateCurrent((a) => withAnswer(a, id, change, now())),
    [],
  );

  const view = useMemo(() => (data && current ? assessmentView(current, data, locale) : []), [data, current, locale]);
  const gaps = useMemo(
    () =>
      data && current
        ? current.competencies.flatMap((c) => (c.target ? [competencyGap(data, c.key, c.level, c.target, locale)] : []))
        : [],
    [data, current?.competencies, locale],
  );

  if (loadError) {
    return (
      <div class="self-assessment">
        <p class="sa-notice sa-notice-problem" role="alert">
          {strings.loadFailed}
        </p>
        <button type="button" class="sa-button" onClick={() => setAttempt((a) => a + 1)}>
          {strings.retry}
        </button>
      </div>
    );
  }
  if (!data) {
    return (
      <div class="self-assessment" aria-busy="true" hidden={!mounted}>
        <p class="sa-hint">{strings.loading}</p>
      </div>
    );
  }

  const importChosen = async (file: File) => {
    const text = await file.text().catch(() => null);
    const s = storeRef.current;
    const result =
      text === null
        ? ({ ok: false, problem: { kind: 'not-json' } } as const)
        : importFile(text, data, { id: newId(), now: now(), takenNames: s.assessments.map((a) => a.name) });
    if (!result.ok) {
      setNotice({
        kind: 'problem',
        text: fill(strings.importRefused, { file: file.name, reason: importProblemText(result.problem, strings) }),
        id: Date.now(),
      });
      focusNext.current = '#sa-notice';
      return;
    }
    commit({ current: result.assessment.id, assessments: [...s.assessments, result.assessment] });
    const notes =
      result.notes.length > 0
        ? ` ${fill(strings.importNotes, { items: importNotesText(result.notes, labels.levelName, (key) => competencyName(data, key, locale)) })}`
        : '';
    setNotice({
      kind: 'info',
      text: `${fill(strings.imported, { file: file.name, name: result.assessment.name })}${notes}`,
      id: Date.now(),
    });
    focusNext.current = '#sa-notice';
  };

  const deleteCurrent = () => {
    if (!current) return;
    const rest = store.assessments.filter((a) => a.id !== current.id);
    commit({ current: rest[rest.length - 1]?.id ?? null, assessments: rest });
    setConfirm(null);
    say(fill(strings.deletedOne, { name: current.name }));
    focusNext.current = rest.length > 0 ? '#sa-open' : '#sa-new-name';
  };
  const deleteAll = () => {
    if (!deleteEverything() && !storageOff) setStorageOff(true);
    storeRef.current = emptyStore();
    setStore(emptyStore());
    setUnreadable(null);
    setConfirm(null);
    setNotice(null);
    canSave.current = !storageOff;
    say(strings.allDeleted);
    focusNext.current = '#sa-new-name';
  };

  const confirmBox = (question: string, yes: string, onYes: () => void, back: string) => (
    <div class="sa-confirm" role="group" aria-labelledby="sa-confirm-question">
      <p id="sa-confirm-question">{question}</p>
      <button type="button" class="sa-button sa-danger" id="sa-confirm-yes" onClick={onYes}>
        {yes}
      </button>{' '}
      <button
        type="button"
        class="sa-button-small"
        onClick={() => {
          setConfirm(null);
          focusNext.current = back;
        }}
      >
        {strings.cancel}
      </button>
    </div>
  );

  return (
    <div class="self-assessment">
      {storageOff && <p class="sa-notice no-print">{strings.storageUnavailable}</p>}
      {unreadable !== null && (
        <div class="sa-notice sa-notice-problem no-print" role="alert" data-notice="stored-corrupt">
          <p>{fill(strings.storedCorrupt, { key: STORE_BACKUP_KEY })}</p>
          <details>
            <summary>{strings.showStoredValue}</summary>
            <pre>{unreadable.slice(0, 2000)}</pre>
          </details>
          <button type="button" class="sa-button-small" onClick={() => setUnreadable(null)}>
            {strings.close}
          </button>
        </div>
      )}
      {notice && (
        <div
          class={`sa-notice no-print ${notice.kind === 'problem' ? 'sa-notice-problem' : ''}`}
          id="sa-notice"
          tabIndex={-1}
          role={notice.kind === 'problem' ? 'alert' : 'status'}
          data-notice={notice.kind}
          key={notice.id}
        >
          <p>{notice.text}</p>
          <button type="button" class="sa-button-small" onClick={() => setNotice(null)}>
            {strings.close}
          </button>
        </div>
      )}
      {offer && (
        <section class="sa-notice sa-offer no-print" id="sa-offer" tabIndex={-1} aria-labelledby="sa-offer-title">
          <h2 id="sa-offer-title">{strings.profileStartTitle}</h2>
          <p>
            {fill(strings.profileStartText, {
              competencies: offer.competencies
                .map((c) => `${competencyName(data, c.key, locale)} (${fill(labels.levelName, { level: c.level })})`)
                .join(', '),
            })}
          </p>
          <button
            type="button"
            class="sa-button"
            onClick={() => {
              setOffer(null);
              create(
                offer.title || fill(strings.defaultName, { date: formatDate(now(), labels.htmlLang) }),
                offer.competencies,
                offer.skipped,
              );
            }}
          >
            {strings.profileStartYes}
          </button>{' '}
          <button
            type="button"
            class="sa-button-small"
            onClick={() => {
              setOffer(null);
              focusNext.current = '#sa-assessments-title';
            }}
          >
            {strings.profileStartNo}
          </button>
        </section>
      )}

      <section class="sa-step sa-assessments no-print" aria-labelledby="sa-assessments-title">
        <h2 id="sa-assessments-title" tabIndex={-1}>
          {strings.assessmentsTitle}
        </h2>
        <p class="sa-hint">{strings.assessmentsIntro}</p>
        {current && (
          <div class="sa-fields">
            <div class="sa-field">
              <label for="sa-open">{strings.openLabel}</label>
              <select
                id="sa-open"
                value={current.id}
                onChange={(e) => commit({ ...store, current: e.currentTarget.value })}
              >
                {store.assessments.map((a) => {
                  const date = formatDate(a.created, labels.htmlLang);
                  // A name that already holds its date (the default name) is not dated twice.
                  return (
                    <option key={a.id} value={a.id}>
                      {a.name.includes(date) ? a.name : fill(strings.assessmentOption, { name: a.name, date })}
                    </option>
                  );
                })}
              </select>
            </div>
            <div class="sa-field">
              <label for="sa-rename">{strings.renameLabel}</label>
              <input
                type="text"
                id="sa-rename"
                maxLength={120}
                autocomplete="off"
                value={current.name}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  updateCurrent((a) => ({ ...a, name: value, updated: now() }));
                }}
              />
            </div>
          </div>
        )}
        {current && (
          <p class="sa-hint" data-dates>
            {fill(strings.dates, {
              created: formatDate(current.created, labels.htmlLang),
              updated: formatDate(current.updated, labels.htmlLang),
            })}
          </p>
        )}
        <details class="sa-new-wrap" open={store.assessments.length === 0}>
          <summary>{strings.newTitle}</summary>
          <NewAssessmentForm data={data} labels={labels} coreKeys={coreKeys} now={now} onCreate={create} />
        </details>
      </section>

      {current && (
        <>
          <CompetencyPicker
            data={data}
            labels={labels}
            locale={locale}
            chosen={current.competencies}
            partner={current.partner}
            defaultLevel={current.competencies[0]?.level ?? data.levels[0] ?? ''}
            onChange={(chosen) => updateCurrent((a) => withCompetencies(a, chosen, now()))}
            onPartner={(on) => updateCurrent((a) => ({ ...a, partner: on, updated: now() }))}
          />
          <RatingForm view={view} partner={current.partner} labels={labels} onAnswer={onAnswer} />
          <Summary assessment={current} view={view} gaps={gaps} labels={labels} onAnswer={onAnswer} />
        </>
      )}

      <ExportTools
        assessment={current}
        view={view}
        labels={labels}
        now={now}
        say={say}
        onImport={(file) => void importChosen(file)}
      />

      {(store.assessments.length > 0 || unreadable !== null || confirm !== null) && (
        <section class="sa-step sa-delete no-print" aria-label={strings.deleteAll}>
          {confirm === 'one' && current ? (
            confirmBox(
              fill(strings.deleteOneConfirm, { name: current.name }),
              strings.deleteOneYes,
              deleteCurrent,
              '#sa-delete-one',
            )
          ) : confirm === 'all' ? (
            confirmBox(strings.deleteAllConfirm, strings.deleteAllYes, deleteAll, '#sa-delete-all')
          ) : (
            <div class="sa-buttons">
              {current && (
                <button
                  type="button"
                  class="sa-button-small"
                  id="sa-delete-one"
                  onClick={() => {
                    setConfirm('one');
                    focusNext.current = '#sa-confirm-yes';
                  }}
                >
                  {strings.deleteOne}
                </button>
              )}
              <button
                type="button"
                class="sa-button-small sa-danger-outline"
                id="sa-delete-all"
                onClick={() => {
                  setConfirm('all');
                  focusNext.current = '#sa-confirm-yes';
                }}
              >
                {strings.deleteAll}
              </button>
            </div>
          )}
        </section>
      )}

      <div class="sa-status no-print" aria-live="polite" aria-atomic="true" data-status>
        {status.text && <span key={status.count}>{status.text}</span>}
      </div>
    </div>
  );
}
