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
  search: (query: string, options?: { filters?: Record<string, string | string[]> }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** Loads the index chunks a search for `term` needs, without searching. */
  preload: (term: string) => Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

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
 * Gets search ready before the first keystroke: Pagefind, the page language's WebAssembly, its
 * metadata and filters, and its word index (Pagefind splits the index into chunks by word; a
 * common letter brings the chunk most queries need, which is the whole index while the site is
 * this small). Called when the reader signals they are about to search; a failure is left to the
 * search itself to report.
 */
export function preloadPagefind(base: string = import.meta.env.BASE_URL): Promise<void> {
  return loadPagefind(base)
    .then((pagefind) => pagefind.preload('e'))
    .catch(() => undefined);
}
