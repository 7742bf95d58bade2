import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { loadDictionaries } from '../../src/content-tools/locales';
import { CHROMIUM_ARGS } from '../../tests/browser';
import { RUNS, SEARCH_QUERIES } from './config';
import { chromiumPath } from './machine';
import { NetworkMeter } from './network';
import type { BenchPage } from './pages';
import { repeat, summarize, type Summary } from './stats';

/**
 * Search: the size of each language's Pagefind index on disk, and in Chromium what opening the
 * search dialog transfers (it starts loading Pagefind and the index), then, after the dialog has
 * been open for one second, what a first query and a following query transfer before their
 * results are shown and how long each takes from its first keystroke until its results are shown.
 */
export interface IndexSize {
  locale: string;
  /** Pagefind's language code (from `<html lang>`), e.g. `nl-be`. */
  language: string;
  pages: number;
  /** Bytes on disk per part (Pagefind stores its index files compressed already). */
  parts: { index: number; fragments: number; filters: number; meta: number; wasm: number };
  total: number;
}

export interface QueryCost {
  query: string;
  bytes: Summary;
  /** From the query's first keystroke until its results are shown (includes the typing). */
  ms: Summary;
  /** From the query's last keystroke until its results are shown: what the reader waits for. */
  afterLastKeyMs: Summary;
  /** From the first keystroke to the last (how fast the benchmark types: no human types this fast). */
  typingMs: Summary;
}

interface QueryTiming {
  fromFirstKey: number;
  fromLastKey: number;
  typing: number;
}

/** How long the dialog is open before the first keystroke (a reader reads the field, then types). */
export const OPEN_BEFORE_TYPING_MS = 1000;

export interface SearchResult {
  locale: string;
  from: string;
  /** Bytes transferred from opening the dialog until the first keystroke (one second later). */
  opening: Summary;
  first: QueryCost;
  following: QueryCost;
}

const filesSize = (dir: string, prefix: string) =>
  readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .reduce((total, name) => total + statSync(join(dir, name)).size, 0);

export async function indexSizes(distDir: string): Promise<IndexSize[]> {
  const root = join(distDir, 'pagefind');
  const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  const dictionaries = await loadDictionaries();
  return Object.entries(entry.languages).map(([language, info]) => {
    const locale = dictionaries.find((d) => d.locale.htmlLang.toLowerCase() === language)?.locale.code ?? language;
    const parts = {
      index: filesSize(join(root, 'index'), `${language}_`),
      fragments: filesSize(join(root, 'fragment'), `${language}_`),
      filters: filesSize(join(root, 'filter'), `${language}_`),
      meta: statSync(join(root, `pagefind.${info.hash}.pf_meta`)).size,
      wasm: info.wasm ? statSync(join(root, `wasm.${info.wasm}.pagefind`)).size : 0,
    };
    return { locale, language, pages: info.page_count, parts, total: Object.values(parts).reduce((a, b) => a + b, 0) };
  });
}

/**
 * In-page: resolves with the times from the next keystroke, and from the last one, until the
 * results of `query` are shown (a QueryTiming).
 */
const timeToResults = (query: string) => `
  window.__benchTiming = new Promise((resolve) => {
    let start;
    let last;
    const onKey = () => { last = performance.now(); if (start === undefined) start = last; };
    document.addEventListener('keydown', onKey, { capture: true });
    const selector = '[role=listbox][data-query="' + CSS.escape(${JSON.stringify(query)}) + '"]';
    const check = () => {
      const list = document.querySelector(selector);
      if (start !== undefined && list && !list.hidden && list.querySelector('[role=option]')) {
        observer.disconnect();
        document.removeEventListener('keydown', onKey, { capture: true });
        const now = performance.now();
        resolve({ fromFirstKey: now - start, fromLastKey: now - last, typing: last - start });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  true`;

export async function measureSearch(
  homePages: readonly BenchPage[],
  site: string,
  log: (line: string) => void,
): Promise<SearchResult[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const results: SearchResult[] = [];
  try {
    for (const home of homePages) {
      const queries = SEARCH_QUERIES[home.locale];
      if (!queries)
        throw new Error(
          `No search queries for "${home.locale}": add them to SEARCH_QUERIES in scripts/bench/config.ts.`,
        );
      const runs = await repeat(RUNS.search, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const meter = new NetworkMeter(page);
        await page.goto(`${site}${home.path}`, { waitUntil: 'load' });
        await meter.idle();

        meter.startPhase('open');
        await page.keyboard.press('/');
        const input = page.locator('input.search-input');
        await input.waitFor();
        await page.waitForFunction(`document.activeElement && document.activeElement.matches('input.search-input')`);
        // The measurement protocol, not a synchronisation: the reader types one second after opening.
        await new Promise((resolve) => setTimeout(resolve, OPEN_BEFORE_TYPING_MS));

        const timed: QueryTiming[] = [];
        for (const [index, query] of queries.entries()) {
          if (index > 0) {
            await input.fill('');
            await meter.idle();
          }
          meter.startPhase(query);
          await page.evaluate(timeToResults(query));
          await page.keyboard.type(query);
          timed.push(
            (await Promise.race([
              page.evaluate('window.__benchTiming'),
              new Promise((_, reject) =>
                setTimeout(() => reject(new Error(`no results for "${query}" on /${home.path} within 30 s`)), 30_000),
              ),
            ])) as QueryTiming,
          );
          meter.startPhase(`${query} (after its results)`); // bytes of a query: those requested before its results were shown
          await meter.idle();
        }
        const run = {
          opening: await meter.transferred('open'),
          bytes: await Promise.all(queries.map((q) => meter.transferred(q))),
          ms: timed,
        };
        await context.close();
        return run;
      });
      const cost = (index: number): QueryCost => ({
        query: queries[index]!,
        bytes: summarize(runs.map((r) => r.bytes[index]!)),
        ms: summarize(runs.map((r) => r.ms[index]!.fromFirstKey)),
        afterLastKeyMs: summarize(runs.map((r) => r.ms[index]!.fromLastKey)),
        typingMs: summarize(runs.map((r) => r.ms[index]!.typing)),
      });
      const result = {
        locale: home.locale,
        from: home.path,
        opening: summarize(runs.map((r) => r.opening)),
        first: cost(0),
        following: cost(1),
      };
      log(
        `search ${home.locale}: first query ${result.first.bytes.median} bytes, ${Math.round(result.first.ms.median)} ms from its first key, ${Math.round(result.first.afterLastKeyMs.median)} ms from its last; following ${result.following.bytes.median} bytes, ${Math.round(result.following.ms.median)} ms / ${Math.round(result.following.afterLastKeyMs.median)} ms`,
      );
      results.push(result);
    }
  } finally {
    await browser.close();
  }
  return results;
}
