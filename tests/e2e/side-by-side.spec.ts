import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pagePath, routesOfKind, siteRoutes } from '../site-routes';
import { AXE_TAGS, DIST_DIR } from './built-site';

/**
 * The side-by-side reading mode: every language in aligned columns, one row per item, with the
 * anchors of the one-language pages. The texts are checked against the published JSON.
 */
const routes = await siteRoutes();
interface Indicator {
  id: string;
  uri: string;
  text: Record<string, string>;
}
const data = JSON.parse(readFileSync(join(DIST_DIR, 'data', 'dictionary.json'), 'utf8')) as {
  competencies: { id: string; levels: { dimensions: { indicators: Indicator[] }[] }[] }[];
};
const indicatorsOf = (key: string) =>
  data.competencies.find((c) => c.id === key)!.levels.flatMap((l) => l.dimensions.flatMap((d) => d.indicators));
const sideBySide = routesOfKind(routes, 'competency-side-by-side', 'level-side-by-side', 'function-side-by-side');

/** Each row's cells: language, text and position on screen, by the row's id. */
async function rows(page: Page, ids: string[]) {
  return page.evaluate(
    (wanted) =>
      wanted.map((id) => {
        const row = document.getElementById(id);
        const cells = [...(row?.querySelectorAll<HTMLElement>(':scope > .sbs-cell') ?? [])];
        return {
          id,
          cells: cells.map((cell) => {
            const box = cell.getBoundingClientRect();
            return {
              lang: cell.lang,
              text: cell.querySelector('.sbs-text')?.textContent ?? '',
              top: box.top,
              bottom: box.bottom,
              left: box.left,
            };
          }),
        };
      }),
    ids,
  );
}

test.describe('a competency side by side', () => {
  for (const route of routesOfKind(routes, 'competency-side-by-side')) {
    test(`/${pagePath(route)} shows every indicator in Dutch and French on the same row, by anchor`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(pagePath(route));
      const indicators = indicatorsOf(route.key);
      expect(indicators).toHaveLength(24);
      const anchors = indicators.map((i) => new URL(i.uri, 'http://x').hash.slice(1));
      const found = await rows(page, anchors);
      found.forEach(({ id, cells }, index) => {
        const { text } = indicators[index]!;
        const byLang = Object.fromEntries(cells.map((c) => [c.lang.slice(0, 2), c]));
        expect(cells, id).toHaveLength(2);
        expect(byLang.nl?.text, id).toBe(text.nl);
        expect(byLang.fr?.text, id).toBe(text.fr);
        expect(Math.abs(byLang.nl!.top - byLang.fr!.top), id).toBeLessThan(1);
      });
      // The page's own language comes first.
      expect(found[0]!.cells[0]!.lang.slice(0, 2)).toBe(route.locale);
      expect(found[0]!.cells[0]!.left).toBeLessThan(found[0]!.cells[1]!.left);
    });
  }

  test('stacks each item on a narrow screen, without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const route = routesOfKind(routes, 'competency-side-by-side').find((r) => r.locale === 'nl')!;
    await page.goto(pagePath(route));
    const [row] = await rows(page, ['B-A-2']);
    expect(row!.cells[1]!.top).toBeGreaterThanOrEqual(row!.cells[0]!.bottom);
    await expect(page.locator('#B-A-2 .sbs-tag').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 320, height: 700 });
    for (const other of sideBySide.filter((r, i, all) => all.findIndex((o) => o.kind === r.kind) === i)) {
      await page.goto(pagePath(other));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, other.path).toBeLessThanOrEqual(0);
    }
  });

  test('prints as two columns, without the toggle', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 1000 });
    const route = routesOfKind(routes, 'competency-side-by-side').find((r) => r.locale === 'fr')!;
    await page.goto(pagePath(route));
    await page.emulateMedia({ media: 'print' });
    const [row] = await rows(page, ['C-B-1']);
    expect(Math.abs(row!.cells[0]!.top - row!.cells[1]!.top)).toBeLessThan(1);
    await expect(page.locator('.side-by-side-toggle')).toBeHidden();
  });
});

