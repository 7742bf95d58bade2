import { scaleBand } from 'd3-scale';
import { select } from 'd3-selection';
import type { GridPosition } from './grid-nav';

/**
 * Draws the progression chart with D3 into an <svg>: one row per dimension, one column per level,
 * each cell a bar (share of new wording compared to the previous level) with its percentage. The
 * cells form an ARIA grid with one tab stop (roving tabindex); the island handles the keys.
 */
export interface ChartCell {
  level: string;
  share: number | null;
  /** Visible text: the percentage, or the first level's mark. */
  text: string;
  /** Accessible name. */
  label: string;
}

export interface ChartRow {
  key: string;
  title: string;
  cells: ChartCell[];
}

export interface ChartInput {
  width: number;
  levels: { id: string; label: string }[];
  rows: ChartRow[];
  selected: readonly string[];
  focus: GridPosition;
  gridLabel: string;
  corner: string;
}

export interface ChartHandlers {
  onKeyDown: (event: KeyboardEvent, position: GridPosition) => void;
  onActivate: (position: GridPosition) => void;
}

const HEADER = 34;
const LINE = 19;
const CELL = 84;
const GAP = 14;
const TEXT_ROOM = 28;
const FOOT = 6;
const CHAR = 9.3; // generous width of a (bold) character of the row titles, in px
/** Below this column width the level headers show the level id only (their accessible name stays whole). */
const SHORT_HEADER = 100;

/** Greedy word wrap for SVG text, which does not wrap by itself. */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface RowLayout {
  row: ChartRow;
  index: number;
  y: number;
  lines: string[];
  titleHeight: number;
}

