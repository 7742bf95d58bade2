import type { CompetencyGap } from './gap';
import GapView from './GapView';
import { formatAverage, formatDate, ratingLabel, type AssessmentLabels } from './labels';
import { fill } from './messages';
import { MAX_SCORE, SCORED_RATINGS, type Answer, type Assessment, type Rating } from './model';
import { domId } from './RatingForm';
import { developmentPoints, differences, setAside, strengths, summarise, type Located, type Tally } from './summary';
import type { CompetencyView } from './view';

interface Props {
  assessment: Assessment;
  view: readonly CompetencyView[];
  gaps: CompetencyGap[];
  labels: AssessmentLabels;
  onAnswer: (id: string, change: Partial<Answer>) => void;
}

function Average({ value, labels }: { value: number | null; labels: AssessmentLabels }) {
  if (value === null) return <>{labels.strings.notRated}</>;
  return (
    <span class="sa-average">
      <span>
        {fill(labels.strings.averageOf, { average: formatAverage(value, labels.htmlLang), max: String(MAX_SCORE) })}
      </span>
      <span class="sa-bar" aria-hidden="true">
        <span style={`inline-size: ${((value - 1) / (MAX_SCORE - 1)) * 100}%`} />
      </span>
    </span>
  );
}

function Counts({ tally, labels }: { tally: Tally; labels: AssessmentLabels }) {
  const parts = SCORED_RATINGS.filter((r) => tally.counts[r] > 0).map(
    (r) => `${ratingLabel(labels.strings, r)}: ${tally.counts[r]}`,
  );
  if (tally.notApplicable > 0)
    parts.push(fill(labels.strings.notApplicableCount, { count: String(tally.notApplicable) }));
  return <>{parts.join(' · ') || labels.strings.notRated}</>;
}

/** Where an indicator sits: its text, then competency and dimension; a link back to it in the form. */
function Where({ l }: { l: Located }) {
  return (
    <>
      <a href={`#${domId(l.indicator.id)}`} class="sa-where-text">
        {l.indicator.text}
      </a>{' '}
      <span class="sa-where">
        ({l.competency.name}, {l.dimension.key}. {l.dimension.name})
      </span>
    </>
  );
}

