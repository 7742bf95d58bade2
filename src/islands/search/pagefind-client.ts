import { takeTurns } from './take-turns';

/**
 * Loads Pagefind's browser library from the site's own origin, only when search is used or about
 * to be (see preloadPagefind).
 * The types describe the part of Pagefind's API this site uses.
 */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: PagefindAnchor[];
  locations: number[];
  weighted_locations: PagefindWeightedLocation[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** A `null` query lists the pages that match the filters (every page, without filters). */
  search: (query: string | null, options?: { filters?: Record<string, string | string[]> }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** Loads the index chunks a search for `term` needs, without searching. */
  preload: (term: string) => Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Reads result fragments (`result.data()`) one batch at a time. Pagefind keeps one object per page
 * and rewrites its matched locations at every `data()` call, so two batches reading the same page at
 * once (a search and the fragments fetched ahead, or two searches) could each see the other's
 * matches. A batch must use what it read before it ends (build its rows inside the task).
 */
export const readFragments = takeTurns();

export function loadPagefind(base: string = import.meta.env.BASE_URL): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base.endsWith('/') ? base : `${base}/`}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 30 });
    await pagefind.init();
    await pagefind.filters(); // loads the filter index, so that searches report filter counts
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined; // a later attempt may succeed (e.g. the network came back)
  });
  return loading;
}

/**
 * How many pages' fragments (title, text, anchors: what a result row shows) are fetched ahead of
 * the first query. A first query's results cannot be shown before their fragments arrive, and
 * Pagefind fetches them a few at a time: on this site (14 pages per language, about 33 kB of
 * fragments) fetching them all at once is what makes the first query as fast as the following
 * ones. Capped so a much larger site does not download its whole text when search is opened.
 */
export const FRAGMENTS_AHEAD = 40;

/**
 * Gets search ready before the first keystroke: Pagefind, the page language's WebAssembly, its
 * metadata and filters, its word index (Pagefind splits the index into chunks by word; a common
 * letter brings the chunk most queries need, which is the whole index while the site is this
 * small) and the fragments of up to FRAGMENTS_AHEAD pages. Called when the reader signals they are
 * about to search; a failure is left to the search itself to report.
 */
export function preloadPagefind(base: string = import.meta.env.BASE_URL): Promise<void> {
  return loadPagefind(base)
    .then(async (pagefind) => {
      await pagefind.preload('e');
      const pages = await pagefind.search(null);
      await readFragments(() => Promise.all(pages.results.slice(0, FRAGMENTS_AHEAD).map((page) => page.data())));
    })
    .catch(() => undefined);
}
