import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { gzipSize, hydrateIslands, islandModules, moduleGraph, recordResponses, sum } from '../page-load';
import { pagePath, routesOfKind, siteRoutes } from '../site-routes';
import { DIST_DIR, builtPages } from './built-site';

/**
 * Byte budgets of the built site, measured in the browser and counted deterministically: the size
 * of each response body, gzip-compressed here (zlib's default level), so no figure depends on the
 * server or on timing. `npm run bench` reports the same figures (docs/benchmarks.md).
 * Raise a budget only with the reason written next to it.
 */
const BUDGET = {
  /**
   * Raw bytes of the JavaScript of a page without an island: the search launcher and Vite's
   * dynamic-import helper. The launcher is on every page by design (the search shortcut, `/` and
   * Ctrl+K, works on every page; nothing else of search is downloaded before it is opened).
   */
  launcherRaw: 4096,
  /**
   * A competency page's first load, before any scrolling: HTML, CSS and JavaScript (gzip). The level
   * picker and the copy tools are plain modules; no framework runtime loads before the reader
   * scrolls to the progression view; the progression view hydrates through the page's own script
   * (no Astro island runtime in the page); the strings of search, of the copy tools and of the
   * progression view are fetched when needed, once per language, not carried by every page.
   * Target 20 kB (issue 13): about 18.8-19.0 kB (31.8 kB before issue 13), of which about 13.6 kB of
   * HTML with its stylesheets inside (src/lib/serving/inline-assets.ts; the server-rendered
   * progression view, two drawings, is about 2.3 kB) and 4.7 kB of JavaScript in six files (the
   * level picker and the copy tools share one chunk: astro.config.mjs, codeSplitting).
   */
  competencyFirstLoadGzip: 20_000,
  /**
   * The same page once read through: every island scrolled into view and hydrated (its strings
   * included), search not opened (gzip). Target 30 kB (issue 13): about 28.6-28.8 kB (42.1 kB before
   * issue 13); the progression view adds Preact in one chunk (5.7 kB), the view (3.6 kB) and its
   * strings (0.6 kB).
   */
  competencyAfterScrollGzip: 30_000,
  /** The level-progression visualiser island: its module and every module it imports, the shared runtime included (gzip). */
  visualiserGzip: 30_000,
  /**
   * The profile builder's first visit, empty, everything included (HTML, CSS, JS, data; gzip).
   * The texts of a language, the export code and the panels shown once something is chosen
   * load when they are needed, not with the page.
   */
  builderFirstVisitGzip: 30_000,
};

/** The island of the level-progression visualiser, by its component name (src/islands/visualiser/). */
const VISUALISER = 'ProgressionVisualiser';
/** The search launcher and Vite's preload helper, by their file names in `_astro/`. */
const LAUNCHER = [/\/_astro\/SearchLink\.astro_astro_type_script[^/]*\.js$/, /\/_astro\/preload-helper\.[^/]*\.js$/];
const isLauncher = (url: string) => LAUNCHER.some((pattern) => pattern.test(new URL(url).pathname));

const routes = await siteRoutes();
const html = (path: string) => readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8');
/** Astro's islands and the site's own (src/islands/shared/hydrate-when-near.ts). */
const hasIsland = (path: string) => /<astro-island|data-island=/.test(html(path));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * The page scripts of competency and level pages (the level picker and the copy tools: plain
 * TypeScript, no framework), by file name. What they do on demand (copy-actions) loads on first use.
 */
const PAGE_TOOLS = [
  /\/_astro\/(CompetencyView|LevelView|CompetencySideBySideView)\.astro_astro_type_script[^/]*\.js$/,
  // The level picker and the copy tools, one chunk (astro.config.mjs, codeSplitting).
  /\/_astro\/page-tools\.[^/]*\.js$/,
  // Keeps the language switch's links on the chosen level (src/islands/shared/language-links.ts, shared with the islands).
  /\/_astro\/language-links\.[^/]*\.js$/,
  /\/level-first\.js$/,
];
const isPageTool = (url: string) => PAGE_TOOLS.some((pattern) => pattern.test(new URL(url).pathname));
const hasCopyTools = (path: string) => html(path).includes('id="copy-tools-data"');
/** Pages with a page script: the copy tools, or the level picker alone (side-by-side competency pages). */
const hasPageTools = (path: string) => hasCopyTools(path) || html(path).includes('data-level-picker');

