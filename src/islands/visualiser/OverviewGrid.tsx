import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { moveInGrid } from './grid-nav';
import './OverviewGrid.css';

/**
 * Enhances the server-rendered overview table (its children): the arrow keys move between the
 * links of the body's cells as in a grid, Home/End to the ends of a row (with Ctrl, of the table);
 * Enter follows the link as usual. Without JavaScript the table works as it is, with Tab.
 */
interface Props {
  hint: string;
  children?: ComponentChildren;
}

function linkGrid(table: HTMLTableElement): (HTMLAnchorElement | null)[][] {
  return [...table.tBodies].flatMap((body) =>
    [...body.rows].map((row) => [...row.cells].map((cell) => cell.querySelector<HTMLAnchorElement>('a[href]'))),
  );
}

export default function OverviewGrid({ hint, children }: Props) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const onKeyDown = (event: KeyboardEvent) => {
    const link = (event.target as HTMLElement).closest('a');
    const table = link?.closest('table');
    if (!link || !table || event.altKey || event.metaKey || event.shiftKey) return;
    const grid = linkGrid(table);
    const row = grid.findIndex((cells) => cells.includes(link));
    if (row < 0) return;
    const col = grid[row]!.indexOf(link);
    const next = moveInGrid({ row, col }, event.key, { rows: grid.length, cols: grid[row]!.length }, event.ctrlKey);
    const target = next ? grid[next.row]?.[next.col] : null;
    if (!next || !target) return;
    event.preventDefault();
    target.focus();
  };

  return (
    <div class="overview-grid" onKeyDown={onKeyDown}>
      {ready && <p class="overview-hint">{hint}</p>}
      {children}
    </div>
  );
}
