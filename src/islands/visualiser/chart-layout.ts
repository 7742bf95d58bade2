import { WIDE_WIDTH, tenth, type ChartColumn } from './chart-columns';
import type { DimensionSteps, LevelStep } from './progression';

/**
 * The layout of the progression chart, computed the same on the server and in the browser (so the
 * island hydrates the server's SVG as it is): per dimension a row of steps, one per level.
 * - `wide`: the levels side by side, each step a tread of a staircase rising from the first level
 *   to the highest, with the key phrases new at that level under its tread.
 * - `narrow`: the levels one under the other, joined by a line, the phrases beside each level.
 * SVG text does not wrap: lines are broken here, with a generous estimate of the width of a
 * character (the text must never run into the next column).
 * The wide drawing's columns come from d3 at build time (chart-columns.ts); what is here is plain
 * arithmetic, small enough for the browser, which draws the same SVG when the island hydrates.
 */
export type ChartMode = 'wide' | 'narrow';

export interface TextLine {
  x: number;
  y: number;
  text: string;
  /** `marker`: the "+" before a phrase; `note`: the first level's or an empty step's remark. */
  kind: 'phrase' | 'marker' | 'note';
}

export interface StepLayout extends LevelStep {
  /** The step's area (the chosen level's highlight, the click target). */
  box: { x: number; y: number; width: number; height: number };
  badge: { cx: number; cy: number };
  lines: TextLine[];
}

export interface RowLayout {
  key: string;
  name: string;
  y: number;
  titleLines: TextLine[];
  steps: StepLayout[];
  /** The staircase (wide) or the line joining the levels (narrow). */
  path: string;
}

export interface ChartLayout {
  mode: ChartMode;
  width: number;
  height: number;
  rows: RowLayout[];
}

export interface ChartTexts {
  /** Under the first level, which adds nothing to a level before it. */
  start: string;
  /** Under a level whose indicators have no new key words. */
  noNew: string;
}

export const CHART_WIDTH: Record<ChartMode, number> = { wide: WIDE_WIDTH, narrow: 340 };
const LINE = 20;
const TITLE_LINE = 21;
/** Generous widths of a character at the chart's font sizes (14 px text, 15 px bold titles). */
const CHAR = 7.5;
const TITLE_CHAR = 9.4;
const RADIUS = 13;
const INDENT = 13;
const ROW_GAP = 30;

/** Greedy word wrap; a word longer than a line is cut with a hyphen. */
export function wrapText(text: string, maxChars: number): string[] {
  const max = Math.max(4, maxChars);
  const lines: string[] = [];
  for (let word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) {
      lines[lines.length - 1] = `${last} ${word}`;
      continue;
    }
    while (word.length > max) {
      lines.push(`${word.slice(0, max - 1)}-`);
      word = word.slice(max - 1);
    }
    lines.push(word);
  }
  return lines;
}

/** The lines of one step's text, from (x, y) (y: the first baseline), within `width`. */
function stepLines(step: LevelStep, texts: ChartTexts, x: number, y: number, width: number): TextLine[] {
  return rawStepLines(step, texts, x, y, width).map((line) => ({ ...line, x: tenth(line.x), y: tenth(line.y) }));
}

function rawStepLines(step: LevelStep, texts: ChartTexts, x: number, y: number, width: number): TextLine[] {
  if (step.phrases.length === 0) {
    return wrapText(step.previous === null ? texts.start : texts.noNew, Math.floor(width / CHAR)).map((text, i) => ({
      x,
      y: y + i * LINE,
      text,
      kind: 'note',
    }));
  }
  const lines: TextLine[] = [];
  for (const phrase of step.phrases) {
    const top = y + lines.filter((l) => l.kind !== 'marker').length * LINE;
    lines.push({ x, y: top, text: '+', kind: 'marker' });
    wrapText(phrase, Math.floor((width - INDENT) / CHAR)).forEach((text, i) =>
      lines.push({ x: x + INDENT, y: top + i * LINE, text, kind: 'phrase' }),
    );
  }
  return lines;
}

const lastBaseline = (lines: readonly TextLine[], fallback: number) => Math.max(fallback, ...lines.map((l) => l.y));

