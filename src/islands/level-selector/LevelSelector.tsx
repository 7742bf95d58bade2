import { useEffect, useState } from 'preact/hooks';
import { levelOfAnchor, readLevelChoice, writeLevelChoice } from './level-param';
import './LevelSelector.css';

export interface LevelSelectorLabels {
  legend: string;
  all: string;
  /** Template with `{level}`. */
  levelName: string;
  /** Template with `{value}`. */
  unknownLevel: string;
  /** Template with `{level}`. */
  showingLevel: string;
}

interface Props {
  levels: string[];
  labels: LevelSelectorLabels;
  /** Id of the element holding one `[data-level]` section per level. */
  matrixId: string;
}

const fill = (template: string, name: string, value: string) => template.replace(`{${name}}`, value);

/** Shows the sections of the chosen level only (or all), and keeps the place in the language switch. */
function applyToPage(matrixId: string, selected: string | null): void {
  const matrix = document.getElementById(matrixId);
  matrix?.querySelectorAll<HTMLElement>('[data-level]').forEach((section) => {
    section.hidden = selected !== null && section.dataset.level !== selected;
  });
  // The counterpart page in another language keeps the same level and anchor.
  document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]').forEach((link) => {
    const url = new URL(link.href, location.href);
    url.search = writeLevelChoice(url.search, selected);
    url.hash = location.hash;
    link.href = url.href;
  });
}

export default function LevelSelector({ levels, labels, matrixId }: Props) {
  const [selected, setSelected] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Rendered on the server but shown only once it works: without JavaScript every level is shown.
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const choice = readLevelChoice(location.search, levels);
    const anchorLevel = levelOfAnchor(location.hash, levels);
    if (choice.kind === 'invalid') {
      setProblem(fill(labels.unknownLevel, 'value', choice.value));
      history.replaceState(history.state, '', `${location.pathname}${writeLevelChoice(location.search, null)}${location.hash}`);
    }
    // A link to an indicator of another level than the one asked for shows every level.
    const initial = choice.kind === 'level' && (anchorLevel === null || anchorLevel === choice.level) ? choice.level : null;
    setSelected(initial);
    applyToPage(matrixId, initial);
    setReady(true);
    // Following a link to an indicator hidden by the current choice shows every level again.
    const onHashChange = () => {
      const current = readLevelChoice(location.search, levels);
      const target = levelOfAnchor(location.hash, levels);
      const keep = current.kind === 'level' && (target === null || target === current.level) ? current.level : null;
      if (keep === null && current.kind === 'level') {
        history.replaceState(history.state, '', `${location.pathname}${writeLevelChoice(location.search, null)}${location.hash}`);
      }
      setSelected(keep);
      applyToPage(matrixId, keep);
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  const choose = (level: string | null) => {
    setSelected(level);
    setProblem(null);
    history.replaceState(history.state, '', `${location.pathname}${writeLevelChoice(location.search, level)}${location.hash}`);
    applyToPage(matrixId, level);
    setAnnouncement(level === null ? labels.all : fill(labels.showingLevel, 'level', level));
  };

  const options: { value: string | null; label: string }[] = [
    { value: null, label: labels.all },
    ...levels.map((level) => ({ value: level, label: fill(labels.levelName, 'level', level) })),
  ];

  return (
    <div class="level-selector" hidden={!ready}>
      <fieldset>
        <legend>{labels.legend}</legend>
        <div class="options">
          {options.map((option) => (
            <label key={option.value ?? 'all'} class={selected === option.value ? 'is-selected' : undefined}>
              <input
                type="radio"
                name="level"
                value={option.value ?? ''}
                checked={selected === option.value}
                onChange={() => choose(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {problem && (
        <p class="level-problem" role="alert">
          {problem}
        </p>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
