import { expect, test, type Page } from '@playwright/test';

const levelSections = (page: Page) => page.locator('#level-matrix > section');
const picker = (page: Page) => page.locator('[data-level-picker]');
const choice = (page: Page, name: string) => picker(page).getByRole('link', { name, exact: true });

test.describe('level picker', () => {
  test('narrows the matrix to one level and keeps the choice in the URL', async ({ page }) => {
    await page.goto('nl/competenties/servicegericht-handelen/');
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(4);
    await expect(choice(page, 'Alle niveaus')).toHaveAttribute('aria-current', 'true');
    await choice(page, 'Niveau B').click();
    await expect(page).toHaveURL(/\?level=B$/);
    await expect(choice(page, 'Niveau B')).toHaveAttribute('aria-current', 'true');
    await expect(choice(page, 'Alle niveaus')).not.toHaveAttribute('aria-current');
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(1);
    await expect(page.locator('#B-B-1')).toHaveText(
      'Geeft elke klant/burger op aangepaste en objectieve wijze advies.',
    );
    await expect(page.getByRole('status').filter({ hasText: 'Niveau' })).toHaveText('Niveau B wordt getoond.');

    await page.reload();
    await expect(choice(page, 'Niveau B')).toHaveAttribute('aria-current', 'true');
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(1);

    await choice(page, 'Alle niveaus').click();
    await expect(page).not.toHaveURL(/level=/);
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(4);
  });

  test('tells the rest of the page: a level-change event on document', async ({ page }) => {
    await page.goto('nl/competenties/in-team-werken/?compare=C,B');
    await page.evaluate(() => {
      (window as unknown as { seen: unknown[] }).seen = [];
      document.addEventListener('level-change', (event) => {
        (window as unknown as { seen: unknown[] }).seen.push((event as CustomEvent).detail);
      });
    });
    await choice(page, 'Niveau A').click();
    await choice(page, 'Alle niveaus').click();
    expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([
      { level: 'A' },
      { level: null },
    ]);
    // Other parameters (the progression view's comparison) are kept.
    await expect(page).toHaveURL(/\?compare=C%2CB$|\?compare=C,B$/);
  });

  test('a shared link opens on its level, in French too', async ({ page }) => {
    await page.goto('fr/competences/faire-preuve-de-fiabilite/?level=A');
    await expect(choice(page, 'Niveau A')).toHaveAttribute('aria-current', 'true');
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(1);
    await expect(page.locator('#level-A')).toBeVisible();
  });

  for (const { width, path } of [
    { width: 1280, path: 'nl/competenties/objectieven-behalen/?level=B' },
    { width: 375, path: 'nl/competenties/objectieven-behalen/?level=B' },
    { width: 1280, path: 'fr/competences/atteindre-les-objectifs/?level=B' },
    { width: 375, path: 'fr/competences/atteindre-les-objectifs/?level=B' },
  ]) {
    test(`?level=B shows level B's first indicator in the first screen at ${width}x800: ${path}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await expect(page.locator('#B-A-1')).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => scrollY)).toBe(0);
    });
  }

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('nl/competenties/in-team-werken/');
    await choice(page, 'Alle niveaus').focus();
    await page.keyboard.press('Tab');
    await expect(choice(page, 'Niveau D')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?level=D$/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(choice(page, 'Niveau C')).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('#level-C')).toBeVisible();
    await expect(page.locator('#level-D')).toBeHidden();
  });

  test('reports a link to a level that does not exist and shows every level', async ({ page }) => {
    await page.goto('fr/competences/travailler-en-equipe/?level=Z');
    await expect(page.getByRole('alert')).toContainText('« Z »');
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(4);
    await expect(choice(page, 'Tous les niveaux')).toHaveAttribute('aria-current', 'true');
    await expect(page).not.toHaveURL(/level=/);
  });

  test('echoes a very long unknown level shortened, not whole', async ({ page }) => {
    await page.goto(`nl/competenties/in-team-werken/?level=${'x'.repeat(2_000)}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`‘${'x'.repeat(40)}…’`);
    expect((await alert.innerText()).length).toBeLessThan(200);
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(4);
  });

  test('a link to an indicator of a hidden level shows that indicator', async ({ page }) => {
    await page.goto('nl/competenties/objectieven-behalen/?level=D');
    await page.evaluate(() => {
      location.hash = '#A-C-2';
    });
    await expect(page.locator('#A-C-2')).toBeVisible();
    await expect(choice(page, 'Alle niveaus')).toHaveAttribute('aria-current', 'true');
  });

  test('without JavaScript every level is shown, and the choices lead to the levels', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}nl/competenties/objectieven-behalen/?level=B`);
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(4);
    await expect(page.locator('#D-A-1')).toHaveText('Neemt elk nuttig initiatief om tot een goed resultaat te komen.');
    await choice(page, 'Niveau A').click();
    await expect(page).toHaveURL(/\?level=A#level-A$/);
    await context.close();
  });
});

// Pages without an island ship no JavaScript but the search launcher: tests/e2e/budgets.spec.ts.
