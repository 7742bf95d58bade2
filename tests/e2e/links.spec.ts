import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST_DIR, builtPages, sitePath } from './built-site';

/** Crawls every built page in the browser: every internal link and anchor must lead somewhere. */
test('no broken internal link or anchor anywhere in the built site', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const base = new URL(baseURL!);
  const ids = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      hrefs: [...document.querySelectorAll('a[href], link[href]')].map((e) => (e as HTMLAnchorElement).href),
    }));
    ids.set(new URL(path, base).pathname, new Set(found.ids));
    for (const href of found.hrefs) links.push({ from: path, href });
  }
  const broken: string[] = [];
  for (const { from, href } of links) {
    const url = new URL(href);
    if (url.origin !== base.origin) continue; // canonical/hreflang use the public origin; checked below
    if (url.pathname.endsWith('/')) {
      const targetIds = ids.get(url.pathname);
      if (!targetIds) broken.push(`${from} -> ${url.pathname} (no such page)`);
      else if (url.hash && !targetIds.has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${from} -> ${url.pathname}${url.hash} (no such anchor)`);
    } else {
      const file = join(DIST_DIR, decodeURIComponent(url.pathname.slice(base.pathname.length)));
      if (!existsSync(file)) broken.push(`${from} -> ${url.pathname} (no such file)`);
    }
  }
  expect(broken).toEqual([]);
  expect(links.length).toBeGreaterThan(500);
});

test('canonical and hreflang links name pages that exist', async ({ page }) => {
  await page.goto('nl/competenties/in-team-werken/');
  const hrefs = await page
    .locator('link[rel="alternate"][hreflang], link[rel="canonical"]')
    .evaluateAll((links) =>
      links.map(
        (l) =>
          `${l.getAttribute('rel')} ${l.getAttribute('hreflang') ?? ''} ${new URL((l as HTMLLinkElement).href).pathname}`,
      ),
    );
  expect(hrefs).toEqual([
    `canonical  ${sitePath('/nl/competenties/in-team-werken/')}`,
    `alternate nl-BE ${sitePath('/nl/competenties/in-team-werken/')}`,
    `alternate fr-BE ${sitePath('/fr/competences/travailler-en-equipe/')}`,
    `alternate x-default ${sitePath('/nl/competenties/in-team-werken/')}`,
  ]);
});

test('the sitemap lists every page in both languages, and no 404 page', () => {
  const sitemap = readFileSync(join(DIST_DIR, 'sitemap-0.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const expected = builtPages()
    .filter((path) => /^(nl|fr)\//.test(path) && !path.endsWith('404/'))
    .map((path) => sitePath(`/${path}`));
  for (const path of expected) expect(listed, path).toContain(path);
  expect(listed.filter((path) => path.endsWith('/404/'))).toEqual([]);
});
