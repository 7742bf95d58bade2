import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../src/islands/visualiser/chart';
import { moveInGrid } from '../../src/islands/visualiser/grid-nav';
import { problemMessage } from '../../src/islands/visualiser/messages';
import { compareLevels, meanShare, progression, type DimensionInput } from '../../src/islands/visualiser/progression';
import { inLevelOrder, readViewState, toggleLevel, writeViewState } from '../../src/islands/visualiser/view-state';
import { diffIndicators } from '../../src/islands/visualiser/word-diff';
import { segment, wordKeys } from '../../src/islands/visualiser/words';

const levels = ['D', 'C', 'B', 'A'];

/** Dimension B of "Servicegericht handelen" as the source has it. */
const klantenBegeleiden: DimensionInput = {
  key: 'B',
  name: 'Klanten begeleiden',
  indicators: {
    D: ['Stelt de nodige vragen om de klant/burger op de juiste manier te kunnen helpen.', 'Geeft concrete antwoorden op de vragen van de klant/burger.'],
    C: ['Geeft een concrete oplossing voor het probleem dat de klant/burger aanbrengt.', 'Geeft de klant/burger transparant advies of verwijst hem door naar de bevoegde personen of diensten.'],
    B: ['Geeft elke klant/burger op aangepaste en objectieve wijze advies.', 'Zorgt ervoor dat de klanten/burgers over transparante informatie beschikken.'],
    A: ['Begeleidt de klant/burger naar de beste oplossing op basis van zijn/haar kennis en ervaring.', 'Overloopt samen met de klant/burger de verschillende opties bij het zoeken naar de beste oplossing.'],
  },
};

const marked = (pieces: { text: string; mark: string | null }[][], mark: string) =>
  pieces.flatMap((list) => list.filter((p) => p.mark === mark).map((p) => p.text));

describe('words', () => {
  it('splits on spaces, slashes and punctuation, keeps hyphenated words, compares in lower case', () => {
    expect(wordKeys('Geeft de klant/burger l’avis, zelf-sturend.')).toEqual(['geeft', 'de', 'klant', 'burger', 'l', 'avis', 'zelf-sturend']);
  });

  it('keeps every character of the text', () => {
    const text = ' Neemt (zelf) contact op… ';
    expect(segment(text).map((s) => s.text).join('')).toBe(text);
  });
});

describe('word diff between two levels', () => {
  it('marks exactly the added and removed words, keeping the indicators apart', () => {
    const diff = diffIndicators(['Geeft concrete antwoorden.', 'Luistert goed.'], ['Geeft snel concrete antwoorden op vragen.', 'Luistert.']);
    expect(marked(diff.to, 'added')).toEqual(['snel', 'op vragen']);
    expect(marked(diff.from, 'removed')).toEqual(['goed']);
    expect(diff.to.map((pieces) => pieces.map((p) => p.text).join(''))).toEqual(['Geeft snel concrete antwoorden op vragen.', 'Luistert.']);
    expect(diff).toMatchObject({ fromWords: 5, toWords: 7, added: 3, removed: 1 });
  });

  it('ignores case', () => {
    const diff = diffIndicators(['Geeft advies'], ['geeft ADVIES']);
    expect(diff.added).toBe(0);
    expect(diff.removed).toBe(0);
  });

  it('finds the known differences between levels C and B of "Klanten begeleiden"', () => {
    const comparison = compareLevels([klantenBegeleiden], levels, 'B', 'C');
    expect(comparison.from).toBe('C');
    expect(comparison.to).toBe('B');
    const { diff, share } = comparison.dimensions[0]!;
    // B keeps "Geeft … klant/burger … advies" and one "de" from C; "transparante" is not "transparant".
    expect(marked(diff.to, 'added')).toEqual([
      'elke',
      'op aangepaste en objectieve wijze',
      'Zorgt ervoor dat',
      'klanten/burgers over transparante informatie beschikken',
    ]);
    expect(marked(diff.from, 'removed')).toEqual([
      'een concrete oplossing voor het probleem dat de',
      'aanbrengt',
      'Geeft de klant/burger transparant',
      'of verwijst hem door naar',
      'bevoegde personen of diensten',
    ]);
    expect(diff).toMatchObject({ fromWords: 28, toWords: 20, added: 15, removed: 23 });
    expect(share).toBe(0.75);
  });
});

