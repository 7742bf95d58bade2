import { memo } from 'preact/compat';
import type { AssessmentLabels } from './labels';
import { ratingLabel } from './labels';
import { fill } from './messages';
import { MAX_NOTE_LENGTH, RATINGS, type Answer, type Rating } from './model';
import type { CompetencyView } from './view';

/** Element ids may not hold the `:` of indicator ids in CSS selectors: a safe form of an id. */
export const domId = (id: string) => `sa-${id.replace(/[^A-Za-z0-9-]/g, '_')}`;

interface RowProps {
  id: string;
  text: string;
  answer: Answer;
  partner: boolean;
  labels: AssessmentLabels;
  onAnswer: (id: string, change: Partial<Answer>) => void;
}

function Scale({
  who,
  legend,
  name,
  value,
  textId,
  labels,
  onPick,
}: {
  who: 'self' | 'partner';
  legend: string;
  name: string;
  value: Rating | undefined;
  textId: string;
  labels: AssessmentLabels;
  onPick: (rating: Rating) => void;
}) {
  const legendId = `${name}-legend`;
  return (
    <fieldset class={`sa-scale sa-scale-${who}`} aria-labelledby={`${legendId} ${textId}`}>
      <legend id={legendId}>{legend}</legend>
      <div class="sa-scale-options">
        {RATINGS.map((rating) => (
          <label key={rating} class={`sa-option sa-option-${rating}`}>
            <input type="radio" name={name} value={rating} checked={value === rating} onChange={() => onPick(rating)} />
            <span>{ratingLabel(labels.strings, rating)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One indicator: the self-rating, the partner's (when shown), development point, evidence note. */
const IndicatorRow = memo(function IndicatorRow({ id, text, answer, partner, labels, onAnswer }: RowProps) {
  const { strings } = labels;
  const base = domId(id);
  const textId = `${base}-text`;
  return (
    <li class="sa-indicator" id={base} data-indicator={id}>
      <p class="sa-indicator-text" id={textId}>
        {text}
      </p>
      <div class={partner ? 'sa-scales sa-scales-two' : 'sa-scales'}>
        <Scale
          who="self"
          legend={strings.selfLabel}
          name={`${base}-self`}
          value={answer.self}
          textId={textId}
          labels={labels}
          onPick={(r) => onAnswer(id, { self: r })}
        />
        {partner && (
          <Scale
            who="partner"
            legend={strings.partnerLabel}
            name={`${base}-partner`}
            value={answer.partner}
            textId={textId}
            labels={labels}
            onPick={(r) => onAnswer(id, { partner: r })}
          />
        )}
      </div>
      <div class="sa-indicator-extra">
        <label class="sa-check">
          <input
            type="checkbox"
            checked={answer.focus === true}
            aria-describedby={textId}
            onChange={(e) => onAnswer(id, { focus: e.currentTarget.checked ? true : undefined })}
          />
          <span>{strings.focusLabel}</span>
        </label>
        <details class="sa-note" open={Boolean(answer.note)}>
          <summary>{strings.noteLabel}</summary>
          <label class="visually-hidden" for={`${base}-note`}>{`${strings.noteLabel}: ${text}`}</label>
          <p class="sa-hint" id={`${base}-note-hint`}>
            {strings.noteHint}
          </p>
          <textarea
            id={`${base}-note`}
            rows={3}
            maxLength={MAX_NOTE_LENGTH}
            value={answer.note ?? ''}
            aria-describedby={`${base}-note-hint`}
            onInput={(e) => onAnswer(id, { note: e.currentTarget.value })}
          />
        </details>
      </div>
    </li>
  );
});

interface Props {
  view: readonly CompetencyView[];
  partner: boolean;
  labels: AssessmentLabels;
  onAnswer: (id: string, change: Partial<Answer>) => void;
}

/** Every indicator of the chosen competencies at their levels, grouped by competency and dimension. */
export default function RatingForm({ view, partner, labels, onAnswer }: Props) {
  const { strings } = labels;
  const all = view.flatMap((c) => c.dimensions.flatMap((d) => d.indicators));
  const rated = all.filter((i) => i.answer.self !== undefined).length;
  return (
    <section class="sa-step sa-rating no-print" aria-labelledby="sa-rating-title">
      <h2 id="sa-rating-title" tabIndex={-1}>
        {strings.ratingTitle}
      </h2>
      <p class="prose">{strings.ratingIntro}</p>
      <p class="sa-progress" data-progress>
        {fill(strings.progress, { rated: String(rated), total: String(all.length) })}
      </p>
      {view.length === 0 && <p class="sa-hint">{strings.noCompetencies}</p>}
      {view.map((competency) => (
        <section
          key={competency.key}
          class="sa-competency"
          aria-labelledby={`sa-c-${competency.key}`}
          data-competency={competency.key}
        >
          <h3 id={`sa-c-${competency.key}`}>
            {fill(strings.competencyAtLevel, { name: competency.name, level: competency.level })}
          </h3>
          {competency.dimensions.map((dimension) => (
            <div key={dimension.key} class="sa-dimension">
              <h4>
                {dimension.key}. {dimension.name}
              </h4>
              <ol class="sa-indicators">
                {dimension.indicators.map((indicator) => (
                  <IndicatorRow
                    key={indicator.id}
                    id={indicator.id}
                    text={indicator.text}
                    answer={indicator.answer}
                    partner={partner}
                    labels={labels}
                    onAnswer={onAnswer}
                  />
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