test.describe('pages without an island ship no JavaScript but the small search launcher (and the copy tools where they are)', () => {
  test('the pages meant to be static have no island', () => {
    // Home, indexes, level pages, function descriptions and context pages, in every language.
    const kinds = [
      'home',
      'competency-index',
      'level-index',
      'level',
      'function-index',
      'function',
      'context',
      'about',
      'accessibility',
      'editors',
    ] as const;
    const staticRoutes = routesOfKind(routes, ...kinds);
    for (const kind of kinds) expect(staticRoutes.filter((r) => r.kind === kind).length, kind).toBeGreaterThan(0);
    expect(staticRoutes.map(pagePath).filter(hasIsland)).toEqual([]);
  });

  // The root only sends a visitor to their language, with a small inline script: that is its job.
  for (const path of builtPages().filter((p) => p !== '' && !hasIsland(p))) {
    test(`/${path}`, async ({ page }) => {
      const recorder = recordResponses(page);
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
      const scripts = (await recorder.collect()).filter((r) => r.type === 'script');
      const launcher = scripts.filter((s) => isLauncher(s.url));
      expect(launcher.map((s) => new URL(s.url).pathname).sort()).toEqual([
        expect.stringMatching(LAUNCHER[0]!),
        expect.stringMatching(LAUNCHER[1]!),
      ]);
      expect(sum(launcher.map((s) => s.body.length))).toBeLessThan(BUDGET.launcherRaw);
      const others = scripts.filter((s) => !isLauncher(s.url)).map((s) => s.url);
      if (hasCopyTools(path)) expect(others.length).toBeGreaterThan(0);
      expect(others.filter((url) => !(hasPageTools(path) && isPageTool(url)))).toEqual([]);
      expect(
        await page
          .locator('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])')
          .count(),
      ).toBe(0);
      expect(await page.locator('astro-island, [data-island]').count()).toBe(0);
    });
  }
});

/** HTML, CSS, JavaScript and fetched data (strings) of the responses so far, gzip, with the detail for a failure message. */
function weigh(resources: Awaited<ReturnType<ReturnType<typeof recordResponses>['collect']>>) {
  const byType = (type: string) => sum(resources.filter((r) => r.type === type).map((r) => gzipSize(r.body)));
  const total = byType('document') + byType('stylesheet') + byType('script') + byType('fetch');
  return {
    total,
    detail: `HTML ${kb(byType('document'))}, CSS ${kb(byType('stylesheet'))}, JS ${kb(byType('script'))}, data ${kb(byType('fetch'))}, total ${kb(total)}`,
  };
}

test.describe('a competency page: first load and read through within their budgets (gzip), no framework before scrolling', () => {
  for (const route of routesOfKind(routes, 'competency')) {
    test(route.path, async ({ page, browser, baseURL }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const recorder = recordResponses(page);
      await page.goto(pagePath(route));
      await page.waitForLoadState('networkidle');
      const first = await recorder.collect();
      expect(first.filter((r) => r.type === 'document')).toHaveLength(1);
      const firstLoad = weigh(first);
      expect(firstLoad.total, firstLoad.detail).toBeLessThan(BUDGET.competencyFirstLoadGzip);
      // The level picker and the copy tools work before any island has hydrated.
      await expect(page.locator('[data-level-picker][data-ready]')).toBeAttached();
      await expect(page.locator('button[data-copy="competency"]').first()).toBeVisible();

      await hydrateIslands(page);
      await page.waitForLoadState('networkidle');
      // No framework runtime before scrolling: the first load had none of the islands' modules.
      const islands = await islandModules(page);
      expect(islands.map((i) => i.name)).toContain(VISUALISER);
      const probe = await browser.newContext();
      const islandGraph = await moduleGraph(
        await probe.newPage(),
        baseURL!,
        islands.flatMap((i) => [i.componentUrl, ...(i.rendererUrl ? [i.rendererUrl] : [])]),
      );
      await probe.close();
      const frameworkUrls = new Set(
        islandGraph.map((r) => r.url).filter((url) => !isPageTool(url) && !isLauncher(url)),
      );
      expect(first.filter((r) => frameworkUrls.has(r.url)).map((r) => r.url)).toEqual([]);
      const whole = weigh(await recorder.collect());
      expect(whole.total, whole.detail).toBeLessThan(BUDGET.competencyAfterScrollGzip);
    });
  }
});

