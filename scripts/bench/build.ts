import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages } from '../../tests/e2e/built-site';
import { siteRoutes } from '../../tests/site-routes';
import { generateContent } from '../generate-content';
import { RUNS, SCALE_CACHE_DIR, SCALE_DIST_DIR } from './config';
import { summarize, type Summary } from './stats';

/**
 * Build time: `astro build` (which runs the content checks, renders every page and builds the
 * Pagefind index), from a cold start (output and cache folders removed first), timed from the
 * outside as a person running `npm run build` would see it.
 */
export interface BuildSample {
  ms: number;
  pages: number;
}

export async function timeBuild(options: {
  distDir: string;
  cacheDir: string;
  contentDir?: string;
}): Promise<BuildSample> {
  await rm(options.distDir, { recursive: true, force: true });
  await rm(options.cacheDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, DIST_DIR: options.distDir, ASTRO_CACHE_DIR: options.cacheDir };
  if (options.contentDir) env.CONTENT_DIR = options.contentDir;
  else delete env.CONTENT_DIR;
  const logFile = join(tmpdir(), `bench-build-${process.pid}.log`);
  const log = createWriteStream(logFile);
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const elapsed = performance.now() - started;
  await new Promise((resolve) => log.end(resolve));
  if (code !== 0) {
    const output = (await readFile(logFile, 'utf8')).split('\n').slice(-30).join('\n');
    throw new Error(
      `astro build${options.contentDir ? ` of ${options.contentDir}` : ''} failed (exit ${code}):\n${output}`,
    );
  }
  await rm(logFile, { force: true });
  return { ms: elapsed, pages: builtPages(options.distDir).length };
}

export interface ScalePoint {
  factor: number;
  /** Described competencies per language. */
  competencies: number;
  pages: number;
  build: Summary;
  perPage: Summary;
}

/**
 * The build at 1x (the real content), 10x and 100x the competencies (generated copies, see
 * scripts/generate-content.ts), each built from cold `RUNS.build[factor]` times.
 * `first1x`: a 1x build already timed (the site the other measurements use), counted as a run.
 */
export async function buildScaling(
  first1x: BuildSample | undefined,
  log: (line: string) => void,
): Promise<ScalePoint[]> {
  const points: ScalePoint[] = [];
  for (const factor of [1, 10, 100]) {
    const runs = RUNS.build[factor]!;
    const generated = factor === 1 ? undefined : await generateContent(factor);
    const samples: BuildSample[] = factor === 1 && first1x ? [first1x] : [];
    try {
      while (samples.length < runs) {
        const sample = await timeBuild({
          distDir: SCALE_DIST_DIR,
          cacheDir: SCALE_CACHE_DIR,
          contentDir: generated?.dir,
        });
        log(
          `build ${factor}x, run ${samples.length + 1}/${runs}: ${sample.pages} pages in ${(sample.ms / 1000).toFixed(1)} s`,
        );
        samples.push(sample);
      }
    } finally {
      if (generated) await rm(generated.dir, { recursive: true, force: true });
    }
    const pages = samples[samples.length - 1]!.pages;
    const competencies = generated?.competencies ?? (await realCompetencyCount());
    points.push({
      factor,
      competencies,
      pages,
      build: summarize(samples.map((s) => s.ms)),
      perPage: summarize(samples.map((s) => s.ms / s.pages)),
    });
  }
  await rm(SCALE_DIST_DIR, { recursive: true, force: true });
  await rm(SCALE_CACHE_DIR, { recursive: true, force: true });
  return points;
}

/** Described competencies per language in the real content. */
async function realCompetencyCount(): Promise<number> {
  const routes = await siteRoutes();
  const first = routes[0]?.locale;
  return routes.filter((r) => r.kind === 'competency' && r.locale === first).length;
}
