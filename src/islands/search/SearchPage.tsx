import { useEffect, useLayoutEffect } from 'preact/hooks';
import SearchPanel from './SearchPanel';
import type { SearchConfig } from './config';
import { preloadPagefind } from './pagefind-client';
import './search.css';

/** The search page: the panel in the page, with the query kept in `?q=` (shareable, reloadable). */
export default function SearchPage({ config }: { config: SearchConfig }) {
  const initialQuery = typeof location === 'undefined' ? '' : (new URLSearchParams(location.search).get('q') ?? '');
  useLayoutEffect(() => {
    // The page says search needs JavaScript until search is actually running; hidden before the
    // panel is first painted below it, so the panel does not jump up (layout shift).
    document.querySelectorAll<HTMLElement>('[data-search-needs-js]').forEach((note) => {
      note.hidden = true;
    });
  }, []);
  useEffect(() => {
    // On the search page the reader is here to search: load Pagefind and the index once the page is idle.
    if ('requestIdleCallback' in window) requestIdleCallback(() => void preloadPagefind(), { timeout: 2000 });
    else setTimeout(() => void preloadPagefind(), 200);
  }, []);
  const keepInUrl = (query: string) => {
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  };
  return (
    <SearchPanel
      strings={config.strings}
      levelOrder={config.levelOrder}
      levelName={config.levelName}
      indexUrl={config.indexUrl}
      idPrefix="search-page"
      initialQuery={initialQuery}
      onQueryChange={keepInUrl}
      autoFocus
    />
  );
}