describe('progression per dimension', () => {
  it('measures each level against the previous one, the first against nothing', () => {
    const [dimension] = progression([klantenBegeleiden], levels);
    expect(dimension!.steps.map((s) => [s.level, s.previous])).toEqual([
      ['D', null],
      ['C', 'D'],
      ['B', 'C'],
      ['A', 'B'],
    ]);
    const [d, c, b] = dimension!.steps;
    expect(d).toMatchObject({ share: null, newWords: 0, words: 25 });
    expect(c!.share).toBeCloseTo(c!.newWords / c!.words);
    expect(b).toMatchObject({ words: 20, newWords: 15, share: 0.75 });
  });

  it('is 0 for identical wording and 1 for entirely new wording', () => {
    const same: DimensionInput = { key: 'A', name: 'x', indicators: { D: ['Doet het werk.'], C: ['Doet het werk.'], B: ['Plant alles vooraf.'] } };
    const [p] = progression([same], ['D', 'C', 'B']);
    expect(p!.steps.map((s) => s.share)).toEqual([null, 0, 1]);
  });

  it('has no share for a level without indicators, and averages over the dimensions', () => {
    const a: DimensionInput = { key: 'A', name: 'a', indicators: { D: ['een twee'], C: ['een drie'] } };
    const b: DimensionInput = { key: 'B', name: 'b', indicators: { D: ['vier'], C: ['vier'] } };
    const result = progression([a, b], ['D', 'C', 'B']);
    expect(result[0]!.steps[2]!.share).toBeNull();
    expect(meanShare(result, 'C')).toBeCloseTo(0.25);
    expect(meanShare(result, 'D')).toBeNull();
  });
});

describe('URL state of the visualiser', () => {
  it('reads a comparison in the order of the levels, case-insensitively', () => {
    expect(readViewState('?compare=C,B', levels)).toEqual({ selected: ['C', 'B'], problem: null });
    expect(readViewState('?compare=b,%20c', levels)).toEqual({ selected: ['C', 'B'], problem: null });
    expect(readViewState('?show=a', levels)).toEqual({ selected: ['A'], problem: null });
    expect(readViewState('?level=B', levels)).toEqual({ selected: [], problem: null });
  });

  it('reports malformed comparisons and keeps what it can', () => {
    expect(readViewState('?compare=C,Z', levels)).toEqual({ selected: ['C'], problem: { reason: 'unknown', value: 'C,Z' } });
    expect(readViewState('?compare=B', levels)).toEqual({ selected: ['B'], problem: { reason: 'one', value: 'B' } });
    expect(readViewState('?compare=B,B', levels)).toEqual({ selected: ['B'], problem: { reason: 'same', value: 'B,B' } });
    expect(readViewState('?compare=D,C,A', levels)).toEqual({ selected: ['D', 'C'], problem: { reason: 'many', value: 'D,C,A' } });
    expect(readViewState('?show=Q', levels)).toEqual({ selected: [], problem: { reason: 'unknown', value: 'Q' } });
  });

  it('writes the view, keeping other parameters and a readable comma', () => {
    expect(writeViewState('?level=B', ['C', 'B'])).toBe('?level=B&compare=C,B');
    expect(writeViewState('?compare=C,B&level=B', ['A'])).toBe('?level=B&show=A');
    expect(writeViewState('?show=A', [])).toBe('');
  });

  it('round-trips', () => {
    for (const selected of [[], ['B'], ['D', 'A']]) {
      expect(readViewState(writeViewState('?level=C', selected), levels).selected).toEqual(selected);
    }
  });

  it('chooses at most two levels, a third replacing the first chosen', () => {
    expect(toggleLevel([], 'B')).toEqual(['B']);
    expect(toggleLevel(['B'], 'B')).toEqual([]);
    expect(toggleLevel(['B', 'D'], 'A')).toEqual(['D', 'A']);
    expect(inLevelOrder(['A', 'D'], levels)).toEqual(['D', 'A']);
  });

  it('says what was wrong and what is shown instead', () => {
    const labels = {
      problemUnknown: 'unknown {value}.',
      problemOne: 'one {value}.',
      problemSame: 'same {value}.',
      problemMany: 'many {value}.',
      recoveredOne: 'showing {level}.',
      recoveredTwo: 'comparing {from}-{to}.',
      recoveredNone: 'choose.',
    };
    expect(problemMessage({ reason: 'same', value: 'B,B' }, ['B'], labels)).toBe('same B,B. showing B.');
    expect(problemMessage({ reason: 'many', value: 'D,C,A' }, ['D', 'C'], labels)).toBe('many D,C,A. comparing D-C.');
    expect(problemMessage({ reason: 'unknown', value: 'X,Y' }, [], labels)).toBe('unknown X,Y. choose.');
  });
});

describe('grid keys and chart text', () => {
  const size = { rows: 3, cols: 4 };
  it('moves with arrows, stops at the edges, jumps with Home/End', () => {
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowRight', size)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowLeft', size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 2, col: 1 }, 'ArrowDown', size)).toEqual({ row: 2, col: 1 });
    expect(moveInGrid({ row: 1, col: 1 }, 'ArrowUp', size)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 1, col: 1 }, 'End', size)).toEqual({ row: 1, col: 3 });
    expect(moveInGrid({ row: 1, col: 2 }, 'Home', size, true)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 1, col: 1 }, 'Enter', size)).toBeNull();
  });

  it('wraps row titles to the width', () => {
    expect(wrapWords('A. Klantgerichtheid aan de dag leggen', 20)).toEqual(['A. Klantgerichtheid', 'aan de dag leggen']);
  });
});
