import type { BuilderLabels } from './types';

interface Props {
  labels: BuilderLabels;
  name: string;
  index: number;
  count: number;
  onMove: (offset: number) => void;
}

/** Up and down for an item of an ordered list; disabled at the ends (not hidden, so the layout stays). */
export default function MoveButtons({ labels, name, index, count, onMove }: Props) {
  const { builder } = labels;
  return (
    <>
      <button
        type="button"
        class="button button--quiet"
        data-action="up"
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">↑ </span>
        {builder.moveUp}
        <span class="visually-hidden">: {name}</span>
      </button>
      <button
        type="button"
        class="button button--quiet"
        data-action="down"
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓ </span>
        {builder.moveDown}
        <span class="visually-hidden">: {name}</span>
      </button>
    </>
  );
}
