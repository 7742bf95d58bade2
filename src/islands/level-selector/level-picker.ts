/**
 * The level picker of a competency page, without a framework: a row of links (`?level=B#level-B`,
 * so that without JavaScript they still lead to the level) that, with JavaScript, show the chosen
 * level only (or every level) without reloading.
 *
 * On a competency page, public/level-first.js (a small blocking script in the head) has already
 * hidden the other levels before the first paint, so nothing moves when this module takes over.
 *
 * The choice is shared with the rest of the page (contract with the progression view): the URL
 * holds it as `?level=B` (absent = every level), updated with `history.replaceState`, and every
 * change is announced with `document.dispatchEvent(new CustomEvent('level-change', { detail: { level } }))`
 * (`level: null` for every level).
 */
import {
  LEVEL_CHANGE_EVENT,
  type LevelChangeDetail,
  levelOfAnchor,
  readLevelChoice,
  writeLevelChoice,
} from './level-param';
import { updateLanguageLinks } from '../shared/language-links';

interface PickerConfig {
  levels: string[];
  /** Id of the element holding one `[data-level]` section per level. */
  matrix: string;
  /** Templates with `{level}` / `{value}`. */
  showingLevel: string;
  showingAll: string;
  unknownLevel: string;
}

const fill = (template: string, value: string) => template.replace(/\{(level|value)\}/g, value);

export function enhanceLevelPicker(picker: HTMLElement): void {
  const config = JSON.parse(picker.dataset.levelPicker ?? '{}') as PickerConfig;
  const levels = config.levels ?? [];
  const choices = [...picker.querySelectorAll<HTMLAnchorElement>('a[data-level-choice]')];
  const status = picker.querySelector<HTMLElement>('[data-level-status]');
  const problem = picker.querySelector<HTMLElement>('[data-level-problem]');
  let current: string | null = null;

  /** The counterpart page in another language keeps the same level and place. */
  const keepLevelInLanguageLinks = (level: string | null) =>
    updateLanguageLinks((url) => {
      url.search = writeLevelChoice(url.search, level);
      url.hash = location.hash;
    });

  const setUrl = (level: string | null) => {
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${writeLevelChoice(location.search, level)}${location.hash}`,
    );
  };

  /** Shows the level's section only (or all), marks the choice, keeps it in the language switch. */
  const apply = (level: string | null, announce: boolean) => {
    const changed = level !== current;
    current = level;
    document
      .getElementById(config.matrix)
      ?.querySelectorAll<HTMLElement>('[data-level]')
      .forEach((section) => {
        section.hidden = level !== null && section.dataset.level !== level;
      });
    for (const link of choices) {
      const value = link.dataset.levelChoice || null;
      if (value === level) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    keepLevelInLanguageLinks(level);
    if (announce && status) status.textContent = level === null ? config.showingAll : fill(config.showingLevel, level);
    if (changed) {
      const detail: LevelChangeDetail = { level };
      document.dispatchEvent(new CustomEvent(LEVEL_CHANGE_EVENT, { detail }));
    }
  };

  // A link's value is echoed at most this long (a link can hold anything, of any length).
  const shortened = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

  // The start: the URL's choice, unless it names a level that does not exist (reported, then every
  // level), or the address points at an indicator of another level (then every level).
  const choice = readLevelChoice(location.search, levels);
  if (choice.kind === 'invalid') {
    if (problem) {
      problem.textContent = fill(config.unknownLevel, shortened(choice.value));
      problem.hidden = false;
    }
    setUrl(null);
  }
  const anchorLevel = levelOfAnchor(location.hash, levels);
  const initial =
    choice.kind === 'level' && (anchorLevel === null || anchorLevel === choice.level) ? choice.level : null;
  if (initial === null && choice.kind === 'level') setUrl(null);
  current = null;
  apply(initial, false);
  // The head script's stand-in (public/level-first.js) is no longer needed.
  const early = (window as { levelFirstSheet?: CSSStyleSheet }).levelFirstSheet;
  if (early) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== early);
  picker.dataset.ready = '';

  picker.addEventListener('click', (event) => {
    const link =
      event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-level-choice]') : null;
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const level = link.dataset.levelChoice || null;
    if (problem) problem.hidden = true;
    setUrl(level);
    apply(level, true);
  });

  // Following a link to an indicator hidden by the current choice shows every level again.
  addEventListener('hashchange', () => {
    const target = levelOfAnchor(location.hash, levels);
    if (current !== null && target !== null && target !== current) {
      setUrl(null);
      apply(null, true);
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    } else {
      keepLevelInLanguageLinks(current);
    }
  });
}

document.querySelectorAll<HTMLElement>('[data-level-picker]').forEach(enhanceLevelPicker);
