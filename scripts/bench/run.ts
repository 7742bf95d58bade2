/**
 * `npm run bench`: builds the site, serves it, measures it in Chromium (page weight, search,
 * Lighthouse), times the build at 1x, 10x and 100x the competencies, and prints the report, which
 * it also writes to docs/benchmarks.md. Takes about a quarter of an hour on a 2-core machine.
 *
 *   npm run bench                          everything
 *   npm run bench -- --only weight,search  some jobs (weight, search, lighthouse, build), on the
 *                                          site already built in DIST_DIR unless build is among them;
 *                                          the report is printed, not written
 *
 * Environment: DIST_DIR, ASTRO_CACHE_DIR, PREVIEW_PORT as for the tests; run counts in
 * scripts/bench/config.ts (BENCH_*_RUNS).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { buildScaling, timeBuild, type BuildSample } from './build';
import { ASTRO_CACHE_DIR, DIST_DIR, PREVIEW_PORT, REPORT_FILE } from './config';
import { measureLighthouse } from './lighthouse';
import { currentLoad, describeMachine } from './machine';
import { measurePageWeight } from './page-weight';
import { benchPages } from './pages';
import { startPreview, type Preview } from './preview';
import { renderReport, type BenchResults } from './report';
import { indexSizes, measureSearch } from './search';

const JOBS = ['weight', 'search', 'lighthouse', 'build'] as const;
type Job = (typeof JOBS)[number];

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only?.split(',').map((j) => j.trim()) as Job[] | undefined;
const unknown = only?.filter((j) => !JOBS.includes(j));
if (unknown?.length) throw new Error(`Unknown job(s) ${unknown.join(', ')}; the jobs are ${JOBS.join(', ')}.`);
const runs = (job: Job) => !only || only.includes(job);

const started = performance.now();
const log = (line: string) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const results: BenchResults = { machine: await describeMachine(), durationMs: 0, failures: [] };
/** Runs one job; a job that fails is reported as not measured, and the others go on. */
async function job<T>(name: string, task: () => Promise<T>): Promise<T | undefined> {
  try {
    return await task();
  } catch (error) {
    log(`${name} failed: ${(error as Error).message}`);
    results.failures.push({ job: name, reason: (error as Error).message.split('\n')[0]! });
    return undefined;
  }
}

let first1x: BuildSample | undefined;
if (runs('build')) {
  log(`building the site into ${DIST_DIR} (a cold build, the first 1x run)`);
  first1x = await timeBuild({ distDir: DIST_DIR, cacheDir: ASTRO_CACHE_DIR });
  log(`built ${first1x.pages} pages in ${(first1x.ms / 1000).toFixed(1)} s`);
}

const pages = await benchPages();
if (runs('weight') || runs('search') || runs('lighthouse')) {
  let preview: Preview | undefined;
  const stop = () => void preview?.stop();
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    preview = await startPreview(DIST_DIR, PREVIEW_PORT);
    log(`serving ${DIST_DIR} on ${preview.site}`);
    const site = preview.site;
    if (runs('weight')) results.pageWeight = await job('page weight', () => measurePageWeight(pages, site, log));
    if (runs('search')) {
      results.indexSizes = await job('search index size', () => indexSizes(DIST_DIR));
      results.search = await job('search', () =>
        measureSearch(
          pages.filter((p) => p.type.kind === 'home'),
          site,
          log,
        ),
      );
    }
    if (runs('lighthouse')) results.lighthouse = await job('lighthouse', () => measureLighthouse(pages, site, log));
  } finally {
    await preview?.stop();
  }
}

if (runs('build')) results.scaling = await job('build scaling', () => buildScaling(first1x, log));

results.machine.loadEnd = currentLoad();
results.durationMs = performance.now() - started;
const report = renderReport(results);
console.log(report);
if (!only) {
  mkdirSync(dirname(REPORT_FILE), { recursive: true });
  writeFileSync(REPORT_FILE, report);
  log(`wrote ${REPORT_FILE}`);
}
