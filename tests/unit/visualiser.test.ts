import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/locales/fr';
import nl from '../../src/i18n/locales/nl';
import { chartColumns } from '../../src/islands/visualiser/chart-columns';
import { CHART_WIDTH, layoutChart, wrapText } from '../../src/islands/visualiser/chart-layout';
import { keyPhrases, stopWordSet } from '../../src/islands/visualiser/key-phrases';
import { problemMessage } from '../../src/islands/visualiser/messages';
import { compareLevels, levelSteps, type DimensionInput } from '../../src/islands/visualiser/progression';
import { fromStepRows, toStepRows } from '../../src/islands/visualiser/step-props';
import { adjacentPairs, inLevelOrder, readViewState, writeViewState } from '../../src/islands/visualiser/view-state';
import { diffIndicators } from '../../src/islands/visualiser/word-diff';
import { segment, wordKeys } from '../../src/islands/visualiser/words';

const levels = ['D', 'C', 'B', 'A'];

/** Dimension B of "Servicegericht handelen" as the source has it. */
const klantenBegeleiden: DimensionInput = {
  key: 'B',
  name: 'Klanten begeleiden',
  indicators: {
    D: [
      'Stelt de nodige vragen om de klant/burger op de juiste manier te kunnen helpen.',
      'Geeft concrete antwoorden op de vragen van de klant/burger.',
    ],
    C: [
      'Geeft een concrete oplossing voor het probleem dat de klant/burger aanbrengt.',
      'Geeft de klant/burger transparant advies of verwijst hem door naar de bevoegde personen of diensten.',
    ],
    B: [
      'Geeft elke klant/burger op aangepaste en objectieve wijze advies.',
      'Zorgt ervoor dat de klanten/burgers over transparante informatie beschikken.',
    ],
    A: [
      'Begeleidt de klant/burger naar de beste oplossing op basis van zijn/haar kennis en ervaring.',
      'Overloopt samen met de klant/burger de verschillende opties bij het zoeken naar de beste oplossing.',
    ],
  },
};

const marked = (pieces: { text: string; mark: string | null }[][], mark: string) =>
  pieces.flatMap((list) => list.filter((p) => p.mark === mark).map((p) => p.text));

