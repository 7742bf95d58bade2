/**
 * The copy tools of a competency or level page, without a framework: copy a competency at a level
 * ("copy the level"), keep it in the job profile (a toggle), and, in "copy mode", copy one
 * dimension or one indicator. The page renders the level clusters hidden (nothing that cannot work
 * without JavaScript); this module shows them, adds the per-indicator buttons only in copy mode
 * (so they add no Tab stop otherwise), and does the copying with the same text formats as the
 * profile builder (src/lib/profile/format/).
 */
import { cellAnchor } from '../../lib/anchors';
import { copyToClipboard } from '../../lib/profile/clipboard';
import { STORAGE_KEY } from '../../lib/profile/codec';
import type { CompetencyEntry } from '../../lib/profile/data';
import { competencyBlock, fill } from '../../lib/profile/document';
import { competencyHtml, dimensionHtml } from '../../lib/profile/format/html';
import { competencyText, dimensionText } from '../../lib/profile/format/text';
import { emptyProfile, withCompetency, withoutCompetency } from '../../lib/profile/state';
import { loadProfile, saveProfile } from '../../lib/profile/storage';
import type { CopyToolsConfig } from './config';

export const CONFIG_ID = 'copy-tools-data';

function readConfig(): CopyToolsConfig | null {
  const element = document.getElementById(CONFIG_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as CopyToolsConfig;
  } catch {
    return null;
  }
}