test.describe('the visualiser island stays under 30 kB (gzip)', () => {
  for (const route of routesOfKind(routes, 'competency').filter(
    (r, i, all) => all.findIndex((o) => o.locale === r.locale) === i,
  )) {
    test(route.path, async ({ page, browser, baseURL }) => {
      const recorder = recordResponses(page);
      await page.goto(pagePath(route));
      await page.waitForLoadState('networkidle');
      const beforeScroll = recorder.urls();
      // It hydrates when near: the page loads its module once it is scrolled into view.
      await hydrateIslands(page);
      const island = (await islandModules(page)).find((i) => i.name === VISUALISER);
      expect(island, `no island ${VISUALISER} on ${route.path}`).toBeDefined();
      const { componentUrl, rendererUrl } = island!;
      expect(beforeScroll).not.toContain(componentUrl);
      expect(recorder.urls()).toContain(componentUrl);

      const probe = await browser.newContext();
      const graph = await moduleGraph(await probe.newPage(), baseURL!, [
        componentUrl,
        ...(rendererUrl ? [rendererUrl] : []),
      ]);
      await probe.close();
      expect(graph.map((r) => r.url)).toContain(componentUrl);
      const total = sum(graph.map((r) => gzipSize(r.body)));
      const detail = graph.map((r) => `${new URL(r.url).pathname} ${kb(gzipSize(r.body))}`).join(', ');
      expect(total, detail).toBeLessThan(BUDGET.visualiserGzip);
    });
  }
});

/** The search page loads Pagefind once idle (the reader came to search); no other page loads any of it by itself. */
const searchPages = new Set(routesOfKind(routes, 'search').map(pagePath));
const isPagefind = (url: string) => new URL(url).pathname.includes('/pagefind/');

test.describe('every request goes to the site’s own origin; search downloads nothing before it is opened or intended', () => {
  test('the search pages are known', () => expect(searchPages.size).toBeGreaterThan(0));
  for (const path of builtPages()) {
    test(`/${path}`, async ({ page, browser, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const recorder = recordResponses(page);
      await page.goto(path);
      await hydrateIslands(page);
      await page.waitForLoadState('networkidle');

      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      if (searchPages.has(path))
        expect(requests.filter(isPagefind).length, 'the search page preloads Pagefind when idle').toBeGreaterThan(0);
      else expect(requests.filter(isPagefind)).toEqual([]);

      // Scripts: the launcher, the copy tools, and what the page's islands import; nothing of the search dialog.
      const islands = await islandModules(page);
      const probe = await browser.newContext();
      const needed =
        islands.length === 0
          ? []
          : await moduleGraph(
              await probe.newPage(),
              baseURL!,
              islands.flatMap((i) => [i.componentUrl, ...(i.rendererUrl ? [i.rendererUrl] : [])]),
            );
      await probe.close();
      const allowed = new Set(needed.map((r) => r.url));
      const scripts = (await recorder.collect()).filter((r) => r.type === 'script').map((r) => r.url);
      expect(
        scripts.filter(
          (url) =>
            !isLauncher(url) && !isPageTool(url) && !allowed.has(url) && !(searchPages.has(path) && isPagefind(url)),
        ),
      ).toEqual([]);
    });
  }

  for (const route of routesOfKind(routes, 'home')) {
    test(`opening search on ${route.path} loads Pagefind and the index from the site itself, before the first keystroke`, async ({
      page,
      baseURL,
    }) => {
      const origin = new URL(baseURL!).origin;
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pagePath(route));
      await page.waitForLoadState('networkidle');
      expect(requests.filter(isPagefind)).toEqual([]);
      const index = page.waitForResponse((response) =>
        /\/pagefind\/index\/[^/]+\.pf_index$/.test(new URL(response.url()).pathname),
      );
      await page.keyboard.press('/');
      const input = page.locator('input.search-input');
      await expect(input).toBeFocused();
      await index; // the language's word index, loaded because the dialog opened
      const word = (await page.locator('h1').innerText()).split(/\s+/)[0]!;
      await input.pressSequentially(word);
      await expect(page.getByRole('listbox', { includeHidden: true })).toHaveAttribute('data-query', word);
      expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    });
  }
});

test.describe('the profile builder’s first visit stays under 30 kB (gzip)', () => {
  for (const route of routesOfKind(routes, 'profile')) {
    test(route.path, async ({ page }) => {
      const recorder = recordResponses(page);
      await page.goto(pagePath(route));
      await hydrateIslands(page);
      await expect(page.locator('.add-competency button')).toBeVisible();
      await page.waitForLoadState('networkidle');
      const resources = await recorder.collect();
      const byType = (type: string) => sum(resources.filter((r) => r.type === type).map((r) => gzipSize(r.body)));
      const total = sum(resources.map((r) => gzipSize(r.body)));
      const detail = `HTML ${kb(byType('document'))}, CSS ${kb(byType('stylesheet'))}, JS ${kb(byType('script'))}, data ${kb(byType('fetch'))}, total ${kb(total)}`;
      expect(total, detail).toBeLessThan(BUDGET.builderFirstVisitGzip);
    });
  }
});
