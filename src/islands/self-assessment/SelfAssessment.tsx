import { useCallback, useMemo } from 'preact/hooks';
import AssessmentsPanel from './AssessmentsPanel';
import CompetencyPicker from './CompetencyPicker';
import DeletePanel from './DeletePanel';
import ExportTools from './ExportTools';
import { competencyGap } from './gap';
import type { AssessmentLabels } from './labels';
import type { Answer } from './model';
import Notices from './Notices';
import RatingForm from './RatingForm';
import Summary from './Summary';
import { now, useSelfAssessment } from './useSelfAssessment';
import { assessmentView } from './view';
import '../../styles/buttons.css';
import './SelfAssessment.css';

interface Props {
  locale: string;
  /** The deployment base, where `profile-data/<locale>.json` is published. */
  dataBase: string;
  /** Keys of the core competencies (preselected in a new assessment). */
  coreKeys: string[];
  labels: AssessmentLabels;
}

/**
 * The private self-assessment: several named, dated assessments kept in this browser only
 * (localStorage, never in the address, never sent), each rating the indicators of chosen
 * competencies at a level, with a summary, exports and an import that never overwrites.
 */
export default function SelfAssessment({ locale, dataBase, coreKeys, labels }: Props) {
  const { strings } = labels;
  const sa = useSelfAssessment(locale, dataBase, labels);
  const { data, current, change } = sa;

  // Stable, so that the rows of the form keep their identity between renders.
  const onAnswer = useCallback(
    (id: string, answer: Partial<Answer>) => change({ type: 'answer', id, change: answer, at: now() }),
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

  if (sa.loadError) {
    return (
      <div class="self-assessment">
        <p class="sa-notice sa-notice-problem" role="alert">
          {strings.loadFailed}
        </p>
        <button type="button" class="button button--primary sa-button-regular" onClick={sa.retry}>
          {strings.retry}
        </button>
      </div>
    );
  }
  if (!data) {
    return (
      <div class="self-assessment" aria-busy="true" hidden={!sa.mounted}>
        <p class="sa-hint">{strings.loading}</p>
      </div>
    );
  }

  return (
    <div class="self-assessment">
      <Notices
        data={data}
        locale={locale}
        labels={labels}
        storageOff={sa.storageOff}
        unreadable={sa.unreadable}
        onDismissUnreadable={sa.dismissUnreadable}
        notice={sa.notice}
        onDismissNotice={sa.dismissNotice}
        offer={sa.offer}
        onAcceptOffer={sa.acceptOffer}
        onDeclineOffer={sa.declineOffer}
      />

      <AssessmentsPanel
        data={data}
        labels={labels}
        coreKeys={coreKeys}
        store={sa.store}
        current={current}
        now={now}
        onChange={change}
        onCreate={sa.create}
      />

      {current && (
        <>
          <CompetencyPicker
            data={data}
            labels={labels}
            locale={locale}
            chosen={current.competencies}
            partner={current.partner}
            defaultLevel={current.competencies[0]?.level ?? data.levels[0] ?? ''}
            onChange={(chosen) => change({ type: 'competencies', competencies: chosen, at: now() })}
            onPartner={(on) => change({ type: 'partner', on, at: now() })}
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
        say={sa.say}
        onImport={(file) => void sa.importChosen(file)}
      />

      {(sa.store.assessments.length > 0 || sa.unreadable !== null || sa.confirm !== null) && (
        <DeletePanel
          labels={labels}
          current={current}
          confirm={sa.confirm}
          onAsk={sa.askConfirm}
          onCancel={sa.cancelConfirm}
          onDeleteCurrent={sa.deleteCurrent}
          onDeleteAll={sa.deleteAll}
        />
      )}

      <div class="sa-status no-print" aria-live="polite" aria-atomic="true" data-status>
        {sa.status.text && <span key={sa.status.count}>{sa.status.text}</span>}
      </div>
    </div>
  );
}
