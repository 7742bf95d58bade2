import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BACKUP_KEY, STORAGE_KEY, encodeProfileQuery, readStored, sanitiseProfile, type ProfileProblem } from '../../lib/profile/codec';
import type { ProfileData } from '../../lib/profile/data';
import { inLocale } from '../../lib/profile/data';
import { buildProfileDocument, fill, type ProfileDocument } from '../../lib/profile/document';
import { profileToHtml } from '../../lib/profile/format/html';
import { describeProblem } from '../../lib/profile/messages';
import { planStart, type Checked } from '../../lib/profile/start';
import {
  emptyProfile,
  isEmptyProfile,
  moved,
  withArea,
  withCompetency,
  withoutArea,
  type ProfileState,
} from '../../lib/profile/state';
import { loadProfile, saveProfile, setAsideUnreadable } from '../../lib/profile/storage';
import CopyFallback from '../copy-tools/CopyFallback';
import AreaChoices from './AreaChoices';
import CompetencyChoices from './CompetencyChoices';
import ExportPanel from './ExportPanel';
import type { BuilderLabels } from './types';
import './ProfileBuilder.css';

interface Props {
  locale: string;
  /** The build's profile-data.json, under the deployment base. */
  dataUrl: string;
  labels: BuilderLabels;
}

type Conflict = { link: Checked; stored: Checked };

/** Moves the lang-switch links along, so the profile stays when the language changes. */
function writeUrl(state: ProfileState): string {
  const query = encodeProfileQuery(state);
  const search = query ? `?${query}` : '';
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]').forEach((link) => {
    const url = new URL(link.href, location.href);
    url.search = search;
    link.href = url.href;
  });
  return `${location.origin}${location.pathname}${search}`;
}

/**
 * The job-profile builder: competencies at a level (optionally only some indicators), result
 * areas, a title and the language(s); the text as plain text, Markdown, formatted HTML, .docx,
 * CSV and print. The profile lives in the URL (to share) and in localStorage (to keep).
 */
