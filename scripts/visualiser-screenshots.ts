/**
 * Saves the README's pictures of the progression view, taken with the test browser from the built
 * site: docs/overview.png (the top of the overview page), docs/progression.png (a competency page's
 * progression view with level B chosen) and docs/comparison.png (levels B and A compared). Build
 * first, then:
 *
 *   npm run build && npx tsx scripts/visualiser-screenshots.ts
 *
 * It serves the build itself (`astro preview` on PREVIEW_PORT, default 4339, DIST_DIR honoured).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/browser';

const port = Number(process.env.PREVIEW_PORT ?? 4339);
const base = `http://127.0.0.1:${port}/`;

const server = spawn(
  process.execPath,
  ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
  {
    stdio: 'ignore',
  },
);

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The preview server did not answer on ${base}. Is the site built?`);
}

try {
  await waitForServer();
  mkdirSync('docs', { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({
    viewport: { width: 1100, height: 900 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });

  await page.goto(`${base}nl/overzicht/`);
  const main = await page.locator('main').boundingBox();
  if (!main) throw new Error('The overview has no <main>.');
  await page.screenshot({
    path: 'docs/overview.png',
    fullPage: true,
    clip: { ...main, height: Math.min(main.height, 1250) },
  });

  await page.goto(`${base}nl/competenties/servicegericht-handelen/?level=B&compare=B,A#progression`);
  const section = page.locator('#progression');
  await section.scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: 'Van niveau B naar niveau A' }).waitFor();
  await section.locator('svg.pv-chart--wide').screenshot({ path: 'docs/progression.png' });
  await section.locator('.pv-comparison').screenshot({ path: 'docs/comparison.png' });

  await browser.close();
  console.log('Saved docs/overview.png, docs/progression.png and docs/comparison.png');
} finally {
  server.kill();
}
