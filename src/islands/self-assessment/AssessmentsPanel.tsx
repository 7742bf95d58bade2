import type { AssessmentAction } from './assessments';
import type { AssessmentData } from './data-adapter';
import { formatDate, type AssessmentLabels } from './labels';
import { fill } from './messages';
import type { Assessment, ChosenCompetency } from './model';
import NewAssessmentForm from './NewAssessmentForm';
import type { Store } from './store';

interface Props {
  data: AssessmentData;
  labels: AssessmentLabels;
  coreKeys: string[];
  store: Store;
  current: Assessment | null;
  now: () => string;
  onChange: (action: AssessmentAction) => void;
  onCreate: (name: string, competencies: ChosenCompetency[], skipped: string[]) => void;
}

/** The kept assessments: which one is open, its name and dates, and a new one. */
export default function AssessmentsPanel({ data, labels, coreKeys, store, current, now, onChange, onCreate }: Props) {
  const { strings, htmlLang } = labels;
  return (
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
              onChange={(e) => onChange({ type: 'open', id: e.currentTarget.value })}
            >
              {store.assessments.map((a) => {
                const date = formatDate(a.created, htmlLang);
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
              onInput={(e) => onChange({ type: 'rename', name: e.currentTarget.value, at: now() })}
            />
          </div>
        </div>
      )}
      {current && (
        <p class="sa-hint" data-dates>
          {fill(strings.dates, {
            created: formatDate(current.created, htmlLang),
            updated: formatDate(current.updated, htmlLang),
          })}
        </p>
      )}
      <details class="sa-new-wrap" open={store.assessments.length === 0}>
        <summary>{strings.newTitle}</summary>
        <NewAssessmentForm data={data} labels={labels} coreKeys={coreKeys} now={now} onCreate={onCreate} />
      </details>
    </section>
  );
}
