import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { readLevelChoice } from '../level-selector/level-param';
import { islandHydrator } from '../shared/island-hydrator';
import { updateLanguageLinks } from '../shared/language-links';
import type { ChartColumn } from './chart-columns';
import { layoutChart, type StepLayout } from './chart-layout';
import { fill, problemMessage, type ViewStrings } from './messages';
import ProgressionChart from './ProgressionChart';
import { fromStepRows, type StepRow } from './step-props';
import { adjacentPairs, inLevelOrder, readViewState, writeViewState } from './view-state';
import './ProgressionVisualiser.css';

/** The comparison panel and its word diff, loaded when a comparison is first opened. */
type ComparisonModule = typeof import('./comparison-on-page');
/**
 * The progression view of a competency page: per dimension, what each level adds to the one
 * before it (server-rendered SVG, the same on the server and at hydration, so nothing moves and
 * no focus is lost), and the full comparison of two levels on request (`?compare=C,B`).
 * It follows the level chosen on the page (`?level=`, the `level-change` event) and has no level
 * picker of its own.
 * What each level adds (the key phrases, from the word diff) and the wide drawing's columns (d3)
 * are computed at build time and come as props; the browser only lays the text out (arithmetic)
 * and loads the comparison when one is opened.
 */
export interface Props {
  /** Level ids, first to highest. */
  levels: string[];
  /** Per dimension, what each level adds to the one before it (levelSteps, at build time). */
  rows: StepRow[];
  /** The wide drawing's columns (chartColumns, at build time). */
  columns: ChartColumn[];
  labels: ViewStrings;
  /** Id of the section holding the view: the URL points there when a comparison is opened. */
  sectionId: string;
}

function writeUrl(pair: readonly string[], hash: string): void {
  history.replaceState(history.state, '', `${location.pathname}${writeViewState(location.search, pair)}${hash}`);
  // The language switch keeps the comparison: its links get the same parameter.
  updateLanguageLinks((url) => {
    url.search = writeViewState(url.search, pair);
  });
}

const samePair = (a: readonly string[], b: readonly string[]) => a.length === 2 && a[0] === b[0] && a[1] === b[1];

export default function ProgressionVisualiser({ levels, rows, columns, labels, sectionId }: Props) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [pair, setPair] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const choiceRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const comparisonRef = useRef<HTMLDivElement>(null);
  const [comparisonModule, setComparisonModule] = useState<ComparisonModule | null>(null);
  /** A step of the chart opened the comparison: bring it into view once it is drawn. */
  const scrollToComparison = useRef(false);

  const layouts = useMemo(() => {
    const texts = { start: labels.start, noNew: labels.noNew };
    const steps = fromStepRows(rows, levels);
    return [layoutChart(steps, columns, 'wide', texts), layoutChart(steps, columns, 'narrow', texts)];
  }, []);
  const pairs = adjacentPairs(levels);
  const comparison =
    comparisonModule && pair.length === 2 ? comparisonModule.comparisonOnPage(rows, levels, pair[0]!, pair[1]!) : null;

  useEffect(() => {
    if (pair.length === 2 && !comparisonModule) void import('./comparison-on-page').then(setComparisonModule);
  }, [pair, comparisonModule]);

  useEffect(() => {
    if (!comparison || !scrollToComparison.current) return;
    scrollToComparison.current = false;
    requestAnimationFrame(() => comparisonRef.current?.scrollIntoView({ block: 'nearest' }));
  });

  // After hydration only (the first render must be the server's): the URL and the page's level.
  useEffect(() => {
    const state = readViewState(location.search, levels);
    if (state.problem) setProblem(problemMessage(state.problem, state.pair, labels));
    if (state.pair.length === 2) {
      setPair(state.pair);
      writeUrl(state.pair, location.hash);
    } else if (state.problem) writeUrl([], location.hash);
    const level = readLevelChoice(location.search, levels);
    setChosen(level.kind === 'level' ? level.level : null);
    const onLevelChange = (event: Event) => {
      const next = (event as CustomEvent<{ level?: unknown }>).detail?.level;
      setChosen(typeof next === 'string' && levels.includes(next) ? next : null);
    };
    document.addEventListener('level-change', onLevelChange);
    return () => document.removeEventListener('level-change', onLevelChange);
  }, []);

  const open = (next: readonly string[], fromChart = false) => {
    const ordered = inLevelOrder(next, levels);
    setProblem(null);
    setPair(ordered);
    writeUrl(ordered, `#${sectionId}`);
    setAnnouncement(fill(labels.announceTwo, { from: ordered[0]!, to: ordered[1]! }));
    scrollToComparison.current = fromChart;
  };

  const close = () => {
    const index = pairs.findIndex((p) => samePair(p, pair));
    setPair([]);
    setProblem(null);
    writeUrl([], location.hash);
    setAnnouncement(labels.announceNone);
    // The panel and its button go away: the focus goes to the choice that opened it.
    choiceRefs.current[Math.max(0, index)]?.focus();
  };

  const onStep = (step: StepLayout) => {
    if (step.previous !== null) open([step.previous, step.level], true);
  };

  return (
    <div class="pv">
      {problem && (
        <p class="pv-problem" role="alert">
          {problem}
        </p>
      )}
      {layouts.map((layout) => (
        <ProgressionChart key={layout.mode} layout={layout} labels={labels} chosen={chosen} onStep={onStep} />
      ))}
      <div class="pv-choice" role="group" aria-labelledby="pv-choice-label">
        <span id="pv-choice-label" class="pv-choice-label">
          {labels.compareLabel}
        </span>
        {pairs.map(([from, to], index) => {
          const active = samePair(pair, [from, to]);
          return (
            <button
              type="button"
              key={`${from}${to}`}
              class="pv-button"
              aria-pressed={active}
              data-pair={`${from},${to}`}
              ref={(element) => {
                choiceRefs.current[index] = element;
              }}
              onClick={() => (active ? close() : open([from, to]))}
            >
              <span class="visually-hidden">{labels.compareFrom} </span>
              {from}
              <span aria-hidden="true"> → </span>
              <span class="visually-hidden"> {labels.compareTo} </span>
              {to}
            </button>
          );
        })}
      </div>
      {/* A polite live region (not role=status: the level picker's status stays the page's one). */}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <div ref={comparisonRef}>
        {comparison && comparisonModule && (
          <comparisonModule.ComparisonPanel comparison={comparison} labels={labels} onClose={close} />
        )}
      </div>
    </div>
  );
}

/** Takes over the server's rendering in the page (progression-island.ts). */
export const hydrateIsland = islandHydrator(ProgressionVisualiser);
