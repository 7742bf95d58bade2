import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../../tests/browser';
import { RUNS } from './config';
import { chromiumPath } from './machine';
import type { BenchPage } from './pages';
import { summarize, type Summary } from './stats';

/**
 * Lighthouse (the `lighthouse` package, its default config: mobile emulation with simulated
 * throttling) on the system Chromium, launched by chrome-launcher with the test browser's flags.
 * Only the full-page screenshot (an image for the HTML report, no part of any score or metric) is
 * left out, to save time.
 */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  page: BenchPage;
  scores: Record<(typeof CATEGORIES)[number], Summary>;
  lcp: Summary;
  tbt: Summary;
  cls: Summary;
  /** Every run's figures, to pool runs across pages. */
  samples: Sample[];
}

export interface LighthouseOutcome {
  results: LighthouseResult[];
  /** Why Lighthouse could not run, if it could not. */
  error?: string;
}

export interface Sample {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcp: number;
  tbt: number;
  cls: number;
}

export async function measureLighthouse(
  pages: readonly BenchPage[],
  site: string,
  log: (line: string) => void,
): Promise<LighthouseOutcome> {
  let chrome: chromeLauncher.LaunchedChrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: chromiumPath(),
      chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    });
  } catch (error) {
    return {
      results: [],
      error: `chrome-launcher could not start Chromium (${chromiumPath()}): ${(error as Error).message}`,
    };
  }
  const samples = new Map<BenchPage, Sample[]>(pages.map((p) => [p, []]));
  try {
    // Run after run over all pages, so that a noisy minute does not hit one page's runs only.
    for (let run = 0; run < RUNS.lighthouse; run++) {
      for (const page of pages) {
        const url = `${site}${page.path}`;
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          disableFullPageScreenshot: true,
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned no result for ${url}.`);
        if (lhr.runtimeError)
          throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? Number.NaN) * 100)]),
        ) as Sample['scores'];
        const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        const sample = {
          scores,
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
        };
        samples.get(page)!.push(sample);
        log(
          `lighthouse /${page.path} run ${run + 1}/${RUNS.lighthouse}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}, LCP ${Math.round(sample.lcp)} ms, TBT ${Math.round(sample.tbt)} ms, CLS ${sample.cls.toFixed(3)}`,
        );
      }
    }
  } catch (error) {
    return { results: [], error: (error as Error).message };
  } finally {
    chrome.kill();
  }
  const results = pages.map((page) => {
    const runs = samples.get(page)!;
    return {
      page,
      scores: Object.fromEntries(
        CATEGORIES.map((c) => [c, summarize(runs.map((s) => s.scores[c]!))]),
      ) as LighthouseResult['scores'],
      lcp: summarize(runs.map((s) => s.lcp)),
      tbt: summarize(runs.map((s) => s.tbt)),
      cls: summarize(runs.map((s) => s.cls)),
      samples: runs,
    };
  });
  return { results };
}
