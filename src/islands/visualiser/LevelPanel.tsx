import type { JSX } from 'preact';
import type { VisualiserChartStrings } from '../../i18n/types';
import { fill } from './messages';
import { compareLevels, type DimensionInput } from './progression';
import type { Piece } from './word-diff';

/** Under the chart: the indicators of the chosen level, or two levels side by side with the word diff. */
interface Props {
  levels: readonly string[];
  dimensions: readonly DimensionInput[];
  selected: readonly string[];
  labels: VisualiserChartStrings;
  percent: (share: number) => string;
  onChoose: (levels: string[]) => void;
}

function Pieces({ pieces, labels }: { pieces: Piece[]; labels: VisualiserChartStrings }) {
  return (
    <>
      {pieces.map((piece, index) =>
        piece.mark === 'added' ? (
          <ins key={index} data-start={labels.addedStart} data-end={labels.addedEnd}>{piece.text}</ins>
        ) : piece.mark === 'removed' ? (
          <del key={index} data-start={labels.removedStart} data-end={labels.removedEnd}>{piece.text}</del>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

/** A legend line: its `{sample}` placeholder replaced by a marked sample. */
function Legend({ template, sample }: { template: string; sample: JSX.Element }) {
  const [before = '', after = ''] = template.split('{sample}');
  return <>{before}{sample}{after}</>;
}

function OneLevel({ level, levels, dimensions, labels, onChoose }: Omit<Props, 'selected' | 'percent'> & { level: string }) {
  const index = levels.indexOf(level);
  const neighbours = [levels[index - 1], levels[index + 1]].filter((l): l is string => l !== undefined);
  return (
    <section class="vis-panel" aria-labelledby="vis-panel-title">
      <h3 id="vis-panel-title">{fill(labels.indicatorsTitle, { level })}</h3>
      {dimensions.map((dimension) => (
        <div class="vis-dimension" key={dimension.key}>
          <h4>{dimension.key}. {dimension.name}</h4>
          <ul>
            {(dimension.indicators[level] ?? []).map((indicator, i) => <li key={i}>{indicator}</li>)}
          </ul>
        </div>
      ))}
      <p class="vis-actions">
        {neighbours.map((other) => (
          <button type="button" key={other} onClick={() => onChoose([level, other])}>
            {fill(labels.compareWith, { level: other })}
          </button>
        ))}
        <button type="button" onClick={() => onChoose([])}>{labels.clear}</button>
      </p>
    </section>
  );
}

function TwoLevels({ pair, levels, dimensions, labels, percent, onChoose }: Omit<Props, 'selected'> & { pair: readonly string[] }) {
  const comparison = compareLevels(dimensions, levels, pair[0]!, pair[1]!);
  const { from, to } = comparison;
  return (
    <section class="vis-panel vis-compare" aria-labelledby="vis-panel-title">
      <h3 id="vis-panel-title">{fill(labels.compareTitle, { from, to })}</h3>
      <ul class="vis-legend">
        <li><Legend template={fill(labels.legendAdded, { to })} sample={<ins>{labels.sampleAdded}</ins>} /></li>
        <li><Legend template={fill(labels.legendRemoved, { from, to })} sample={<del>{labels.sampleRemoved}</del>} /></li>
      </ul>
      {comparison.dimensions.map((dimension) => (
        <div class="vis-dimension" key={dimension.key} data-dimension={dimension.key}>
          <h4>{dimension.key}. {dimension.name}</h4>
          {dimension.share !== null && <p class="vis-share-note">{fill(labels.compareShare, { share: percent(dimension.share) })}</p>}
          <div class="vis-pair">
            {[
              { level: from, lists: dimension.diff.from },
              { level: to, lists: dimension.diff.to },
            ].map((side) => (
              <div class="vis-side" key={side.level} data-level={side.level}>
                <p class="vis-side-title">{fill(labels.level, { level: side.level })}</p>
                <ul>
                  {side.lists.map((pieces, i) => (
                    <li key={i}><Pieces pieces={pieces} labels={labels} /></li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </div>
      ))}
      <p class="vis-actions">
        <button type="button" onClick={() => onChoose([])}>{labels.clear}</button>
      </p>
    </section>
  );
}

export default function LevelPanel(props: Props) {
  const { selected, labels } = props;
  if (selected.length === 0) return <p class="vis-prompt">{labels.prompt}</p>;
  if (selected.length === 1) return <OneLevel {...props} level={selected[0]!} />;
  return <TwoLevels {...props} pair={selected} />;
}
