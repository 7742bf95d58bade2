import { fill, type ViewStrings } from './messages';
import type { Comparison as ComparisonData } from './progression';
import type { Piece } from './word-diff';

/**
 * Two levels in full, side by side: the lower level's wording as it is (nothing struck through: it
 * is not wrong, it is the level before), the higher level's with what is new in bold on a tint,
 * each addition introduced for screen readers ("new at level B").
 */
interface Props {
  comparison: ComparisonData;
  labels: ViewStrings;
  onClose: () => void;
}

const plain = (pieces: readonly Piece[]) => pieces.map((p) => p.text).join('');

function Marked({ pieces, newAt }: { pieces: readonly Piece[]; newAt: string }) {
  return (
    <>
      {pieces.map((piece, index) =>
        piece.mark === 'added' ? (
          <ins key={index} class="pv-new">
            <span class="visually-hidden">{newAt} </span>
            {piece.text}
          </ins>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

export default function Comparison({ comparison, labels, onClose }: Props) {
  const { from, to } = comparison;
  const [before = '', after = ''] = fill(labels.legend, { from, to }).split('{sample}');
  const newAt = fill(labels.newAt, { level: to });
  return (
    <section class="pv-comparison" aria-labelledby="pv-comparison-title" data-from={from} data-to={to}>
      <h3 id="pv-comparison-title">{fill(labels.compareTitle, { from, to })}</h3>
      <p class="pv-legend">
        {before}
        <ins class="pv-new">{labels.sample}</ins>
        {after}
      </p>
      {comparison.dimensions.map((dimension) => (
        <div class="pv-dimension" key={dimension.key} data-dimension={dimension.key}>
          <h4>
            {dimension.key}. {dimension.name}
          </h4>
          <div class="pv-pair">
            <div class="pv-side" data-level={from}>
              <p class="pv-side-title">{fill(labels.level, { level: from })}</p>
              <ul>
                {dimension.diff.from.map((pieces, i) => (
                  <li key={i}>{plain(pieces)}</li>
                ))}
              </ul>
            </div>
            <div class="pv-side" data-level={to}>
              <p class="pv-side-title">{fill(labels.level, { level: to })}</p>
              <ul>
                {dimension.diff.to.map((pieces, i) => (
                  <li key={i}>
                    <Marked pieces={pieces} newAt={newAt} />
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      ))}
      <p class="pv-actions">
        <button type="button" class="pv-button" onClick={onClose}>
          {labels.close}
        </button>
      </p>
    </section>
  );
}
