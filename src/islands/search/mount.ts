import { h, render } from 'preact';
import SearchDialog from './SearchDialog';
import type { SearchConfig } from './config';

/** Opens the search dialog; when it closes, focus goes back to what opened it. */
export function openSearch(config: SearchConfig, opener: HTMLElement | null): void {
  let host = document.getElementById('search-dialog-host');
  if (!host) {
    host = document.createElement('div');
    host.id = 'search-dialog-host';
    document.body.append(host);
  }
  const container = host;
  const onClosed = () => {
    render(null, container);
    opener?.focus();
  };
  render(h(SearchDialog, { config, onClosed }), container);
}