function start(config: CopyToolsConfig): void {
  const { locale, locales, competencies, labels, strings } = config;
  const entryOf = (key: string) => competencies.find((c) => c.key === key);
  const nameOf = (entry: CompetencyEntry, level: string) => entry.levels[level]?.[locale]?.name ?? entry.name[locale] ?? entry.key;
  const message = document.querySelector<HTMLElement>('[data-copy-message]');
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** A short confirmation at the bottom of the screen, announced politely. */
  const say = (text: string) => {
    if (!message) return;
    message.textContent = '';
    const span = document.createElement('span');
    span.textContent = text;
    message.append(span);
    clearTimeout(timer);
    timer = setTimeout(() => { message.textContent = ''; }, 8000);
  };

  const refreshToggles = () => {
    const stored = loadProfile();
    const chosen = stored.kind === 'ok' ? stored.state.competencies : [];
    document.querySelectorAll<HTMLButtonElement>('button[data-profile-add]').forEach((button) => {
      const pressed = chosen.some((c) => c.key === button.dataset.competency && c.level === button.dataset.level);
      button.setAttribute('aria-pressed', String(pressed));
    });
  };

  /** Where the Clipboard API is missing or refuses: the text selected in a field, to copy by hand. */
  const showFallback = (text: string, returnTo: HTMLElement) => {
    document.querySelector('.copy-fallback')?.remove();
    const box = document.createElement('div');
    box.className = 'copy-fallback';
    box.dataset.pagefindIgnore = '';
    const id = `copy-fallback-${Date.now()}`;
    const note = document.createElement('p');
    note.id = `${id}-message`;
    note.className = 'copy-fallback-message';
    note.textContent = strings.copyFallback;
    const label = document.createElement('label');
    label.htmlFor = `${id}-text`;
    label.textContent = strings.copyFallbackLabel;
    const field = document.createElement('textarea');
    field.id = `${id}-text`;
    field.readOnly = true;
    field.rows = 8;
    field.value = text;
    field.setAttribute('aria-describedby', note.id);
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = strings.close;
    const dismiss = () => {
      box.remove();
      returnTo.focus();
    };
    close.addEventListener('click', dismiss);
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') dismiss();
    });
    box.append(note, label, field, close);
    document.querySelector('[data-copy-tools]')?.append(box);
    field.focus();
    field.select();
  };

  const copy = async (button: HTMLButtonElement) => {
    const { copy: kind, competency = '', level = '', dimension, position } = button.dataset;
    const entry = entryOf(competency);
    if (!entry?.levels[level]) return;
    const block = competencyBlock(entry, { key: competency, level }, [locale], locales, labels);
    const doc = { labels };
    let plain = '';
    let html: string | undefined;
    if (kind === 'competency') {
      plain = competencyText(doc, block, locale);
      html = competencyHtml(doc, block, locale, 2);
    } else {
      const cell = block.dimensions.find((d) => d.code === cellAnchor(level, dimension ?? '', competency));
      if (!cell) return;
      if (kind === 'dimension') {
        plain = dimensionText(doc, cell, locale);
        html = dimensionHtml(doc, cell, locale);
      } else {
        plain = cell.indicators[Number(position) - 1]?.text[locale] ?? '';
      }
    }
    const outcome = await copyToClipboard(plain, html);
    if (outcome === 'manual') return showFallback(plain, button);
    document.querySelectorAll('[data-copied]').forEach((b) => b.removeAttribute('data-copied'));
    button.setAttribute('data-copied', '');
    say(outcome === 'copied' ? strings.copied : strings.copiedPlain);
  };

  const toggle = (button: HTMLButtonElement) => {
    const { competency = '', level = '' } = button.dataset;
    const entry = entryOf(competency);
    if (!entry) return;
    const stored = loadProfile();
    if (stored.kind === 'unavailable') return say(strings.storageUnavailable);
    if (stored.kind === 'corrupt') return say(strings.storedUnreadableOnPage);
    const state = stored.kind === 'ok' ? stored.state : emptyProfile([locale]);
    const present = state.competencies.find((c) => c.key === competency);
    const name = nameOf(entry, level);
    let next = state;
    let text: string;
    if (present?.level === level) {
      next = withoutCompetency(state, competency);
      text = fill(strings.removed, { name });
    } else {
      next = withCompetency(state, competency, level);
      text = fill(present ? strings.levelChanged : strings.added, { name, level });
    }
    if (!saveProfile(next)) return say(strings.storageUnavailable);
    refreshToggles();
    say(text);
  };

  /** A copy button for a dimension or an indicator (made only in copy mode). */
  const copyButton = (data: Record<string, string>, label: string) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.dataset.copyAdded = '';
    Object.assign(button.dataset, data);
    button.setAttribute('aria-label', label);
    button.title = label;
    return button;
  };

  /** Copy mode on: a copy button beside every dimension heading and every indicator; off: none. */
  const setCopyMode = (on: boolean) => {
    document.querySelectorAll('[data-copy-added]').forEach((b) => b.remove());
    document.documentElement.toggleAttribute('data-copy-mode', on);
    document.querySelectorAll<HTMLButtonElement>('button[data-copy-mode]').forEach((b) => b.setAttribute('aria-pressed', String(on)));
    if (!on) return;
    document.querySelectorAll<HTMLElement>('[data-copy-cell]').forEach((cell) => {
      const [competency = '', level = '', dimension = ''] = (cell.dataset.copyCell ?? '').split('|');
      const base = { competency, level, dimension };
      cell.querySelector('[data-copy-head]')?.append(
        copyButton({ ...base, copy: 'dimension' }, fill(strings.copyDimension, { dimension, level })),
      );
      cell.querySelectorAll(':scope li').forEach((item, index) => {
        const position = String(index + 1);
        item.append(copyButton({ ...base, copy: 'indicator', position }, fill(strings.copyIndicator, { position, dimension, level })));
      });
    });
  };

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    if (button.hasAttribute('data-copy-mode')) setCopyMode(button.getAttribute('aria-pressed') !== 'true');
    else if (button.dataset.copy) void copy(button);
    else if (button.hasAttribute('data-profile-add')) toggle(button);
  });
  addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) refreshToggles();
  });
  document.querySelectorAll<HTMLElement>('[data-profile-tools]').forEach((element) => {
    element.hidden = false;
  });
  refreshToggles();
}

const config = readConfig();
if (config) start(config);


