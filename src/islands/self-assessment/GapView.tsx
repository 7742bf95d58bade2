import type { Piece } from '../visualiser/word-diff';
import type { CompetencyGap } from './gap';
import type { AssessmentLabels } from './labels';
import { fill } from './messages';

function Pieces({ pieces, labels }: { pieces: Piece[]; labels: AssessmentLabels }) {
  const { diff } = labels;
  return (
    <>
      {pieces.map((piece, index) =>
        piece.mark === 'added' ? (
          <ins key={index} data-start={diff.addedStart} data-end={diff.addedEnd}>
            {piece.text}
          </ins>
        ) : piece.mark === 'removed' ? (
          <del key={index} data-start={diff.removedStart} data-end={diff.removedEnd}>
            {piece.text}
          </del>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

function Legend({ template, sample }: { template: string; sample: preact.JSX.Element }) {
  const [before = '', after = ''] = template.split('{sample}');
  return (
    <>
      {before}
      {sample}
      {after}
    </>
  );
}

/** The indicators at one's level beside those at the target level, with the site's word diff. */
export default function GapView({ gaps, labels }: { gaps: CompetencyGap[]; labels: AssessmentLabels }) {
  const { strings, diff } = labels;
  if (gaps.length === 0) return null;
  return (
    <section class="sa-gap" aria-labelledby="sa-gap-title">
      <h3 id="sa-gap-title">{strings.gapTitle}</h3>
      <p class="sa-hint">{strings.gapIntro}</p>
      {gaps.map((gap) => (
        <div key={gap.key} class="sa-gap-competency" data-gap={gap.key}>
          <h4>{fill(strings.gapCompetency, { name: gap.name, level: gap.level, target: gap.target })}</h4>
          <ul class="sa-legend">
            <li>
              <Legend template={fill(diff.legendAdded, { to: gap.target })} sample={<ins>{diff.sampleAdded}</ins>} />
            </li>
            <li>
              <Legend
                template={fill(diff.legendRemoved, { from: gap.level, to: gap.target })}
                sample={<del>{diff.sampleRemoved}</del>}
              />
            </li>
          </ul>
          {gap.dimensions.map((d) => (
            <div key={d.key} class="sa-gap-dimension">
              <h5>
                {d.key}. {d.name}
              </h5>
              <div class="sa-pair">
                <div class="sa-side">
                  <p class="sa-side-title">{fill(strings.gapFrom, { level: gap.level })}</p>
                  <ul>
                    {d.from.map((pieces, i) => (
                      <li key={i}>
                        <Pieces pieces={pieces} labels={labels} />
                      </li>
                    ))}
                  </ul>
                </div>
                <div class="sa-side">
                  <p class="sa-side-title">{fill(strings.gapTo, { level: gap.target })}</p>
                  <ul>
                    {d.to.map((pieces, i) => (
                      <li key={i}>
                        <Pieces pieces={pieces} labels={labels} />
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
