/**
 * Anchor ids inside competency and level pages. They are language-neutral (level ids, dimension
 * keys, indicator numbers, competency keys), so a link keeps its place when the language changes.
 */

/** The section of one level on a competency page: `level-B`. */
export function levelAnchor(level: string): string {
  return `level-${level}`;
}

/** One dimension at one level: `B-A`; on a level page prefixed by the competency key. */
export function cellAnchor(level: string, dimension: string, competencyKey?: string): string {
  const id = `${level}-${dimension}`;
  return competencyKey ? `${competencyKey}-${id}` : id;
}

/** One behavioural indicator, numbered from 1 in the source's order: `B-A-2`. */
export function indicatorAnchor(level: string, dimension: string, position: number, competencyKey?: string): string {
  return `${cellAnchor(level, dimension, competencyKey)}-${position}`;
}

/** A dimension's description on a competency page: `dimension-A`. */
export function dimensionAnchor(dimension: string): string {
  return `dimension-${dimension}`;
}
