import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../tests/browser';
import {
  gzipSize,
  hydrateIslands,
  islandModules,
  moduleGraph,
  recordResponses,
  sum,
  type LoadedResource,
} from '../../tests/page-load';
import { compressedCopies, isCompressible } from '../../src/lib/serving/compress';
import { RUNS } from './config';
import { chromiumPath } from './machine';
import { NetworkMeter } from './network';
import type { BenchPage } from './pages';
import { repeat, summarize, type Summary } from './stats';

/**
 * Page weight: what a first visit downloads (cold cache, Chromium), per kind of resource, raw and
 * gzip. A first visit here is: open the page, then scroll every island into view so that each
 * one hydrates (what a reader who reads the page through downloads); search is not opened.
 */
export const CATEGORIES = ['html', 'css', 'js', 'fonts', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Bytes {
  raw: number;
  gzip: number;
  files: number;
}

export interface PageWeight {
  page: BenchPage;
  categories: Record<Category, Bytes>;
  total: Bytes;
  /**
   * gzip bytes of HTML, CSS, JavaScript and fetched data (strings) before any scrolling, and once
   * every island has hydrated: what tests/e2e/budgets.spec.ts holds to its budgets.
   */
  firstLoadGzip: number;
  readThroughGzip: number;
  /** gzip bytes of the JavaScript that loads only when an island is scrolled into view. */
  jsOnScrollGzip: number;
  /** What Chromium received over the network (headers included, compressed by the server), per run. */
  transferred: Summary;
  /** Each island: its module with every module it imports (the shared runtime included), gzip. */
  islands: { name: string; gzip: number }[];
  /** The first visit's bodies as a production server sends them: the build's .gz and .br files. */
  served: ServedBytes;
}

/** The response types the byte budgets count (tests/e2e/budgets.spec.ts): HTML, CSS, JavaScript, fetched data. */
const BUDGETED_TYPES = new Set(['document', 'stylesheet', 'script', 'fetch']);
const budgetedGzip = (resources: readonly LoadedResource[]): number =>
  sum(resources.filter((r) => BUDGETED_TYPES.has(r.type)).map((r) => gzipSize(r.body)));

/** Bytes of a set of responses, raw and as the build precompresses them (gzip -9, brotli 11). */
export interface ServedBytes {
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * What nginx with gzip_static/brotli_static sends for these bodies: the build's precompressed
 * copies (the same function computes them here), or the file itself for files the build does not
 * compress (images, Pagefind's own compressed files).
 */
export async function servedBytes(resources: readonly LoadedResource[]): Promise<ServedBytes> {
  const sizes = await Promise.all(
    resources.map(async (r) => {
      if (!isCompressible(new URL(r.url).pathname.replace(/\/$/, '/index.html')))
        return { raw: r.body.length, gzip: r.body.length, brotli: r.body.length };
      const { br, gz } = await compressedCopies(r.body);
      return { raw: r.body.length, gzip: gz.length, brotli: br.length };
    }),
  );
  return {
    raw: sum(sizes.map((s) => s.raw)),
    gzip: sum(sizes.map((s) => s.gzip)),
    brotli: sum(sizes.map((s) => s.brotli)),
  };
}

const categoryOf = (type: string): Category =>
  type === 'document'
    ? 'html'
    : type === 'stylesheet'
      ? 'css'
      : type === 'script'
        ? 'js'
        : type === 'font'
          ? 'fonts'
          : 'other';

function bytesOf(resources: readonly LoadedResource[]): Bytes {
  return {
    raw: sum(resources.map((r) => r.body.length)),
    gzip: sum(resources.map((r) => gzipSize(r.body))),
    files: resources.length,
  };
}

export async function measurePageWeight(
  pages: readonly BenchPage[],
  site: string,
  log: (line: string) => void,
): Promise<PageWeight[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const results: PageWeight[] = [];
  try {
    for (const benchPage of pages) {
      const runs = await repeat(RUNS.pageWeight, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const meter = new NetworkMeter(page);
        const recorder = recordResponses(page);
        await page.goto(`${site}${benchPage.path}`, { waitUntil: 'load' });
        await meter.idle();
        const beforeScroll = new Set(recorder.urls());
        await hydrateIslands(page);
        await meter.idle();
        const resources = await recorder.collect();
        const transferred = await meter.transferred('load');
        const islands = await islandModules(page);
        await context.close();
        return { resources, beforeScroll, transferred, islands };
      });
      const { resources, beforeScroll } = runs[0]!;
      const islands: PageWeight['islands'] = [];
      for (const island of runs[0]!.islands.filter(
        (i, index, all) => all.findIndex((o) => o.name === i.name) === index,
      )) {
        const probe = await browser.newContext();
        const graph = await moduleGraph(await probe.newPage(), new URL(site).origin, [
          island.componentUrl,
          ...(island.rendererUrl ? [island.rendererUrl] : []),
        ]);
        await probe.close();
        islands.push({ name: island.name, gzip: sum(graph.map((r) => gzipSize(r.body))) });
      }
      const categories = Object.fromEntries(
        CATEGORIES.map((c) => [c, bytesOf(resources.filter((r) => categoryOf(r.type) === c))]),
      ) as Record<Category, Bytes>;
      const weight: PageWeight = {
        page: benchPage,
        categories,
        total: bytesOf(resources),
        firstLoadGzip: budgetedGzip(resources.filter((r) => beforeScroll.has(r.url))),
        readThroughGzip: budgetedGzip(resources),
        jsOnScrollGzip: sum(
          resources.filter((r) => r.type === 'script' && !beforeScroll.has(r.url)).map((r) => gzipSize(r.body)),
        ),
        transferred: summarize(runs.map((r) => r.transferred)),
        islands,
        served: await servedBytes(resources),
      };
      log(
        `page weight /${benchPage.path}: ${weight.total.gzip} bytes gzip, ${weight.served.brotli} bytes brotli, ${weight.transferred.median} bytes transferred`,
      );
      results.push(weight);
    }
  } finally {
    await browser.close();
  }
  return results;
}
