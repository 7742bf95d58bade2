import { expect, test } from '@playwright/test';

test.describe('language switch', () => {
  test('lands on the same competency, level and indicator in French', async ({ page }) => {
    await page.goto('nl/competenties/objectieven-behalen/?level=B#B-A-2');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl-BE');
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/competences\/atteindre-les-objectifs\/\?level=B#B-A-2$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-BE');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Atteindre les objectifs');
    await expect(page.locator('#B-A-2')).toBeVisible();
    await expect(
      page.locator('[data-level-picker]').getByRole('link', { name: 'Niveau B', exact: true }),
    ).toHaveAttribute('aria-current', 'true');
  });

  test('keeps the level chosen on the page and the place followed by a link', async ({ page }) => {
    await page.goto('fr/competences/travailler-en-equipe/');
    await page.locator('[data-level-picker]').getByRole('link', { name: 'Niveau C', exact: true }).click();
    await page.goto('fr/competences/travailler-en-equipe/?level=C#C-B-1');
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect(page).toHaveURL(/\/nl\/competenties\/in-team-werken\/\?level=C#C-B-1$/);
    await expect(page.locator('#C-B-1')).toBeInViewport();
  });

  const counterparts: [string, string][] = [
    ['nl/', 'fr/'],
    ['nl/competenties/', 'fr/competences/'],
    ['nl/niveaus/a/', 'fr/niveaux/a/'],
    ['nl/functiebeschrijvingen/strategisch-manager-a4-a5/', 'fr/descriptions-de-fonction/manager-strategique-a4-a5/'],
    ['nl/competentiebilan/', 'fr/bilan-de-competences/'],
    ['nl/visie-social-profit/', 'fr/vision-secteur-non-marchand/'],
  ];
  for (const [nl, fr] of counterparts) {
    test(`/${nl} <-> /${fr}`, async ({ page }) => {
      await page.goto(nl);
      await page.getByRole('link', { name: 'Français' }).click();
      await expect(page).toHaveURL(new RegExp(`/${fr}$`));
      await page.getByRole('link', { name: 'Nederlands' }).click();
      await expect(page).toHaveURL(new RegExp(`/${nl}$`));
    });
  }
});

test.describe('root page', () => {
  test('sends a French-speaking browser to French', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const page = await context.newPage();
    await page.goto(baseURL!);
    await expect(page).toHaveURL(/\/fr\/$/);
    await context.close();
  });

  test('sends a Dutch-speaking browser to Dutch and others to the source language', async ({ browser, baseURL }) => {
    for (const locale of ['nl-BE', 'de-DE']) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(baseURL!);
      await expect(page).toHaveURL(/\/nl\/$/);
      await context.close();
    }
  });

  test('without JavaScript offers both languages', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseURL!);
    await expect(page.getByRole('link', { name: /Nederlands/ })).toHaveAttribute('href', /\/nl\/$/);
    await expect(page.getByRole('link', { name: /Français/ })).toHaveAttribute('href', /\/fr\/$/);
    await context.close();
  });
});

test.describe('not found', () => {
  test('an unknown address gets the bilingual 404 page', async ({ page }) => {
    const response = await page.goto('nl/bestaat-niet/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  });

  test('each language has its own 404 page', async ({ page }) => {
    await page.goto('fr/404/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-BE');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  });
});
