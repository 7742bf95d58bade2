// scaleBand and scalePoint only: scaleLinear would bring d3-interpolate and d3-format.
import { scaleBand, scalePoint } from 'd3-scale';

/**
 * Where each level stands in the wide drawing of the progression chart: its column and how high
 * its tread is. Computed with d3 at build time only (ProgressionSection.astro passes the result to
 * the island), so d3 is not part of the browser's bundle; the rest of the layout is arithmetic
 * (chart-layout.ts) and runs the same on the server and in the browser.
 */
export interface ChartColumn {
  level: string;
  /** Left edge of the column. */
  x: number;
  width: number;
  /** How far the level's tread lies below the highest level's (the first level lies lowest). */
  drop: number;
}

/** Width of the wide drawing, of the first level's column, and how much each tread rises. */
export const WIDE_WIDTH = 880;
export const START_COLUMN = 112;
export const RISE = 12;

/** Coordinates to a tenth of a pixel (shorter markup, the same on the server and in the browser). */
export const tenth = (value: number) => Math.round(value * 10) / 10;

export function chartColumns(levels: readonly string[]): ChartColumn[] {
  const later = scaleBand<string>().domain(levels.slice(1)).range([START_COLUMN, WIDE_WIDTH]).paddingInner(0.1);
  const rise = scalePoint<string>()
    .domain(levels)
    .range([RISE * (levels.length - 1), 0]);
  return levels.map((level, index) => ({
    level,
    x: index === 0 ? 0 : tenth(later(level) ?? 0),
    width: index === 0 ? START_COLUMN - 12 : tenth(later.bandwidth()),
    drop: rise(level) ?? 0,
  }));
}