/** Per competency and dimension, strengths, development points with actions, the partner's differing views, the gap. */
export default function Summary({ assessment, view, gaps, labels, onAnswer }: Props) {
  const { strings, htmlLang } = labels;
  const rating = (r: Rating | undefined) => (r ? ratingLabel(strings, r) : strings.notRatedYet);
  const summaries = summarise(view);
  const answered = summaries.filter((s) => s.rated + s.notApplicable > 0);
  const unanswered = summaries.filter((s) => s.rated + s.notApplicable === 0);
  const anyRated = answered.length > 0;
  const points = developmentPoints(view);
  const asideList = setAside(view);
  const strong = strengths(view);
  const differing = assessment.partner ? differences(view) : [];

  return (
    <section class="sa-step sa-summary" aria-labelledby="sa-summary-title" data-summary>
      <h2 id="sa-summary-title">{strings.summaryTitle}</h2>
      <p class="sa-summary-meta">
        <strong>{assessment.name}</strong>{' '}
        {fill(strings.dates, {
          created: formatDate(assessment.created, htmlLang),
          updated: formatDate(assessment.updated, htmlLang),
        })}
      </p>
      {!anyRated ? (
        <p class="sa-hint">{strings.summaryEmpty}</p>
      ) : (
        <>
          <p class="sa-hint">{strings.summaryIntro}</p>
          {answered.map((c) => (
            // On a narrow screen the table scrolls sideways: the region can take the focus to scroll by keyboard.
            <div class="sa-table-wrap" key={c.key} role="region" tabIndex={0} aria-labelledby={`sa-table-${c.key}`}>
              <table class="sa-table" data-summary-table={c.key}>
                <caption id={`sa-table-${c.key}`}>
                  {fill(strings.tableCaption, { name: c.name, level: c.level })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{strings.columnDimension}</th>
                    <th scope="col">{strings.columnRated}</th>
                    <th scope="col">{strings.columnAverage}</th>
                    {assessment.partner && <th scope="col">{strings.columnPartner}</th>}
                    <th scope="col">{strings.columnCounts}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.dimensions.map((d) => (
                    <tr key={d.key}>
                      <th scope="row">
                        {d.key}. {d.name}
                      </th>
                      <td>{fill(strings.ratedOf, { rated: String(d.rated), total: String(d.total) })}</td>
                      <td>
                        <Average value={d.average} labels={labels} />
                      </td>
                      {assessment.partner && (
                        <td>
                          <Average value={d.partnerAverage} labels={labels} />
                        </td>
                      )}
                      <td>
                        <Counts tally={d} labels={labels} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
          {unanswered.length > 0 && (
            <p class="sa-hint">
              {fill(strings.summaryNotRated, {
                names: unanswered
                  .map((c) => fill(strings.competencyAtLevel, { name: c.name, level: c.level }))
                  .join(', '),
              })}
            </p>
          )}
        </>
      )}

      <h3>{strings.strengthsTitle}</h3>
      {strong.length === 0 ? (
        <p class="sa-hint">{strings.strengthsEmpty}</p>
      ) : (
        <ul class="sa-list" data-strengths>
          {strong.map((l) => (
            <li key={l.indicator.id}>
              <Where l={l} />
            </li>
          ))}
        </ul>
      )}

      <h3 id="sa-development-title">{strings.developmentTitle}</h3>
      <p class="sa-hint">{strings.developmentIntro}</p>
      {points.length === 0 ? (
        <p class="sa-hint">{strings.developmentEmpty}</p>
      ) : (
        <ol class="sa-list sa-points" data-development-points>
          {points.map((l) => {
            const base = `${domId(l.indicator.id)}-action`;
            return (
              <li key={l.indicator.id} data-point={l.indicator.id}>
                <p>
                  <Where l={l} /> <span class="sa-rating-tag">{rating(l.indicator.answer.self)}</span>
                </p>
                <label for={base} class={l.indicator.answer.action ? undefined : 'no-print'}>
                  {strings.actionLabel}
                </label>
                <textarea
                  id={base}
                  rows={2}
                  value={l.indicator.answer.action ?? ''}
                  onInput={(e) => onAnswer(l.indicator.id, { action: e.currentTarget.value })}
                />
                <p class="sa-print-action" aria-hidden="true">
                  {l.indicator.answer.action}
                </p>
                <button
                  type="button"
                  class="button button--small no-print"
                  onClick={() => onAnswer(l.indicator.id, { focus: false })}
                >
                  {strings.removePoint}
                  <span class="visually-hidden">: {l.indicator.text}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {asideList.length > 0 && (
        <div class="no-print">
          <h4>{strings.setAsideTitle}</h4>
          <ul class="sa-list">
            {asideList.map((l) => (
              <li key={l.indicator.id}>
                <Where l={l} />{' '}
                <button
                  type="button"
                  class="button button--small"
                  onClick={() => onAnswer(l.indicator.id, { focus: true })}
                >
                  {strings.restorePoint}
                  <span class="visually-hidden">: {l.indicator.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      {differing.length > 0 && (
        <>
          <h3>{strings.differencesTitle}</h3>
          <ul class="sa-list" data-differences>
            {differing.map((l) => (
              <li key={l.indicator.id}>
                <Where l={l} />:{' '}
                {fill(strings.differenceLine, {
                  self: rating(l.indicator.answer.self),
                  partner: rating(l.indicator.answer.partner),
                })}
              </li>
            ))}
          </ul>
        </>
      )}

      <GapView gaps={gaps} labels={labels} />
    </section>
  );
}
