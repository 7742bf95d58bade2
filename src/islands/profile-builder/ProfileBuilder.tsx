import { useEffect, useState } from 'preact/hooks';
import { useFocusAfterRender } from '../shared/use-focus-after-render';
import { fill } from '../../lib/profile/fill';
import type { ProfileIndex } from '../../lib/profile/index-data';
import { encodeProfileQuery } from '../../lib/profile/codec';
import { isEmptyProfile, type ProfileState } from '../../lib/profile/state';
import AreaChoices, { areaRole } from './AreaChoices';
import CompetencyChoices from './CompetencyChoices';
import { useModule } from './lazy';
import Preview from './Preview';
import ProfileFields from './ProfileFields';
import StatusMessage from './StatusMessage';
import type { Edit } from './store';
import type { EarlyLabels } from './types';
import { useBuilder } from './useBuilder';
import '../../styles/buttons.css';
import './ProfileBuilder.css';

interface Props {
  locale: string;
  /** Languages, levels, competencies and result areas in the page's language (the texts load later). */
  index: ProfileIndex;
  /** The deployment base, where `profile-data/<locale>.json` is published. */
  dataBase: string;
  /** This page's absolute address on the site (Astro's `site` and base): the share link's start. */
  pageUrl: string;
  /** The assessment grid page, under the base. */
  gridPath: string;
  labels: EarlyLabels;
}

type CopyFallbackModule = typeof import('../copy-tools/CopyFallback');

/**
 * The job-profile builder: competencies at a level (optionally only some indicators), result
 * areas, a title and the language(s); the text copied, downloaded, printed, shared, or made into
 * an assessment grid. The profile lives in the address (to share) and in localStorage (to keep).
 * State and its effects: store.ts and useBuilder.ts; each panel is its own component.
 */
