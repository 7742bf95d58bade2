/**
 * Saves the README's pictures of the reader's pages, taken with the test browser from the built
 * site, each at 1280 and 375 px wide (the first screen, 800 px tall): the home page, a competency
 * page at level B, the same page comparing levels B and A (its progression view), and the
 * overview. Build first, then:
 *
 *   npm run build && npx tsx scripts/screenshots.ts
 *
 * It serves the build itself (`astro preview` on PREVIEW_PORT, default 4338, DIST_DIR honoured) and
 * writes docs/screens/<name>-<width>.png.
 */
import { mkdirSync } from 'node:fs';
import { withSiteAndBrowser } from './screenshot-session';

const WIDTHS = [1280, 375];
const SHOTS: { name: string; path: string; scrollTo?: string }[] = [
  { name: 'home', path: 'nl/' },
  { name: 'competency-level-b', path: 'nl/competenties/objectieven-behalen/?level=B' },
  {
    name: 'comparison-b-a',
    path: 'nl/competenties/objectieven-behalen/?compare=B,A#progression',
    scrollTo: '#progression',
  },
  { name: 'overview', path: 'nl/overzicht/' },
];

await withSiteAndBrowser(4338, async (base, browser) => {
  mkdirSync('docs/screens', { recursive: true });
  for (const width of WIDTHS) {
    const page = await browser.newPage({
      viewport: { width, height: 800 },
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    for (const shot of SHOTS) {
      await page.goto(`${base}${shot.path}`);
      if (shot.scrollTo) {
        await page.locator(shot.scrollTo).scrollIntoViewIfNeeded();
        await page.waitForFunction(
          () => document.querySelectorAll('astro-island[ssr], [data-island]:not([data-hydrated])').length === 0,
        );
        await page.locator(shot.scrollTo).evaluate((element) => element.scrollIntoView({ block: 'start' }));
      }
      await page.waitForLoadState('networkidle');
      const file = `docs/screens/${shot.name}-${width}.png`;
      await page.screenshot({ path: file });
      console.log(`Saved ${file}`);
    }
    await page.close();
  }
});
