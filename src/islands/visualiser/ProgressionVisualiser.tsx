import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { VisualiserChartStrings } from '../../i18n/types';
import { cellAt, drawChart, type ChartRow } from './chart';
import { moveInGrid, type GridPosition } from './grid-nav';
import LevelPanel from './LevelPanel';
import { fill, problemMessage } from './messages';
import { progression, type DimensionInput } from './progression';
import { inLevelOrder, readViewState, toggleLevel, writeViewState } from './view-state';
import './ProgressionVisualiser.css';

interface Props {
  /** BCP 47 tag, for the percentages. */
  htmlLang: string;
  /** Level ids, first to highest. */
  levels: string[];
  dimensions: DimensionInput[];
  labels: VisualiserChartStrings;
  /** Id of the section holding the island: the URL points there when a view is chosen. */
  sectionId: string;
  /** Id of the server-rendered level matrix's heading (the alternative without JavaScript). */
  tableId: string;
}

/** The language switch keeps the view: its links get the same parameters and anchor. */
function syncLanguageLinks(selected: readonly string[]): void {
  document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]').forEach((link) => {
    const url = new URL(link.href, location.href);
    url.search = writeViewState(url.search, selected);
    url.hash = location.hash;
    link.href = url.href;
  });
}

function writeUrl(selected: readonly string[], hash: string): void {
  history.replaceState(history.state, '', `${location.pathname}${writeViewState(location.search, selected)}${hash}`);
  syncLanguageLinks(selected);
}

export default function ProgressionVisualiser({ htmlLang, levels, dimensions, labels, sectionId, tableId }: Props) {
  // Rendered on the server as a pointer to the level matrix; the chart appears once the island runs.
  const [ready, setReady] = useState(false);
  /** Chosen levels, in the order they were chosen (a third choice replaces the first). */
  const [chosen, setChosen] = useState<string[]>([]);
  const [focus, setFocus] = useState<GridPosition>({ row: 0, col: 0 });
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [width, setWidth] = useState(0);
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const focusPending = useRef(false);

  const format = useMemo(() => new Intl.NumberFormat(htmlLang, { style: 'percent', maximumFractionDigits: 0 }), [htmlLang]);
  const percent = (share: number) => format.format(share);
  const selected = inLevelOrder(chosen, levels);
  const rows: ChartRow[] = useMemo(
    () =>
      ready
        ? progression(dimensions, levels).map((dimension) => {
            const name = `${dimension.key}. ${dimension.name}`;
            return {
              key: dimension.key,
              title: name,
              cells: dimension.steps.map((step) =>
                step.share === null || step.previous === null
                  ? { level: step.level, share: null, text: labels.firstMark, label: fill(labels.cellFirst, { level: step.level, dimension: name }) }
                  : {
                      level: step.level,
                      share: step.share,
                      text: format.format(step.share),
                      label: fill(labels.cellShare, { level: step.level, dimension: name, share: format.format(step.share), previous: step.previous }),
                    },
              ),
            };
          })
        : [],
    [ready],
  );

  useEffect(() => {
    const state = readViewState(location.search, levels);
    if (state.problem) setProblem(problemMessage(state.problem, state.selected, labels));
    setChosen(state.selected);
    const last = state.selected[state.selected.length - 1];
    if (last !== undefined) setFocus({ row: 0, col: levels.indexOf(last) });
    writeUrl(state.selected, location.hash);
    setReady(true);
  }, []);

  useEffect(() => {
    const box = boxRef.current;
    if (!ready || !box) return;
    setWidth(Math.floor(box.clientWidth));
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [ready]);

  const choose = (next: string[]) => {
    setChosen(next);
    setProblem(null);
    const ordered = inLevelOrder(next, levels);
    writeUrl(ordered, ordered.length > 0 ? `#${sectionId}` : location.hash);
    setAnnouncement(
      ordered.length >= 2
        ? fill(labels.announceTwo, { from: ordered[0]!, to: ordered[1]! })
        : ordered.length === 1
          ? fill(labels.announceOne, { level: ordered[0]! })
          : labels.announceNone,
    );
  };

  const activate = (position: GridPosition) => {
    const level = levels[position.col];
    if (level === undefined) return;
    setFocus(position);
    choose(toggleLevel(chosen, level));
  };

  const onKeyDown = (event: KeyboardEvent, position: GridPosition) => {
    const next = moveInGrid(position, event.key, { rows: rows.length, cols: levels.length }, event.ctrlKey);
    if (next) {
      event.preventDefault();
      focusPending.current = true;
      setFocus(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(position);
    } else if (event.key === 'Escape' && chosen.length > 0) {
      event.preventDefault();
      choose([]);
    }
  };

  useEffect(() => {
    const svg = svgRef.current;
    if (!ready || !svg || width === 0) return;
    drawChart(
      svg,
      {
        width,
        levels: levels.map((id) => ({ id, label: fill(labels.level, { level: id }) })),
        rows,
        selected,
        focus,
        gridLabel: labels.gridLabel,
        corner: labels.corner,
      },
      { onKeyDown, onActivate: activate },
    );
    if (focusPending.current) {
      focusPending.current = false;
      cellAt(svg, focus)?.focus();
    }
  });

  if (!ready) {
    return (
      <div class="visualiser">
        <p class="vis-fallback">
          {labels.fallback} <a href={`#${tableId}`}>{labels.fallbackLink}</a>
        </p>
      </div>
    );
  }
  return (
    <div class="visualiser">
      {problem && (
        <p class="vis-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="vis-chart" ref={boxRef}>
        <svg ref={svgRef} aria-describedby="vis-keyboard" />
      </div>
      <p class="vis-note">{labels.measure}</p>
      <p class="vis-note" id="vis-keyboard">{labels.keyboard}</p>
      {/* A polite live region (not role=status: the level selector's status stays the page's one). */}
      <p class="visually-hidden vis-announcement" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <LevelPanel levels={levels} dimensions={dimensions} selected={selected} labels={labels} percent={percent} onChoose={choose} />
    </div>
  );
}
