// The array diff alone (a documented entry point of jsdiff), not the whole library.
import { diffArrays } from 'diff/lib/diff/array.js';
import { segment, type Segment } from './words';

/**
 * The word-level diff between the behavioural indicators of one dimension at two levels (jsdiff's
 * `diffArrays` over the words, so the indicators keep their boundaries). Words of the first list
 * that the second does not keep are `removed`; words of the second that are not in the first
 * (at that place in the sequence) are `added`.
 */
export type Mark = 'added' | 'removed';

/** A run of text: plain (`mark: null`) or all added / all removed. */
export interface Piece {
  text: string;
  mark: Mark | null;
}

export interface WordDiff {
  /** The first level's indicators, one list of pieces per indicator. */
  from: Piece[][];
  /** The second level's indicators, one list of pieces per indicator. */
  to: Piece[][];
  fromWords: number;
  toWords: number;
  /** Words of the second list not found in the first. */
  added: number;
  /** Words of the first list not kept in the second. */
  removed: number;
}

interface Located {
  indicator: number;
  segment: number;
}

function locate(indicators: readonly string[]): { segments: Segment[][]; words: Located[]; keys: string[] } {
  const segments = indicators.map(segment);
  const words: Located[] = [];
  const keys: string[] = [];
  segments.forEach((list, indicator) =>
    list.forEach((s, index) => {
      if (s.key !== null) {
        words.push({ indicator, segment: index });
        keys.push(s.key);
      }
    }),
  );
  return { segments, words, keys };
}

/** Joins segments into runs; the text between two words of one mark takes that mark. */
function toPieces(segments: Segment[], marks: (Mark | null)[]): Piece[] {
  const pieces: Piece[] = [];
  segments.forEach((s, index) => {
    let mark = marks[index] ?? null;
    if (s.key === null) {
      const before = marks[index - 1] ?? null;
      const after = marks[index + 1] ?? null;
      mark = before !== null && before === after ? before : null;
    }
    const last = pieces[pieces.length - 1];
    if (last && last.mark === mark) last.text += s.text;
    else pieces.push({ text: s.text, mark });
  });
  return pieces;
}

export function diffIndicators(from: readonly string[], to: readonly string[]): WordDiff {
  const a = locate(from);
  const b = locate(to);
  const fromMarks = a.segments.map((list) => list.map((): Mark | null => null));
  const toMarks = b.segments.map((list) => list.map((): Mark | null => null));
  let i = 0;
  let j = 0;
  let added = 0;
  let removed = 0;
  for (const change of diffArrays(a.keys, b.keys)) {
    for (let n = 0; n < change.count; n += 1) {
      if (change.removed) {
        const w = a.words[i++]!;
        fromMarks[w.indicator]![w.segment] = 'removed';
        removed += 1;
      } else if (change.added) {
        const w = b.words[j++]!;
        toMarks[w.indicator]![w.segment] = 'added';
        added += 1;
      } else {
        i += 1;
        j += 1;
      }
    }
  }
  return {
    from: a.segments.map((list, k) => toPieces(list, fromMarks[k]!)),
    to: b.segments.map((list, k) => toPieces(list, toMarks[k]!)),
    fromWords: a.keys.length,
    toWords: b.keys.length,
    added,
    removed,
  };
}