export function drawChart(svgElement: SVGSVGElement, input: ChartInput, handlers: ChartHandlers): void {
  const width = Math.max(240, Math.floor(input.width));
  const levelIds = input.levels.map((l) => l.id);
  const x = scaleBand<string>().domain(levelIds).range([0, width]).paddingInner(0.1);
  const band = x.bandwidth();
  const barMax = CELL - TEXT_ROOM - FOOT;
  const barWidth = Math.min(36, band * 0.4);
  const barTop = (share: number) => TEXT_ROOM + barMax * (1 - share);

  const layouts: RowLayout[] = [];
  let y = HEADER;
  input.rows.forEach((row, index) => {
    const lines = wrapWords(row.title, Math.max(12, Math.floor(width / CHAR)));
    const titleHeight = lines.length * LINE + 6;
    layouts.push({ row, index, y, lines, titleHeight });
    y += titleHeight + CELL + GAP;
  });
  const height = y;
  const selected = new Set(input.selected);

  const svg = select(svgElement)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'grid')
    .attr('aria-label', input.gridLabel)
    .attr('aria-multiselectable', 'true');

  // Selected levels: a framed band behind their column (not colour alone: frame and check mark).
  svg
    .selectAll('rect.vis-column')
    .data(levelIds, (d) => d as string)
    .join('rect')
    .attr('class', (d) => `vis-column${selected.has(d) ? ' is-selected' : ''}`)
    .attr('aria-hidden', 'true')
    .attr('x', (d) => (x(d) ?? 0) + 1)
    .attr('y', 1)
    .attr('width', band - 2)
    .attr('height', height - 2)
    .attr('rx', 8);

  const header = svg.selectAll('g.vis-header').data([null]).join('g').attr('class', 'vis-header').attr('role', 'row');
  header
    .selectAll('g.vis-corner')
    .data([input.corner])
    .join('g')
    .attr('class', 'vis-corner')
    .attr('role', 'columnheader')
    .attr('aria-label', (d) => d);
  header
    .selectAll('g.vis-level')
    .data(input.levels, (d) => (d as { id: string }).id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'vis-level').attr('role', 'columnheader');
      g.append('text').attr('y', 23).attr('text-anchor', 'middle');
      return g;
    })
    .classed('is-selected', (d) => selected.has(d.id))
    .attr('aria-label', (d) => d.label)
    .select('text')
    .attr('x', (d) => (x(d.id) ?? 0) + band / 2)
    .text((d) => {
      const text = band < SHORT_HEADER ? d.id : d.label;
      return selected.has(d.id) ? `✓ ${text}` : text;
    });

  const rows = svg
    .selectAll<SVGGElement, RowLayout>('g.vis-row')
    .data(layouts, (d) => d.row.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'vis-row').attr('role', 'row');
      g.append('g').attr('class', 'vis-rowheader').attr('role', 'rowheader').append('text');
      g.append('path').attr('class', 'vis-line').attr('aria-hidden', 'true');
      return g;
    })
    .attr('transform', (d) => `translate(0,${d.y})`);

  rows
    .select('g.vis-rowheader text')
    .attr('y', 0)
    .selectAll('tspan')
    .data((d) => d.lines)
    .join('tspan')
    .attr('x', 0)
    .attr('dy', (_, i) => (i === 0 ? LINE - 4 : LINE))
    .text((d) => d);

  const cells = rows
    .selectAll<SVGGElement, ChartCell & { position: GridPosition; top: number }>('g.vis-cell')
    .data(
      (d) => d.row.cells.map((cell, col) => ({ ...cell, position: { row: d.index, col }, top: d.titleHeight })),
      (d) => (d as ChartCell).level,
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'vis-cell').attr('role', 'gridcell');
      g.append('rect').attr('class', 'vis-cell-bg').attr('rx', 6);
      g.append('rect').attr('class', 'vis-bar').attr('aria-hidden', 'true');
      g.append('text').attr('class', 'vis-share').attr('aria-hidden', 'true').attr('text-anchor', 'middle').attr('y', 20);
      g.append('rect').attr('class', 'vis-focus').attr('rx', 8).attr('aria-hidden', 'true');
      return g;
    })
    .attr('transform', (d) => `translate(${x(d.level) ?? 0},${d.top})`)
    .attr('tabindex', (d) => (d.position.row === input.focus.row && d.position.col === input.focus.col ? 0 : -1))
    .attr('aria-selected', (d) => String(selected.has(d.level)))
    .attr('aria-label', (d) => d.label)
    .attr('data-level', (d) => d.level)
    .classed('is-selected', (d) => selected.has(d.level))
    .on('keydown', (event: KeyboardEvent, d) => handlers.onKeyDown(event, d.position))
    .on('click', (_event: MouseEvent, d) => handlers.onActivate(d.position));

  cells.select('rect.vis-cell-bg').attr('width', band).attr('height', CELL);
  cells.select('rect.vis-focus').attr('x', -3).attr('y', -3).attr('width', band + 6).attr('height', CELL + 6);
  cells
    .select('rect.vis-bar')
    .attr('x', (band - barWidth) / 2)
    .attr('width', barWidth)
    .attr('y', (d) => barTop(d.share ?? 0))
    .attr('height', (d) => barMax * (d.share ?? 0));
  cells
    .select('text.vis-share')
    .attr('x', band / 2)
    .classed('is-first', (d) => d.share === null)
    .text((d) => d.text);

  // The progression per dimension: a line through the tops of the bars, from level to level.
  // A polyline needs no d3-shape (it would add about 4 KB gzip for one `line()`).
  const path = (points: { cx: number; cy: number }[]) =>
    points.length < 2 ? null : `M${points.map((p) => `${p.cx.toFixed(1)},${p.cy.toFixed(1)}`).join('L')}`;
  rows.select<SVGPathElement>('path.vis-line').raise().attr('d', (d) =>
    path(
      d.row.cells
        .filter((cell) => cell.share !== null)
        .map((cell) => ({ cx: (x(cell.level) ?? 0) + band / 2, cy: d.titleHeight + barTop(cell.share ?? 0) })),
    ),
  );
}

/** The cell element at a position, to move the focus there. */
export function cellAt(svgElement: SVGSVGElement, position: GridPosition): SVGGElement | null {
  const row = svgElement.querySelectorAll<SVGGElement>('g.vis-row')[position.row];
  return row?.querySelectorAll<SVGGElement>('g.vis-cell')[position.col] ?? null;
}