export default function ProfileBuilder({ locale, dataUrl, labels }: Props) {
  const { builder } = labels;
  const [data, setData] = useState<ProfileData | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ProfileState | null>(null);
  const [shareUrl, setShareUrl] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [linkProblems, setLinkProblems] = useState<ProfileProblem[]>([]);
  const [storedProblems, setStoredProblems] = useState<ProfileProblem[]>([]);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [storageOff, setStorageOff] = useState(false);
  const [status, setStatus] = useState({ text: '', count: 0 });
  const [fallback, setFallback] = useState<{ text: string; from: HTMLElement } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [mounted, setMounted] = useState(false);
  const focusNext = useRef<string | null>(null);
  const canSave = useRef(true);

  const say = (text: string) => setStatus((s) => ({ text, count: s.count + 1 }));

  const apply = (next: ProfileState, save = true) => {
    setState(next);
    setShareUrl(writeUrl(next));
    if (save && canSave.current && !saveProfile(next)) setStorageOff(true);
  };

  // Without JavaScript the page says the builder needs it; with it, that note goes.
  useEffect(() => {
    setMounted(true);
    document.querySelectorAll<HTMLElement>('[data-builder-needs-js]').forEach((note) => {
      note.hidden = true;
    });
  }, []);

  useEffect(() => {
    let cancelled = false;
    setLoadError(false);
    fetch(dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<ProfileData>;
      })
      .then((loaded) => {
        if (cancelled) return;
        const stored = loadProfile();
        if (stored.kind === 'unavailable') {
          setStorageOff(true);
          canSave.current = false;
        }
        if (stored.kind === 'corrupt') {
          setUnreadable(stored.raw);
          // Set the unreadable value aside before anything may be saved over it.
          canSave.current = setAsideUnreadable(stored.raw);
          if (!canSave.current) setStorageOff(true);
        }
        const plan = planStart(location.search, stored, loaded, locale);
        setData(loaded);
        if (plan.kind === 'conflict') {
          setConflict({ link: plan.link, stored: plan.stored });
          focusNext.current = '#conflict';
          return;
        }
        setLinkProblems(plan.linkProblems);
        setStoredProblems(plan.storedProblems);
        apply(plan.state, plan.save);
      })
      .catch(() => {
        if (!cancelled) setLoadError(true);
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  // The profile changed in another tab (e.g. "add to profile" on a competency page): follow it.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY || !data || conflict) return;
      const stored = readStored(event.newValue);
      if (stored.kind !== 'ok') return;
      apply(sanitiseProfile(stored.state, data, [locale]).state, false);
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, [data, conflict]);

  useEffect(() => {
    if (!focusNext.current) return;
    // An effect of an earlier render may run before the element is there: keep the wish until it is.
    const target = document.querySelector<HTMLElement>(focusNext.current);
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });

  const doc: ProfileDocument | null = useMemo(() => (data && state ? buildProfileDocument(state, data) : null), [data, state]);

  if (loadError) {
    return (
      <div class="profile-builder">
        <p class="notice notice-problem" role="alert">{builder.loadFailed}</p>
        <button type="button" class="button" onClick={() => setAttempt((a) => a + 1)}>{builder.retry}</button>
      </div>
    );
  }
  if (!data) {
    return (
      <div class="profile-builder" aria-busy="true" hidden={!mounted}>
        <p class="hint">{builder.loading}</p>
      </div>
    );
  }

  const competencyName = (key: string) => inLocale(data.competencies.find((c) => c.key === key)?.name, locale, data.locales);
  const nameOf = (kind: 'competency' | 'function', key: string) =>
    kind === 'competency' ? competencyName(key) : inLocale(data.functions.find((f) => f.key === key)?.title, locale, data.locales);
  const summary = (s: ProfileState) =>
    fill(builder.profileSummary, {
      title: s.title ? `‘${s.title}’` : builder.untitled,
      competencies: s.competencies.map((c) => `${competencyName(c.key)} (${c.level})`).join(', ') || '0',
      areas: String(s.areas.length),
    });
  const problemList = (problems: ProfileProblem[]) => (
    <ul>{problems.map((p, i) => <li key={i}>{describeProblem(p, builder, nameOf)}</li>)}</ul>
  );

  const notices = (
    <>
      {storageOff && <p class="notice">{builder.storageUnavailable}</p>}
      {unreadable !== null && (
        <div class="notice notice-problem" role="alert" data-notice="stored-corrupt">
          <p>{fill(builder.storedCorrupt, { key: BACKUP_KEY })}</p>
          <details>
            <summary>{builder.showStoredValue}</summary>
            <pre>{unreadable.slice(0, 2000)}</pre>
          </details>
          <button type="button" class="button-small" onClick={() => setUnreadable(null)}>{builder.close}</button>
        </div>
      )}
      {linkProblems.length > 0 && (
        <div class="notice notice-problem" role="alert" data-notice="link">
          <p>{builder.linkProblems}</p>
          {problemList(linkProblems)}
          <button type="button" class="button-small" onClick={() => setLinkProblems([])}>{builder.close}</button>
        </div>
      )}
      {storedProblems.length > 0 && (
        <div class="notice notice-problem" role="alert" data-notice="stored">
          <p>{builder.storedProblems}</p>
          {problemList(storedProblems)}
          <button type="button" class="button-small" onClick={() => setStoredProblems([])}>{builder.close}</button>
        </div>
      )}
    </>
  );

  const statusRegion = (
    <div class="builder-status" aria-live="polite" aria-atomic="true" data-builder-status>
      {status.text && <span key={status.count}>{status.text}</span>}
    </div>
  );

  if (conflict) {
    const choose = (useLink: boolean) => {
      const chosen = useLink ? conflict.link : conflict.stored;
      setConflict(null);
      if (useLink) setLinkProblems(conflict.link.problems);
      else setStoredProblems(conflict.stored.problems);
      focusNext.current = '#profile-title';
      apply(chosen.state, useLink);
    };
    return (
      <div class="profile-builder">
        {notices}
        <section class="notice conflict" id="conflict" tabIndex={-1} role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-text">
          <h2 id="conflict-title">{builder.conflictTitle}</h2>
          <p id="conflict-text">{builder.conflictText}</p>
          <ul>
            <li>{fill(builder.conflictLink, { summary: summary(conflict.link.state) })}</li>
            <li>{fill(builder.conflictStored, { summary: summary(conflict.stored.state) })}</li>
          </ul>
          {conflict.link.problems.length > 0 && (
            <>
              <p>{builder.linkProblems}</p>
              {problemList(conflict.link.problems)}
            </>
          )}
          <div class="conflict-actions">
            <button type="button" class="button" onClick={() => choose(true)}>{builder.useLinkProfile}</button>
            <button type="button" class="button" onClick={() => choose(false)}>{builder.keepStoredProfile}</button>
          </div>
        </section>
        {statusRegion}
      </div>
    );
  }
  if (!state || !doc) return null;

  const setCompetencies = (competencies: ProfileState['competencies'], message?: string, focus?: string) => {
    apply({ ...state, competencies });
    if (message) say(message);
    if (focus) focusNext.current = focus;
  };
  const moveCompetency = (index: number, offset: number) => {
    const item = state.competencies[index];
    if (!item) return;
    const next = moved(state.competencies, index, offset);
    setCompetencies(next, fill(builder.itemMoved, { name: competencyName(item.key), position: String(next.indexOf(item) + 1) }), `#item-${item.key} [data-action="${offset < 0 ? 'up' : 'down'}"]`);
  };
  const areaRole = (fn: string, area: string) =>
    inLocale(data.functions.find((f) => f.key === fn)?.areas.find((a) => a.key === area)?.role, locale, data.locales);
  const allLanguages = data.locales.length > 1 && data.locales.every((l) => state.languages.includes(l));
  const languageOptions = [
    ...data.locales.map((l) => ({ value: [l], label: data.labels[l]?.nativeName ?? l, checked: !allLanguages && state.languages[0] === l, lang: data.labels[l]?.htmlLang })),
    ...(data.locales.length > 1 ? [{ value: [...data.locales], label: builder.allLanguages, checked: allLanguages, lang: undefined }] : []),
  ];
  const empty = doc.competencies.length === 0 && doc.areas.length === 0;

  return (
    <div class="profile-builder">
      {notices}
      <div class="builder-layout">
        <div class="builder-controls no-print">
          <div class="builder-step">
            <label class="field-label" for="profile-title">{builder.titleLabel}</label>
            <p id="profile-title-hint" class="hint">{builder.titleHint}</p>
            <input
              id="profile-title"
              type="text"
              maxLength={200}
              autocomplete="off"
              value={state.title}
              aria-describedby="profile-title-hint"
              onInput={(e) => apply({ ...state, title: e.currentTarget.value })}
            />
          </div>

          <CompetencyChoices
            data={data}
            locale={locale}
            labels={labels}
            chosen={state.competencies}
            onAdd={(key, level) =>
              setCompetencies(withCompetency(state, key, level).competencies, fill(builder.itemAdded, { name: competencyName(key), level }), `#item-${key}-name`)}
            onLevel={(index, level) => {
              const item = state.competencies[index]!;
              setCompetencies(state.competencies.map((c, i) => (i === index ? { key: c.key, level } : c)), fill(builder.itemLevel, { name: competencyName(item.key), level }));
            }}
            onMove={moveCompetency}
            onRemove={(index) => {
              const item = state.competencies[index]!;
              setCompetencies(state.competencies.filter((_, i) => i !== index), fill(builder.itemRemoved, { name: competencyName(item.key) }), '#builder-competencies');
            }}
            onIndicators={(index, indicators) =>
              setCompetencies(state.competencies.map((c, i) => (i === index ? (indicators ? { key: c.key, level: c.level, indicators } : { key: c.key, level: c.level }) : c)))}
          />

          <AreaChoices
            data={data}
            locale={locale}
            labels={labels}
            chosen={state.areas}
            onToggle={(fn, area, on) => {
              apply(on ? withArea(state, fn, area) : withoutArea(state, fn, area));
              say(fill(on ? builder.areaAdded : builder.itemRemoved, { name: areaRole(fn, area) }));
            }}
            onMove={(index, offset) => {
              const item = state.areas[index];
              if (!item) return;
              const next = moved(state.areas, index, offset);
              apply({ ...state, areas: next });
              say(fill(builder.itemMoved, { name: areaRole(item.fn, item.area), position: String(next.indexOf(item) + 1) }));
              focusNext.current = `#area-${item.fn}-${item.area} [data-action="${offset < 0 ? 'up' : 'down'}"]`;
            }}
          />

          <fieldset class="builder-step languages">
            <legend>{builder.languageTitle}</legend>
            {languageOptions.map((option) => (
              <label key={option.value.join(',')} class="language-option">
                <input
                  type="radio"
                  name="profile-language"
                  value={option.value.join(',')}
                  checked={option.checked}
                  onChange={() => apply({ ...state, languages: option.value })}
                />
                <span lang={option.lang}>{option.label}</span>
              </label>
            ))}
          </fieldset>

          {!isEmptyProfile(state) && (
            <div class="builder-step reset">
              {confirmReset ? (
                <div role="group" aria-labelledby="reset-question">
                  <p id="reset-question">{builder.resetConfirm}</p>
                  <button
                    type="button"
                    class="button"
                    onClick={() => {
                      setConfirmReset(false);
                      apply(emptyProfile(state.languages));
                      say(builder.profileCleared);
                      focusNext.current = '#profile-title';
                    }}
                  >
                    {builder.resetYes}
                  </button>{' '}
                  <button type="button" class="button" onClick={() => { setConfirmReset(false); focusNext.current = '#reset-profile'; }}>{builder.cancel}</button>
                </div>
              ) : (
                <button
                  type="button"
                  class="button-small"
                  id="reset-profile"
                  onClick={() => {
                    setConfirmReset(true);
                    focusNext.current = '#reset-question + button';
                  }}
                >
                  {builder.resetProfile}
                </button>
              )}
            </div>
          )}
        </div>

        <div class="builder-output">
          {!empty && (
            <ExportPanel doc={doc} labels={labels} shareUrl={shareUrl} say={say} manual={(text, from) => setFallback({ text, from })} />
          )}
          {fallback && (
            <CopyFallback
              text={fallback.text}
              message={builder.copyFallback}
              label={builder.copyFallbackLabel}
              closeLabel={builder.close}
              onClose={() => {
                fallback.from.focus();
                setFallback(null);
              }}
            />
          )}
          <section class="profile-preview" aria-labelledby="builder-preview">
            <h2 id="builder-preview" class="no-print">{builder.previewTitle}</h2>
            {empty && !doc.title ? (
              <p class="hint no-print">{builder.previewEmpty}</p>
            ) : (
              <div class="profile-document" dangerouslySetInnerHTML={{ __html: profileToHtml(doc, { headingLevel: doc.title ? 3 : 2 }) }} />
            )}
            {empty && doc.title && <p class="hint no-print">{builder.previewEmpty}</p>}
          </section>
        </div>
      </div>
      {statusRegion}
    </div>
  );
}
