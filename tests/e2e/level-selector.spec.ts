import { expect, test } from '@playwright/test';

const levelSections = (page: import('@playwright/test').Page) => page.locator('#level-matrix > section');

test.describe('level selector', () => {
  test('narrows the matrix to one level and keeps the choice in the URL', async ({ page }) => {
    await page.goto('nl/competenties/servicegericht-handelen/');
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(4);
    await page.getByRole('radio', { name: 'Niveau B' }).check();
    await expect(page).toHaveURL(/\?level=B$/);
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(1);
    await expect(page.locator('#level-B')).toBeVisible();
    await expect(page.locator('#B-B-1')).toHaveText('Geeft elke klant/burger op aangepaste en objectieve wijze advies.');
    await expect(page.getByRole('status')).toHaveText('Niveau B wordt getoond.');

    await page.reload();
    await expect(page.getByRole('radio', { name: 'Niveau B' })).toBeChecked();
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(1);

    await page.getByRole('radio', { name: 'Alle niveaus' }).check();
    await expect(page).not.toHaveURL(/level=/);
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(4);
  });

  test('a shared link opens on its level, in French too', async ({ page }) => {
    await page.goto('fr/competences/faire-preuve-de-fiabilite/?level=A');
    await expect(page.getByRole('radio', { name: 'Niveau A' })).toBeChecked();
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(1);
    await expect(page.locator('#level-A')).toBeVisible();
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('nl/competenties/in-team-werken/');
    await page.getByRole('radio', { name: 'Alle niveaus' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Niveau D' })).toBeChecked();
    await expect(page).toHaveURL(/\?level=D$/);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Niveau C' })).toBeChecked();
    await expect(page.locator('#level-C')).toBeVisible();
    await expect(page.locator('#level-D')).toBeHidden();
  });

  test('reports a link to a level that does not exist and shows every level', async ({ page }) => {
    await page.goto('fr/competences/travailler-en-equipe/?level=Z');
    await expect(page.getByRole('alert')).toContainText('« Z »');
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(4);
    await expect(page.getByRole('radio', { name: 'Tous les niveaux' })).toBeChecked();
    await expect(page).not.toHaveURL(/level=/);
  });

  test('a link to an indicator of a hidden level shows that indicator', async ({ page }) => {
    await page.goto('nl/competenties/objectieven-behalen/?level=D');
    await page.evaluate(() => { location.hash = '#A-C-2'; });
    await expect(page.locator('#A-C-2')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Alle niveaus' })).toBeChecked();
  });

  test('without JavaScript every level is shown', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}nl/competenties/objectieven-behalen/?level=B`);
    await expect(levelSections(page).filter({ visible: true })).toHaveCount(4);
    await expect(page.locator('#D-A-1')).toHaveText('Neemt elk nuttig initiatief om tot een goed resultaat te komen.');
    await context.close();
  });
});

// Pages without an island ship no JavaScript but the search launcher: tests/e2e/budgets.spec.ts.
