import { expect, test } from '@playwright/test';

test.describe('layout', () => {
  test('a phone of 360 px shows the competency page without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of [
      'nl/competenties/objectieven-behalen/',
      'fr/descriptions-de-fonction/manager-strategique-a4-a5/',
      'fr/',
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
    await page.goto('fr/competences/s-autodevelopper/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('prints the competency as a document: no navigation, no selector, every level', async ({ page }) => {
    await page.goto('nl/competenties/betrouwbaarheid-tonen/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeHidden();
    await expect(page.getByRole('group', { name: 'Toon niveau' })).toBeHidden();
    await expect(page.locator('#level-matrix > section').filter({ visible: true })).toHaveCount(4);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('French translations say so; the Dutch source does not', async ({ page }) => {
    await page.goto('fr/competences/atteindre-les-objectifs/');
    await expect(page.getByRole('complementary')).toContainText('traduction');
    await page.goto('nl/competenties/objectieven-behalen/');
    await expect(page.getByRole('complementary')).toHaveCount(0);
  });

  test('the competency index lists the 40 competencies, the 35 not described in a muted list per group', async ({
    page,
  }) => {
    await page.goto('nl/competenties/');
    await expect(page.locator('main .competencies li a')).toHaveCount(5);
    await expect(page.locator('main .pending li')).toHaveCount(35);
    await expect(page.locator('main .pending h3').first()).toHaveText('Nog niet beschreven');
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
  });
});
