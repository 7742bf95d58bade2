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
import { mkdirSync } from 'node:fs';
import { withSiteAndBrowser } from './screenshot-session';

await withSiteAndBrowser(4339, async (base, browser) => {
  mkdirSync('docs', { recursive: true });
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
  console.log('Saved docs/overview.png, docs/progression.png and docs/comparison.png');
});