test('the level and function side-by-side pages keep the anchors of their one-language pages', async ({ page }) => {
  const level = routesOfKind(routes, 'level-side-by-side').find((r) => r.locale === 'fr' && r.key === 'B')!;
  await page.goto(`${pagePath(level)}#in-team-werken-B-A-2`);
  const [row] = await rows(page, ['in-team-werken-B-A-2']);
  expect(row!.cells.map((c) => c.text)).toEqual([
    indicatorsOf('in-team-werken').find((i) => i.id === 'in-team-werken/B-A-2')!.text.fr,
    indicatorsOf('in-team-werken').find((i) => i.id === 'in-team-werken/B-A-2')!.text.nl,
  ]);
  await expect(page.locator('#in-team-werken-B-A-2')).toBeInViewport();
  const fn = routesOfKind(routes, 'function-side-by-side').find((r) => r.locale === 'nl')!;
  const onePage = readFileSync(
    join(DIST_DIR, pagePath(routesOfKind(routes, 'function').find((r) => r.locale === 'nl')!), 'index.html'),
    'utf8',
  );
  const ids = [...onePage.matchAll(/id="((?:area|criterion)-[^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((id) => !id.endsWith('-title'));
  expect(ids.length).toBeGreaterThan(3);
  await page.goto(pagePath(fn));
  for (const id of ids) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});

test('NL | FR switches a competency page to side by side and back, keeping the level and the anchor', async ({
  page,
}) => {
  const one = routesOfKind(routes, 'competency').find((r) => r.locale === 'nl')!;
  await page.goto(`${pagePath(one)}?level=B#B-A-2`);
  await expect(
    page.locator('[data-level-picker]').getByRole('link', { name: 'Niveau B', exact: true }),
  ).toHaveAttribute('aria-current', 'true');
  const toggle = page.getByRole('link', { name: /^NL \| FR/ });
  await expect(toggle).toHaveAttribute('href', /\/tweetalig\/\?level=B#B-A-2$/);
  await toggle.click();
  await expect(page).toHaveURL(/\/nl\/competenties\/[^/]+\/tweetalig\/\?level=B#B-A-2$/);
  await expect(page.locator('#B-A-2')).toBeInViewport();
  // The side-by-side page shows the level asked for, and keeps it in the language switch.
  await expect(
    page.locator('[data-level-picker]').getByRole('link', { name: 'Niveau B', exact: true }),
  ).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('#level-C')).toBeHidden();
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/competences\/[^/]+\/bilingue\/\?level=B#B-A-2$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-BE');
  await page.getByRole('link', { name: /^NL \| FR/ }).click();
  const frPage = routesOfKind(routes, 'competency').find((r) => r.locale === 'fr' && r.key === one.key)!;
  await expect(page).toHaveURL(sitePathOf(`${frPage.path}?level=B#B-A-2`));
});
const sitePathOf = (path: string) => new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);

test('search does not index the side-by-side pages (the one-language pages hold the same text)', () => {
  expect(sideBySide.length).toBeGreaterThan(0);
  for (const route of sideBySide) {
    const html = readFileSync(join(DIST_DIR, pagePath(route), 'index.html'), 'utf8');
    expect(html, route.path).not.toContain('data-pagefind-body');
  }
});

test.describe('side-by-side pages pass axe in both languages, light and dark, wide and narrow', () => {
  const samples = ['competency-side-by-side', 'level-side-by-side', 'function-side-by-side'] as const;
  for (const kind of samples) {
    for (const route of routesOfKind(routes, kind).filter(
      (r, i, all) => all.findIndex((o) => o.locale === r.locale) === i,
    )) {
      for (const [width, colorScheme] of [
        [1280, 'light'],
        [375, 'dark'],
      ] as const) {
        test(`/${pagePath(route)} at ${width} px, ${colorScheme}`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme });
          await page.goto(pagePath(route));
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          ).toEqual([]);
        });
      }
    }
  }
});
