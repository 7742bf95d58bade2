import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pagePath, routesOfKind, siteRoutes } from '../site-routes';
import { DIST_DIR, builtPages } from './built-site';

/** The reader's pages: quiet copy tools, the header, 320 px, no developer text, identity and provenance. */
const routes = await siteRoutes();

test.describe('a competency page is quick to cross with the keyboard', () => {
  // Tab presses to cross a competency page's main content with every level shown: from the start of
  // <main> (where the skip link lands) until focus leaves it. Copy mode is off.
  for (const route of routesOfKind(routes, 'competency')) {
    test(`at most 30 Tab presses across ${route.path}`, async ({ page }) => {
      await page.goto(pagePath(route));
      await expect(page.locator('button[data-copy="competency"]').first()).toBeVisible();
      await expect(page.locator('#level-matrix > section').filter({ visible: true })).toHaveCount(4);
      await page.locator('main').focus();
      let presses = 0;
      const inMain = () =>
        page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false);
      do {
        await page.keyboard.press('Tab');
        presses += 1;
      } while ((await inMain()) && presses < 100);
      expect(presses - 1, 'Tab stops inside <main>').toBeLessThanOrEqual(30);
      expect(presses - 1).toBeGreaterThan(5);
    });
  }
});

test.describe('the level choice does not move the page', () => {
  // Layout shift while a competency page loads (before any scrolling), with and without a chosen level.
  for (const route of routesOfKind(routes, 'competency').filter(
    (r, i, all) => all.findIndex((o) => o.locale === r.locale) === i,
  )) {
    for (const { query, width } of [
      { query: '', width: 1280 },
      { query: '?level=B', width: 375 },
      { query: '?level=C', width: 1280 },
    ]) {
      test(`CLS at most 0.02 on ${route.path}${query} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await recordLayoutShift(page);
        await page.goto(`${pagePath(route)}${query}`);
        await page.waitForLoadState('networkidle');
        await expect(page.locator('[data-level-picker][data-ready]')).toBeAttached();
        expect(await layoutShift(page)).toBeLessThanOrEqual(0.02);
      });
    }
  }
});

test.describe('the search page does not move as its panel mounts', () => {
  for (const route of routesOfKind(routes, 'search')) {
    for (const width of [1280, 375]) {
      test(`CLS at most 0.02 on ${route.path} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await recordLayoutShift(page);
        await page.goto(pagePath(route));
        await expect(page.locator('.search-page input[type="search"]')).toBeVisible();
        await expect(page.locator('[data-search-needs-js]')).toBeHidden();
        await page.waitForLoadState('networkidle');
        expect(await layoutShift(page)).toBeLessThanOrEqual(0.02);
      });
    }
  }
});

/** Starts adding up the page's layout shifts (those not caused by input), from its first paint. */
async function recordLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = window as unknown as { cls: number };
    state.cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) state.cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShift = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { cls: number }).cls);

