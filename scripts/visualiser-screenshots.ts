/**
 * Saves the README's pictures of the level-progression visualiser, taken with the test browser
 * from the built site: docs/overview.png (the overview page) and docs/comparison.png (a
 * competency page comparing two levels). Build first, then:
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

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: 'ignore',
});

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
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });

  await page.goto(`${base}nl/overzicht/`);
  await page.locator('.overview-hint').waitFor();
  await page.locator('main').screenshot({ path: 'docs/overview.png' });

  await page.goto(`${base}nl/competenties/servicegericht-handelen/?compare=C,B#progression`);
  await page.locator('#progression').scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: 'Van niveau C naar niveau B' }).waitFor();
  await page.locator('#progression').screenshot({ path: 'docs/comparison.png' });

  await browser.close();
  console.log('Saved docs/overview.png and docs/comparison.png');
} finally {
  server.kill();
}
