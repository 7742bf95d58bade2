/**
 * The copy tools of a competency or level page, without a framework: copy a competency at a level
 * ("copy the level"), keep it in the job profile (a toggle), and, in copy mode, copy one dimension
 * or one indicator. The page renders the level clusters hidden (nothing that cannot work without
 * JavaScript); this module shows them and loads the rest (./copy-actions.ts: the texts, the
 * clipboard, the profile, the per-indicator buttons of copy mode, their styles; and the language's
 * strings of the tools) when it is first needed: on the first hover or focus of a tool, or at once
 * when this browser already keeps a profile (to show which levels are in it).
 */
import { fetchJson } from '../shared/fetch-json';
import type { CopyRequest, CopyToolsConfig, CopyToolsPageData, CopyToolsTexts } from './config';

const CONFIG_ID = 'copy-tools-data';

function readPageData(): CopyToolsPageData | null {
  const element = document.getElementById(CONFIG_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as CopyToolsPageData;
  } catch {
    return null;
  }
}

interface Loaded {
  actions: typeof import('./copy-actions');
  config: CopyToolsConfig;
}

const storedProfileExists = (key: string): boolean => {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
};

function start({ textsUrl, unavailable, ...page }: CopyToolsPageData): void {
  const message = document.querySelector<HTMLElement>('[data-copy-message]');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loading: Promise<Loaded> | undefined;
  /** The copy actions and the language's texts of the tools, loaded together once (again after a failure). */
  const load = (): Promise<Loaded> => {
    loading ??= Promise.all([import('./copy-actions'), fetchJson<CopyToolsTexts>(textsUrl)]).then(
      ([actions, texts]) => ({ actions, config: { ...page, ...texts } }),
    );
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };

  /** A short confirmation at the bottom of the screen, announced politely. */
  const say = (text: string) => {
    if (!message) return;
    message.textContent = '';
    const span = document.createElement('span');
    span.textContent = text;
    message.append(span);
    clearTimeout(timer);
    timer = setTimeout(() => {
      message.textContent = '';
    }, 8000);
  };

  const refreshToggles = async () => {
    const kept = (await load()).actions.keptLevels();
    document.querySelectorAll<HTMLButtonElement>('button[data-profile-add]').forEach((button) => {
      const pressed = kept.some((c) => c.key === button.dataset.competency && c.level === button.dataset.level);
      button.setAttribute('aria-pressed', String(pressed));
    });
  };

  const copy = async (button: HTMLButtonElement) => {
    const { copy: kind, competency = '', level = '', dimension, position } = button.dataset;
    const request: CopyRequest = {
      kind: kind as CopyRequest['kind'],
      competency,
      level,
      dimension,
      position: Number(position ?? 0),
    };
    const { actions, config } = await load();
    const result = await actions.copyRequest(config, request);
    if (!result) return;
    if (result.outcome === 'manual') return actions.showFallback(config, result.plain, button);
    document.querySelectorAll('[data-copied]').forEach((b) => b.removeAttribute('data-copied'));
    button.setAttribute('data-copied', '');
    say(result.outcome === 'copied' ? config.strings.copied : config.strings.copiedPlain);
  };

  const toggle = async (button: HTMLButtonElement) => {
    const { competency = '', level = '' } = button.dataset;
    const { actions, config } = await load();
    const text = actions.toggleInProfile(config, competency, level);
    if (text === null) return;
    await refreshToggles();
    say(text);
  };

  /** What the reader asked for could not load: say so (the next use loads again). */
  const reportUnavailable = () => say(unavailable);

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    if (button.hasAttribute('data-copy-mode')) {
      load()
        .then(({ actions, config }) => actions.setCopyMode(config, button.getAttribute('aria-pressed') !== 'true'))
        .catch(reportUnavailable);
    } else if (button.dataset.copy) copy(button).catch(reportUnavailable);
    else if (button.hasAttribute('data-profile-add')) toggle(button).catch(reportUnavailable);
  });
  // Warm up before the first click: a pointer over a tool, or the keyboard on one.
  const warm = (event: Event) => {
    if (event.target instanceof Element && event.target.closest('[data-profile-tools], [data-copy]'))
      void load().catch(() => undefined);
  };
  document.addEventListener('pointerover', warm, { passive: true });
  document.addEventListener('focusin', warm);
  addEventListener('storage', (event) => {
    if (event.key === page.storageKey || event.key === null) refreshToggles().catch(() => undefined);
  });
  document.querySelectorAll<HTMLElement>('[data-profile-tools]').forEach((element) => {
    element.hidden = false;
  });
  // Not asked for by the reader: if it cannot load, the toggles stay as they are until the next use.
  if (storedProfileExists(page.storageKey)) refreshToggles().catch(() => undefined);
}

const pageData = readPageData();
if (pageData) start(pageData);