export default function ProfileBuilder({ locale, index, dataBase, pageUrl, gridPath, labels }: Props) {
  const { builder } = labels;
  const {
    model,
    labels: full,
    dispatch,
    say,
    sayLate,
    resolveConflict,
    keepBeforeReset,
    restore,
    removeKept,
    retry,
  } = useBuilder(locale, dataBase, labels);
  const [fallback, setFallback] = useState<{ text: string; from: HTMLElement; view: CopyFallbackModule } | null>(null);
  const focusNext = useFocusAfterRender();
  const [mounted, setMounted] = useState(false);

  // Without JavaScript the page says the builder needs it; with it, that note goes.
  useEffect(() => {
    setMounted(true);
    document.querySelectorAll<HTMLElement>('[data-builder-needs-js]').forEach((note) => {
      note.hidden = true;
    });
  }, []);
  useEffect(() => {
    if (model.conflict) focusNext.current = '#conflict';
  }, [model.conflict]);

  const hasProblems = Boolean(
    model.conflict || model.corrupt || model.storageOff || model.linkProblems.length || model.storedProblems.length,
  );
  // The later panels, each with its code and the late strings.
  const panels = useModule(
    () => import('./panels'),
    Boolean(hasProblems || model.kept.length > 0 || (model.state && !isEmptyProfile(model.state))),
  );

  const nameOf = (kind: 'competency' | 'function', key: string) =>
    kind === 'competency'
      ? (index.competencies.find((c) => c.key === key)?.name ?? key)
      : (index.functions.find((f) => f.key === key)?.title ?? key);
  const summary = (s: ProfileState) =>
    fill(full?.builder.profileSummary ?? '', {
      title: s.title ? `‘${s.title}’` : (full?.builder.untitled ?? ''),
      competencies: s.competencies.map((c) => `${nameOf('competency', c.key)} (${c.level})`).join(', ') || '0',
      areas: String(s.areas.length),
    });
  const htmlLang = index.locales.find((l) => l.code === locale)?.htmlLang ?? locale;

  if (model.loadError) {
    return (
      <div class="profile-builder">
        <p class="builder-notice builder-notice-problem" role="alert">
          {builder.loadFailed}
        </p>
        <button type="button" class="button" onClick={retry}>
          {builder.retry}
        </button>
      </div>
    );
  }
  const notices = panels && full && (
    <panels.Notices
      model={model}
      labels={full}
      nameOf={nameOf}
      dismiss={(notice) => dispatch({ type: 'dismiss', notice })}
    />
  );
  if (model.conflict) {
    if (!panels || !full) return <div class="profile-builder" aria-busy="true" />;
    return (
      <div class="profile-builder">
        {notices}
        <panels.ConflictDialog
          link={model.conflict.link}
          stored={model.conflict.stored}
          labels={full}
          nameOf={nameOf}
          choose={(useLink) => {
            focusNext.current = '#profile-title';
            void resolveConflict(useLink);
          }}
        />
      </div>
    );
  }
  const { state, data, status } = model;
  if (!state) {
    return (
      <div class="profile-builder" aria-busy="true" hidden={!mounted}>
        <p class="builder-hint">{builder.loading}</p>
      </div>
    );
  }

  const edit = (change: Edit) => {
    dispatch(change);
    const competency = (key: string) => nameOf('competency', key);
    switch (change.type) {
      case 'add':
        say(fill(builder.itemAdded, { name: competency(change.key), level: change.level }), 'competencies');
        focusNext.current = `#item-${change.key}-name`;
        break;
      case 'level':
        sayLate(
          (all) =>
            fill(all.builder.itemLevel, {
              name: competency(state.competencies[change.index]?.key ?? ''),
              level: change.level,
            }),
          'competencies',
        );
        break;
      case 'remove':
        sayLate((all) => fill(all.builder.itemRemoved, { name: competency(change.key) }), 'competencies');
        focusNext.current = '#builder-competencies';
        break;
      case 'move': {
        const list = change.list === 'areas' ? state.areas : state.competencies;
        const item = list[change.index];
        if (!item) break;
        const to = Math.max(0, Math.min(list.length - 1, change.index + change.offset));
        const name = 'key' in item ? competency(item.key) : areaRole(index, item.fn, item.area);
        sayLate((all) => fill(all.builder.itemMoved, { name, position: String(to + 1) }), change.list);
        const id = 'key' in item ? `#item-${item.key}` : `#area-${item.fn}-${item.area}`;
        // Keep focus on the moved item; at an end, on the button that still works.
        const atEnd = to === 0 || to === list.length - 1;
        const direction =
          change.offset < 0 ? (to === 0 && atEnd ? 'down' : 'up') : to === list.length - 1 && atEnd ? 'up' : 'down';
        focusNext.current = `${id} [data-action="${direction}"]`;
        break;
      }
      case 'area':
        if (change.on) say(fill(builder.areaAdded, { name: areaRole(index, change.fn, change.area) }), 'areas');
        else
          sayLate((all) => fill(all.builder.itemRemoved, { name: areaRole(index, change.fn, change.area) }), 'areas');
        break;
      case 'reset':
        focusNext.current = '#profile-title';
        break;
    }
  };

  const query = encodeProfileQuery(state);
  const shareUrl = `${pageUrl}${query ? `?${query}` : ''}`;
  const empty = state.competencies.length === 0 && state.areas.length === 0;
  const meta = { url: shareUrl, date: new Date() };

  return (
    <div class="profile-builder">
      {notices}
      <StatusMessage status={status} at="top" />
      <div class="builder-layout">
        <div class="builder-controls no-print">
          <ProfileFields index={index} labels={labels} state={state} edit={edit} />
          <CompetencyChoices
            index={index}
            data={data}
            locale={locale}
            labels={labels}
            full={full}
            panels={panels}
            chosen={state.competencies}
            confirm={model.confirm}
            edit={edit}
            setConfirm={(confirm) => {
              if (!confirm && model.confirm?.kind === 'remove')
                focusNext.current = `#item-${model.confirm.key} [data-action="remove"]`;
              dispatch({ type: 'confirm', confirm });
            }}
          />
          <StatusMessage status={status} at="competencies" />
          <AreaChoices index={index} labels={labels} full={full} panels={panels} chosen={state.areas} edit={edit} />
          <StatusMessage status={status} at="areas" />
          {panels && full ? (
            <panels.ResetProfile
              labels={full}
              canReset={!isEmptyProfile(state)}
              confirming={model.confirm?.kind === 'reset'}
              status={status}
              ask={(on) => {
                if (!on) focusNext.current = '#reset-profile';
                dispatch({ type: 'confirm', confirm: on ? { kind: 'reset' } : null });
              }}
              reset={() => {
                const kept = keepBeforeReset();
                edit({ type: 'reset' });
                say(
                  kept ? `${full.builder.profileCleared} ${full.output.previousKept}` : full.builder.profileCleared,
                  'reset',
                );
              }}
            />
          ) : (
            <StatusMessage status={status} at="reset" />
          )}
          {panels && full ? (
            <panels.KeptCopies
              kept={model.kept}
              labels={full}
              htmlLang={htmlLang}
              confirm={model.confirm}
              status={status}
              summary={summary}
              restore={(copy) => {
                focusNext.current = '#profile-title';
                void restore(copy);
              }}
              remove={(copy) => {
                focusNext.current = '#builder-kept';
                removeKept(copy);
              }}
              setConfirm={(confirm) => dispatch({ type: 'confirm', confirm })}
            />
          ) : (
            <StatusMessage status={status} at="kept" />
          )}
        </div>

        <div class="builder-output">
          {!empty && data && panels && full && (
            <panels.ExportPanel
              state={state}
              data={data}
              labels={full}
              shareUrl={shareUrl}
              gridUrl={`${gridPath}${query ? `?${query}` : ''}`}
              status={status}
              say={(text) => say(text, 'export')}
              manual={(text, from) =>
                void import('../copy-tools/CopyFallback').then((view) => setFallback({ text, from, view }))
              }
            />
          )}
          {fallback && full && (
            <fallback.view.default
              text={fallback.text}
              message={full.builder.copyFallback}
              label={full.builder.copyFallbackLabel}
              closeLabel={full.builder.close}
              onClose={() => {
                fallback.from.focus();
                setFallback(null);
              }}
            />
          )}
          <Preview state={state} data={data} labels={labels} meta={meta} empty={empty} />
        </div>
      </div>
    </div>
  );
}
