import { h, render } from 'preact';
import SearchDialog from './SearchDialog';
import type { SearchConfig } from './config';
// The dialog's styles come with its script (loaded when search is opened), not with every page.
import './search.css';
import { preloadPagefind } from './pagefind-client';

/** Loads Pagefind and the language's index ahead of a search (the reader is about to search). */
export function prepareSearch(): void {
  void preloadPagefind();
}

let current = 0;

/**
 * Opens the search dialog; when it closes, focus goes back to what opened it. Each opening mounts
 * a fresh dialog: the `close` event of a dialog closed just before (it arrives a moment later)
 * cannot unmount the new one.
 */
export function openSearch(config: SearchConfig, opener: HTMLElement | null): void {
  let host = document.getElementById('search-dialog-host');
  if (!host) {
    host = document.createElement('div');
    host.id = 'search-dialog-host';
    document.body.append(host);
  }
  const container = host;
  const token = ++current;
  const onClosed = () => {
    if (token !== current) return;
    current += 1;
    render(null, container);
    opener?.focus();
  };
  render(null, container);
  render(h(SearchDialog, { config, onClosed }), container);
  prepareSearch(); // opening the dialog: the index loads while the reader starts typing
}