describe('words', () => {
  it('splits on spaces, slashes and punctuation, keeps hyphenated words, compares in lower case', () => {
    expect(wordKeys('Geeft de klant/burger l’avis, zelf-sturend.')).toEqual([
      'geeft',
      'de',
      'klant',
      'burger',
      'l',
      'avis',
      'zelf-sturend',
    ]);
  });

  it('keeps every character of the text', () => {
    const text = ' Neemt (zelf) contact op… ';
    expect(
      segment(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

describe('word diff between two levels', () => {
  it('marks exactly the added and removed words, keeping the indicators apart', () => {
    const diff = diffIndicators(
      ['Geeft concrete antwoorden.', 'Luistert goed.'],
      ['Geeft snel concrete antwoorden op vragen.', 'Luistert.'],
    );
    expect(marked(diff.to, 'added')).toEqual(['snel', 'op vragen']);
    expect(marked(diff.from, 'removed')).toEqual(['goed']);
    expect(diff.to.map((pieces) => pieces.map((p) => p.text).join(''))).toEqual([
      'Geeft snel concrete antwoorden op vragen.',
      'Luistert.',
    ]);
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
    const { diff } = comparison.dimensions[0]!;
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
  });
});

const nlStop = stopWordSet(nl.visualiser.chart.stopWords);
const frStop = stopWordSet(fr.visualiser.chart.stopWords);

describe('key phrases: what a level adds', () => {
  it('are the added runs of words, trimmed of small words, in lower case, each once', () => {
    const diff = diffIndicators(
      ['Geeft concrete antwoorden.'],
      ['Geeft op de juiste manier concrete antwoorden, op de juiste manier.'],
    );
    expect(keyPhrases(diff.to, nlStop)).toEqual(['juiste manier']);
  });

  it('leave out runs of small words only, lone short words and words the level before already uses', () => {
    const diff = diffIndicators(
      ['Neemt zijn verantwoordelijkheid.', 'Werkt samen.'],
      ['Werkt zelf met de anderen samen.', 'Neemt de verantwoordelijkheid voor het team.'],
    );
    const all = diff.to.flatMap((pieces) => pieces.filter((p) => p.mark === 'added').map((p) => p.text.trim()));
    expect(all.length).toBeGreaterThan(1);
    // "zelf met de" is small words; the second run is kept whole for its one new word, "team".
    expect(keyPhrases(diff.to, nlStop, new Set(['neemt', 'zijn', 'verantwoordelijkheid', 'werkt', 'samen']))).toEqual([
      'anderen',
      'neemt de verantwoordelijkheid voor het team',
    ]);
    const moved = diffIndicators(
      ['Werkt samen. Neemt verantwoordelijkheid.'],
      ['Neemt verantwoordelijkheid. Werkt samen.'],
    );
    expect(keyPhrases(moved.to, nlStop, new Set(['werkt', 'samen', 'neemt', 'verantwoordelijkheid']))).toEqual([]);
    const lone = diffIndicators(['Doet het.'], ['Zet het.']);
    expect(keyPhrases(lone.to, nlStop)).toEqual([]);
  });

  it('keep an acronym as it is and close a parenthesis opened in the phrase', () => {
    const diff = diffIndicators(['Leest.'], ['Leest FOD-nota’s (lectuur, seminaries) grondig.']);
    expect(keyPhrases(diff.to, nlStop)).toEqual(['FOD-nota’s (lectuur, seminaries) grondig']);
    const open = diffIndicators(['Leest.'], ['Leest diverse middelen (lectuur, seminaries.']);
    expect(keyPhrases(open.to, nlStop)).toEqual(['diverse middelen (lectuur, seminaries)']);
  });

  it('trim French elisions and articles', () => {
    const diff = diffIndicators(['Donne des conseils.'], ['Donne des conseils et l’expertise fournie au client.']);
    expect(keyPhrases(diff.to, frStop)).toEqual(['expertise fournie au client']);
  });
});

describe('steps from level to level', () => {
  it('give, per dimension and level, what is new compared with the level before; the first adds nothing', () => {
    const [dimension] = levelSteps([klantenBegeleiden], levels, nlStop);
    expect(dimension!.steps.map((s) => [s.level, s.previous])).toEqual([
      ['D', null],
      ['C', 'D'],
      ['B', 'C'],
      ['A', 'B'],
    ]);
    expect(dimension!.steps[0]!.phrases).toEqual([]);
    expect(dimension!.steps[2]!.phrases).toEqual([
      'aangepaste en objectieve wijze',
      'zorgt ervoor',
      'klanten/burgers over transparante informatie beschikken',
    ]);
    expect(dimension!.steps[3]!.phrases).toContain('beste oplossing');
  });

  it('have no phrases when the wording stays the same or a level has no indicators', () => {
    const same: DimensionInput = { key: 'A', name: 'x', indicators: { D: ['Doet het werk.'], C: ['Doet het werk.'] } };
    expect(levelSteps([same], ['D', 'C', 'B'], nlStop)[0]!.steps.map((s) => s.phrases)).toEqual([[], [], []]);
  });

  it('pair each level with the next', () => {
    expect(adjacentPairs(levels)).toEqual([
      ['D', 'C'],
      ['C', 'B'],
      ['B', 'A'],
    ]);
  });
});

describe('steps as the island receives them', () => {
  it('carry the phrases per level only; the levels and the steps between them come back from the order', () => {
    const steps = levelSteps([klantenBegeleiden], levels, nlStop);
    const rows = toStepRows(steps);
    expect(JSON.stringify(rows)).not.toContain('previous');
    expect(rows[0]!.phrases).toHaveLength(levels.length);
    expect(fromStepRows(rows, levels)).toEqual(steps);
  });
});

describe('chart layout', () => {
  const steps = levelSteps(
    [klantenBegeleiden, { ...klantenBegeleiden, key: 'C', name: 'Klantencontacten onderhouden' }],
    levels,
    nlStop,
  );
  const texts = { start: 'startniveau', noNew: 'geen nieuwe kernwoorden' };
  const columns = chartColumns(levels);

  for (const mode of ['wide', 'narrow'] as const) {
    it(`${mode}: every line stays inside the chart, rows do not overlap, the first level says it is the start`, () => {
      const layout = layoutChart(steps, columns, mode, texts);
      expect(layout.width).toBe(CHART_WIDTH[mode]);
      const charWidth = 7.5;
      for (const row of layout.rows) {
        for (const step of row.steps) {
          for (const line of step.lines) {
            expect(line.x).toBeGreaterThanOrEqual(0);
            expect(line.x + line.text.length * charWidth, line.text).toBeLessThanOrEqual(step.box.x + step.box.width);
            expect(line.y).toBeLessThanOrEqual(layout.height);
          }
        }
        expect(row.steps[0]!.lines.map((l) => l.text)).toEqual(['startniveau']);
      }
      const [first, second] = layout.rows;
      const bottom = Math.max(...first!.steps.flatMap((s) => s.lines.map((l) => l.y)));
      expect(second!.titleLines[0]!.y - 16).toBeGreaterThan(bottom);
    });
  }

  it('wide: the steps rise from the first level to the highest, in columns from left to right', () => {
    const [row] = layoutChart(steps, columns, 'wide', texts).rows;
    const badges = row!.steps.map((s) => s.badge);
    for (let i = 1; i < badges.length; i += 1) {
      expect(badges[i]!.cx).toBeGreaterThan(badges[i - 1]!.cx);
      expect(badges[i]!.cy).toBeLessThan(badges[i - 1]!.cy);
    }
  });

  it('wide columns (d3, at build time): one per level, left to right inside the chart, the first level lowest', () => {
    const wide = chartColumns(levels);
    expect(wide.map((c) => c.level)).toEqual(levels);
    for (let i = 1; i < wide.length; i += 1) {
      expect(wide[i]!.x).toBeGreaterThanOrEqual(wide[i - 1]!.x + wide[i - 1]!.width);
      expect(wide[i]!.drop).toBeLessThan(wide[i - 1]!.drop);
    }
    expect(wide[0]!.x).toBe(0);
    expect(wide.at(-1)!.x + wide.at(-1)!.width).toBeLessThanOrEqual(CHART_WIDTH.wide);
    expect(wide.at(-1)!.drop).toBe(0);
  });

  it('is the same every time (the server and the browser draw the same SVG)', () => {
    expect(layoutChart(steps, columns, 'wide', texts)).toEqual(layoutChart(steps, columns, 'wide', texts));
  });

  it('wraps text to the width, cutting only words longer than a line', () => {
    expect(wrapText('A. Klantgerichtheid aan de dag leggen', 20)).toEqual(['A. Klantgerichtheid', 'aan de dag leggen']);
    expect(wrapText('langetermijnopportuniteiten', 12)).toEqual(['langetermij-', 'nopportunit-', 'eiten']);
  });
});

describe('URL state of the comparison', () => {
  it('reads a comparison in the order of the levels, case-insensitively', () => {
    expect(readViewState('?compare=C,B', levels)).toEqual({ pair: ['C', 'B'], problem: null });
    expect(readViewState('?compare=b,%20c', levels)).toEqual({ pair: ['C', 'B'], problem: null });
    expect(readViewState('?level=B', levels)).toEqual({ pair: [], problem: null });
  });

  it('reports malformed comparisons and recovers a comparison where it can', () => {
    expect(readViewState('?compare=C,Z', levels)).toEqual({
      pair: ['D', 'C'],
      problem: { reason: 'unknown', value: 'C,Z' },
    });
    expect(readViewState('?compare=B', levels)).toEqual({ pair: ['C', 'B'], problem: { reason: 'one', value: 'B' } });
    expect(readViewState('?compare=D,D', levels)).toEqual({
      pair: ['D', 'C'],
      problem: { reason: 'same', value: 'D,D' },
    });
    expect(readViewState('?compare=D,C,A', levels)).toEqual({
      pair: ['D', 'C'],
      problem: { reason: 'many', value: 'D,C,A' },
    });
    expect(readViewState('?compare=X,Y', levels)).toEqual({ pair: [], problem: { reason: 'unknown', value: 'X,Y' } });
  });

  it('writes the comparison, keeping other parameters and a readable comma', () => {
    expect(writeViewState('?level=B', ['C', 'B'])).toBe('?level=B&compare=C,B');
    expect(writeViewState('?compare=C,B&level=B', [])).toBe('?level=B');
    expect(writeViewState('?compare=C,B', [])).toBe('');
  });

  it('round-trips', () => {
    for (const pair of [[], ['C', 'B'], ['D', 'A']]) {
      expect(readViewState(writeViewState('?level=C', pair), levels).pair).toEqual(pair);
    }
    expect(inLevelOrder(['A', 'D'], levels)).toEqual(['D', 'A']);
  });

  it('says what was wrong and what is shown instead', () => {
    const labels = {
      problemUnknown: 'unknown {value}.',
      problemOne: 'one {value}.',
      problemSame: 'same {value}.',
      problemMany: 'many {value}.',
      recoveredTwo: 'comparing {from}-{to}.',
      recoveredNone: 'choose.',
    };
    expect(problemMessage({ reason: 'same', value: 'B,B' }, ['C', 'B'], labels)).toBe('same B,B. comparing C-B.');
    expect(problemMessage({ reason: 'unknown', value: 'X,Y' }, [], labels)).toBe('unknown X,Y. choose.');
  });
});

describe('no score', () => {
  it('no string of the progression view speaks of a share or a percentage', () => {
    for (const dictionary of [nl, fr]) {
      const text = JSON.stringify(dictionary.visualiser);
      expect(text).not.toMatch(/%|\{share\}|aandeel|part de formulation|percent/i);
    }
  });
});
