import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AXE_TAGS, builtPages } from './built-site';

const pages = builtPages();

test('the build has every page in both languages', () => {
  const nl = pages.filter((p) => p.startsWith('nl/'));
  const fr = pages.filter((p) => p.startsWith('fr/'));
  expect(nl.length).toBeGreaterThanOrEqual(19);
  expect(fr.length).toBe(nl.length);
});

for (const path of pages) {
  test(`/${path} loads without errors and passes axe (WCAG 2.1 A/AA)`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('dark mode pages pass axe too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['nl/', 'fr/competences/travailler-en-equipe/']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(
      results.violations.map((v) => v.id),
      path,
    ).toEqual([]);
  }
});
