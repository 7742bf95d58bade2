/**
 * The only script on every page: opens search from the header link, `/` or Ctrl/Cmd+K. Nothing
 * of search is downloaded with the page: the search UI and its strings, Pagefind and the
 * language's index load when the reader shows they are about to search (pointer over the link,
 * focus on it) or opens search, so that the first query finds everything ready. Without
 * JavaScript the header link leads to the search page.
 */
import type { SearchStrings } from '../../i18n/types';
import { CONFIG_ATTRIBUTE, type SearchLinkConfig } from './config';

const link = document.querySelector<HTMLAnchorElement>(`[${CONFIG_ATTRIBUTE}]`);

interface Prepared {
  mount: typeof import('./mount');
  strings: SearchStrings;
}

let preparing: Promise<Prepared> | undefined;

/**
 * The dialog's strings. A fetch of its own, not shared/fetch-json.ts: the launcher is on every page,
 * and a module it shares with the page scripts becomes a file of its own that every page loads
 * (measured: two more files on competency and level pages, even with a dynamic import).
 */
async function fetchStrings(url: string): Promise<SearchStrings> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as SearchStrings;
}

const readConfig = (): SearchLinkConfig => JSON.parse(link?.getAttribute(CONFIG_ATTRIBUTE) ?? '{}') as SearchLinkConfig;

/** Loads the search UI and its strings, and starts loading Pagefind and the index (once). */
function prepare(): Promise<Prepared> {
  preparing ??= Promise.all([import('./mount'), fetchStrings(readConfig().stringsUrl)]).then(([mount, strings]) => {
    mount.prepareSearch();
    return { mount, strings };
  });
  preparing.catch(() => {
    preparing = undefined; // a later attempt may succeed
  });
  return preparing;
}

async function open(event?: Event) {
  if (!link) return;
  event?.preventDefault();
  if (document.querySelector('dialog.search-dialog[open]')) return; // already open
  const { stringsUrl: _stringsUrl, ...config } = readConfig();
  const opener =
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : link;
  try {
    const { mount, strings } = await prepare();
    mount.openSearch({ ...config, strings }, opener);
  } catch {
    location.assign(link.href); // the search page says what went wrong
  }
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url']);

/** `/` typed into a text field is text, not the shortcut (a radio button or a link is not a text field). */
function typingInAField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // A field of a dialog just closed keeps the focus until the next rendering: it is not being typed in.
  if (target.closest('dialog') && !target.closest('dialog[open]')) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

// Intent: a pointer over the link (mouse, pen, a finger touching it) or keyboard focus on it.
link?.addEventListener('pointerenter', () => void prepare().catch(() => undefined));
link?.addEventListener('focus', () => void prepare().catch(() => undefined));
link?.addEventListener('click', (event) => {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return; // new tab etc.
  void open(event);
});
document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
  if (
    shortcut ||
    (event.key === '/' && !typingInAField(event.target) && !event.altKey && !event.ctrlKey && !event.metaKey)
  ) {
    void open(event);
  }
});