function titleLines(row: DimensionSteps, width: number, y: number): TextLine[] {
  return wrapText(`${row.key}. ${row.name}`, Math.floor(width / TITLE_CHAR)).map((text, i) => ({
    x: 0,
    y: y + 16 + i * TITLE_LINE,
    text,
    kind: 'phrase',
  }));
}

function wideRow(
  row: DimensionSteps,
  columns: readonly ChartColumn[],
  texts: ChartTexts,
  top: number,
): { layout: RowLayout; bottom: number } {
  const width = CHART_WIDTH.wide;
  const column = (level: string) => columns.find((c) => c.level === level) ?? { x: 0, width: 0, drop: 0 };
  const title = titleLines(row, width, top);
  const stairsTop = lastBaseline(title, top) + 12;
  const tread = (level: string) => stairsTop + 2 * RADIUS + 6 + column(level).drop;

  const steps = row.steps.map((step) => {
    const { x, width: w } = column(step.level);
    const y = tread(step.level);
    return { step, x, w, y, lines: stepLines(step, texts, x + 2, y + 22, w - 2) };
  });
  const bottom = Math.max(...steps.map((s) => lastBaseline(s.lines, s.y + 22))) + 10;
  // The staircase: each tread under its level, a riser halfway between two columns.
  let path = `M0,${tenth(steps[0]?.y ?? stairsTop)}`;
  steps.slice(1).forEach((s, i) => {
    const previous = steps[i]!;
    path += `H${tenth((previous.x + previous.w + s.x) / 2)}V${tenth(s.y)}`;
  });
  path += `H${width}`;
  return {
    layout: {
      key: row.key,
      name: row.name,
      y: top,
      titleLines: title,
      path,
      steps: steps.map(({ step, x, w, y, lines }) => ({
        ...step,
        box: {
          x: tenth(x - 4),
          y: tenth(y - 2 * RADIUS - 10),
          width: tenth(w + 8),
          height: tenth(bottom - (y - 2 * RADIUS - 10)),
        },
        badge: { cx: tenth(x + RADIUS + 2), cy: tenth(y - RADIUS - 3) },
        lines,
      })),
    },
    bottom,
  };
}

function narrowRow(row: DimensionSteps, texts: ChartTexts, top: number): { layout: RowLayout; bottom: number } {
  const width = CHART_WIDTH.narrow;
  const textX = 2 * RADIUS + 14;
  const title = titleLines(row, width, top);
  let y = lastBaseline(title, top) + 14;
  const steps: StepLayout[] = row.steps.map((step) => {
    const lines = stepLines(step, texts, textX, y + RADIUS + 5, width - textX);
    const height = Math.max(2 * RADIUS, lastBaseline(lines, y) - y + 6) + 16;
    const layout = {
      ...step,
      box: { x: -4, y: y - 6, width: width + 8, height },
      badge: { cx: RADIUS + 1, cy: y + RADIUS },
      lines,
    };
    y += height;
    return layout;
  });
  const path = steps
    .slice(1)
    .map((s, i) => `M${s.badge.cx},${tenth(steps[i]!.badge.cy + RADIUS)}V${tenth(s.badge.cy - RADIUS)}`)
    .join('');
  return { layout: { key: row.key, name: row.name, y: top, titleLines: title, steps, path }, bottom: y };
}

/** `columns`: the wide drawing's columns, one per level (chartColumns, computed at build time). */
export function layoutChart(
  rows: readonly DimensionSteps[],
  columns: readonly ChartColumn[],
  mode: ChartMode,
  texts: ChartTexts,
): ChartLayout {
  const layouts: RowLayout[] = [];
  let top = 0;
  for (const row of rows) {
    const { layout, bottom } = mode === 'wide' ? wideRow(row, columns, texts, top) : narrowRow(row, texts, top);
    layouts.push(layout);
    top = bottom + ROW_GAP;
  }
  return { mode, width: CHART_WIDTH[mode], height: Math.ceil(Math.max(0, top - ROW_GAP) + 4), rows: layouts };
}

export const RADIUS_PX = RADIUS;
