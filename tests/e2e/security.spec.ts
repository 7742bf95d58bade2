import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DIST_DIR, builtPages, sitePath } from './built-site';

/** Records every Content-Security-Policy violation the page reports. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('every page carries a Content-Security-Policy allowing only its own origin', () => {
  for (const path of builtPages()) {
    const html = readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toMatch(/script-src 'self'/);
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy, path).not.toMatch(/https?:\/\//);
  }
});

test('the CSP <meta> comes first in <head> (after the charset), before any script, style or link it covers', () => {
  for (const path of [...builtPages().map((p) => `${p}index.html`), '404.html']) {
    const html = readFileSync(join(DIST_DIR, path), 'utf8');
    const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
    expect(head, path).toMatch(/^<meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+">/i);
  }
});

test('_headers repeats each page policy for hosts that read it', () => {
  const headers = readFileSync(join(DIST_DIR, '_headers'), 'utf8');
  for (const path of builtPages())
    expect(headers, path).toContain(`/${path}\n  Content-Security-Policy: default-src 'self'`);
  expect(headers).toContain("frame-ancestors 'none'");
});

test('_headers puts the site-wide rules first: a host that reads only the first rules still protects every path', () => {
  const headers = readFileSync(join(DIST_DIR, '_headers'), 'utf8');
  const rules = headers.split('\n').filter((line) => line.startsWith('/'));
  const base = rules[0];
  expect(base).toMatch(/\/\*$/);
  expect(headers).toContain(`${base}\n  Strict-Transport-Security:`);
  expect(headers.slice(headers.indexOf(base!), headers.indexOf(rules[1]!))).toContain('X-Frame-Options: DENY');
  // Pages come after the folders of hashed files (immutable caching).
  const firstPage = rules.findIndex((rule) => builtPages().some((path) => rule === sitePath(`/${path}`)));
  expect(rules.slice(0, firstPage).filter((rule) => rule.endsWith('/*')).length).toBeGreaterThanOrEqual(5);
});

test('search, the level picker and the language switch work under the policy, with no violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('fr/competences/travailler-en-equipe/');
  await page.locator('[data-level-picker]').getByRole('link', { name: 'Niveau B', exact: true }).click();
  await page.keyboard.press('/');
  await page.locator('input.search-input').fill('conflit');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl\/competenties\/in-team-werken\/\?level=B$/);
  expect(await violations()).toEqual([]);
});

test('the root page redirects under the policy', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'fr-BE' });
  const page = await context.newPage();
  const violations = await recordViolations(page);
  await page.goto(baseURL!);
  await expect(page).toHaveURL(/\/fr\/$/);
  expect(await violations()).toEqual([]);
  await context.close();
});
