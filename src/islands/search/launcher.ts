/**
 * The only script on every page: opens search from the header link, `/` or Ctrl/Cmd+K, and
 * downloads the search UI (and later Pagefind's index) at that moment, not before.
 * Without JavaScript the header link leads to the search page.
 */
import { CONFIG_ATTRIBUTE, type SearchConfig } from './config';

const link = document.querySelector<HTMLAnchorElement>(`[${CONFIG_ATTRIBUTE}]`);

async function open(event?: Event) {
  if (!link) return;
  event?.preventDefault();
  if (document.querySelector('dialog.search-dialog[open]')) return; // already open
  const config = JSON.parse(link.getAttribute(CONFIG_ATTRIBUTE) ?? '{}') as SearchConfig;
  const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : link;
  try {
    const { openSearch } = await import('./mount');
    openSearch(config, opener);
  } catch {
    location.assign(link.href); // the search page says what went wrong
  }
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url']);

/** `/` typed into a text field is text, not the shortcut (a radio button or a link is not a text field). */
function typingInAField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

link?.addEventListener('click', (event) => {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return; // new tab etc.
  void open(event);
});
document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
  if (shortcut || (event.key === '/' && !typingInAField(event.target) && !event.altKey && !event.ctrlKey && !event.metaKey)) {
    void open(event);
  }
});