test.describe('narrow screens', () => {
  test('the search dialog fits a 320 px screen, its close button inside', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('fr/competences/travailler-en-equipe/');
    await page.locator('.search-link').click();
    const close = page.locator('dialog.search-dialog .search-close');
    await expect(close).toBeVisible();
    await expect(close).toBeInViewport({ ratio: 1 });
    const box = (await page.locator('dialog.search-dialog').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  });

  for (const path of ['nl/', 'fr/competences/travailler-en-equipe/', 'nl/competenties/objectieven-behalen/']) {
    test(`the header of /${path} is at most 120 px tall at 375 px; the menu opens without JavaScript`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${baseURL}${path}`);
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(120);
      const nav = page.getByRole('navigation', { name: /Hoofdnavigatie|Navigation principale/ });
      await expect(nav.getByRole('link').first()).toBeHidden();
      await nav.locator('summary').click();
      await expect(nav.getByRole('link').first()).toBeVisible();
      await context.close();
    });
  }

  test('the root page does not overflow 320 px without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(baseURL!);
    await expect(page.locator('h1').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  test('keyboard shortcut hints only for fine pointers', async ({ browser, baseURL }) => {
    const touch = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 800, height: 800 } });
    const page = await touch.newPage();
    await page.goto(`${baseURL}nl/`);
    await expect(page.locator('.search-link kbd')).toBeHidden();
    await touch.close();
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const deskPage = await desk.newPage();
    await deskPage.goto(`${baseURL}nl/`);
    await expect(deskPage.locator('.search-link kbd')).toBeVisible();
    await desk.close();
  });
});

test.describe('public pages speak to readers', () => {
  const editorsPages = routesOfKind(routes, 'editors').map(pagePath);
  test('no page but the editors’ page mentions npm, MDX or content/ (visible text)', async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const offenders: string[] = [];
    for (const path of builtPages()) {
      if (path === '' || editorsPages.includes(path)) continue;
      await page.goto(`${baseURL}${path}`);
      const text = await page.locator('body').innerText();
      if (/\bnpm\b|\bMDX\b|content\//.test(text)) offenders.push(path);
    }
    expect(offenders).toEqual([]);
    for (const path of editorsPages) {
      await page.goto(`${baseURL}${path}`);
      await expect(page.locator('main')).toContainText('npm run check');
      await expect(page.locator('main')).toContainText('content/');
    }
    await context.close();
  });

  test('the home page’s “where to start” includes the profile builder', async ({ page }) => {
    await page.goto('nl/');
    await expect(
      page.locator('#audience-title + .cards').getByRole('link', { name: 'Een functieprofiel samenstellen' }),
    ).toHaveAttribute('href', /\/nl\/profiel\/$/);
    await page.goto('fr/');
    await expect(
      page.locator('#audience-title + .cards').getByRole('link', { name: 'Composer un profil de fonction' }),
    ).toHaveAttribute('href', /\/fr\/profil\/$/);
  });

  test('the competency index lists the not-yet-described competencies compactly, with one explanation', async ({
    page,
  }) => {
    await page.goto('nl/competenties/');
    await expect(page.locator('.badge--pending')).toHaveCount(0);
    await expect(page.locator('.pending-note')).toHaveCount(1);
    await expect(page.locator('.pending-note')).toContainText('35 competenties');
    await expect(page.locator('.pending li')).toHaveCount(35);
  });
});

test.describe('identity and provenance', () => {
  for (const locale of ['nl', 'fr']) {
    test(`the footer states the source and links the about, accessibility and editors’ pages (${locale})`, async ({
      page,
    }) => {
      await page.goto(`${locale}/`);
      const footer = page.locator('footer.site-footer');
      await expect(footer).toContainText(
        locale === 'nl' ? 'FOD Beleid en Ondersteuning (BOSA)' : 'SPF Stratégie et Appui (BOSA)',
      );
      await expect(footer).toContainText(
        locale === 'nl' ? 'geen officiële publicatie' : 'pas une publication officielle',
      );
      for (const kind of ['about', 'accessibility', 'editors'] as const) {
        const route = routesOfKind(routes, kind).find((r) => r.locale === locale)!;
        const link = footer.locator(`a[href$="${route.path}"]`);
        await expect(link).toHaveCount(1);
      }
      // Built without CONTACT_URL: no "report an error" link, and the about page says so.
      await expect(footer.locator('[data-contact]')).toHaveCount(0);
      await footer
        .locator(`a[href$="${routesOfKind(routes, 'about').find((r) => r.locale === locale)!.path}"]`)
        .click();
      await expect(page.locator('h1')).toHaveText(locale === 'nl' ? 'Over deze site' : 'À propos de ce site');
      await expect(page.locator('main')).toContainText(locale === 'nl' ? 'vermelden niet' : 'n’indiquent pas');
    });

    test(`the accessibility statement names the target, the tests and the limits (${locale})`, async ({ page }) => {
      await page.goto(pagePath(routesOfKind(routes, 'accessibility').find((r) => r.locale === locale)!));
      const main = page.locator('main');
      await expect(main).toContainText('WCAG) 2.1');
      await expect(main).toContainText('axe-core');
      await expect(main).toContainText('320');
      await expect(main.locator('h2')).toHaveCount(4);
    });
  }

  test('the site mark is our own SVG, beside the site name', async ({ page }) => {
    await page.goto('nl/');
    await expect(page.locator('.site-header .brand svg.site-mark')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('.site-header .brand')).toHaveAccessibleName('Competentiewoordenboek');
  });
});

test.describe('print', () => {
  test('disclosures print open, without markers', async ({ page }) => {
    await page.goto('nl/competenties/objectieven-behalen/');
    const details = page.locator('main details').first();
    await expect(details).toBeAttached();
    await expect(details.locator('p').first()).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(details.locator('p').first()).toBeVisible();
    expect(await details.locator('summary').evaluate((el) => getComputedStyle(el).listStyleType)).toBe('none');
  });
});

test('the built pages have a language for hyphenation', () => {
  for (const path of builtPages().filter((p) => p !== '')) {
    expect(readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8'), path).toMatch(/<html lang="(nl|fr)-BE"/);
  }
});
