import { runsFrom } from './stats';

/**
 * What the benchmark measures and how often. Pages are named by route kind and key (as in
 * src/lib/routes.ts) and measured in every language of the site; the run counts can be raised
 * (or lowered) with the environment variables named here.
 */
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';
export const ASTRO_CACHE_DIR = process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro';
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4340);
export const REPORT_FILE = 'docs/benchmarks.md';

export interface PageType {
  label: string;
  kind: string;
  /** The route key of the representative page (a competency key, a level id, a page key); none for singletons. */
  key?: string;
}

export const PAGE_TYPES: readonly PageType[] = [
  { label: 'home', kind: 'home' },
  { label: 'competency', kind: 'competency', key: 'objectieven-behalen' },
  { label: 'level', kind: 'level', key: 'B' },
  { label: 'function description', kind: 'function', key: 'strategisch-manager-a4-a5' },
  { label: 'context page', kind: 'context', key: 'competentiebilan' },
  { label: 'builder', kind: 'profile' },
  { label: 'search page', kind: 'search' },
];

/**
 * Two queries per language, typed into the search dialog: the first loads Pagefind and its index,
 * the second shows what a following query costs. Each must find something.
 */
export const SEARCH_QUERIES: Record<string, readonly [string, string]> = {
  nl: ['klant', 'verantwoordelijkheid'],
  fr: ['client', 'objectifs'],
};

/** The official dictionary is distributed as a PDF of 1.42 MB (1 MB = 1,000,000 bytes). */
export const REFERENCE_PDF_BYTES = 1_420_000;

export const RUNS = {
  /** Page loads per page (cold cache each): the bytes do not vary, the transfer (headers) barely. */
  pageWeight: runsFrom('BENCH_WEIGHT_RUNS', 3),
  /** Search sessions per language (cold cache each): a first and a following query in each. */
  search: runsFrom('BENCH_SEARCH_RUNS', 5),
  /** Lighthouse runs per page and language (6 to 20 s each on the 2-core machine, depending on its load). */
  lighthouse: runsFrom('BENCH_LIGHTHOUSE_RUNS', 3),
  /** Cold builds at 1x, 10x and 100x the competencies. */
  build: {
    1: runsFrom('BENCH_BUILD_RUNS_1X', 3),
    10: runsFrom('BENCH_BUILD_RUNS_10X', 3),
    100: runsFrom('BENCH_BUILD_RUNS_100X', 3),
  } as Record<number, number>,
};

/** Output folders of the scaling builds, apart from the site the other measurements use. */
export const SCALE_DIST_DIR = `${DIST_DIR}-scale`;
export const SCALE_CACHE_DIR = `${ASTRO_CACHE_DIR}-scale`;
