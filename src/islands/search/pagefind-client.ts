/**
 * Loads Pagefind's browser library from the site's own origin, only when search is used.
 * The types describe the part of Pagefind's API this site uses.
 */
export interface PagefindAnchor { element: string; id: string; text?: string; location: number }
export interface PagefindWeightedLocation { weight: number; balanced_score: number; location: number }
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
export interface PagefindResult { id: string; score: number; data: () => Promise<PagefindResultData> }
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
