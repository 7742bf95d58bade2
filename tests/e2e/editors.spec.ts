import { expect, test } from '@playwright/test';
import { readContent } from '../../src/content-tools/read-content';

/** The editors' translation-status page and the translation notice, on the site built from content/. */
test.describe('translation status', () => {
  test('lists every translated entry as up to date, with links to the translation and its source', async ({ page }) => {
    const files = await readContent('content');
    const translated = [...files.competencies, ...files.functions, ...files.pages].filter((e) => e.data.translation !== undefined);
    expect(translated.length).toBeGreaterThan(0);

    await page.goto('nl/vertaalstatus/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stand van de vertalingen');
    const table = page.getByRole('table', { name: 'Vertaalde pagina’s en hun stand' });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(translated.length);
    await expect(table.locator('tbody tr[data-state="current"]')).toHaveCount(translated.length);
    await expect(page.getByText(`${translated.length} bijgewerkt, 0 bij te werken, 0 niet geregistreerd.`)).toBeVisible();

    const row = rows.filter({ hasText: 'Atteindre les objectifs' });
    await expect(row.getByRole('cell').first()).toHaveText('Bijgewerkt');
    await expect(row.getByRole('link', { name: 'Objectieven behalen' })).toHaveAttribute('href', /\/nl\/competenties\/objectieven-behalen\/$/);
    await row.getByRole('link', { name: 'Atteindre les objectifs' }).click();
    await expect(page).toHaveURL(/\/fr\/competences\/atteindre-les-objectifs\/$/);
    const notice = page.locator('.translation-notice');
    await expect(notice).toContainText('Traduction.');
    await expect(notice).not.toHaveAttribute('data-translation-state', 'outdated');
    await expect(notice).not.toContainText('à mettre à jour');
  });

  test('exists in French, and is reached from the home page', async ({ page }) => {
    await page.goto('fr/');
    await page.getByRole('link', { name: 'État des traductions' }).click();
    await expect(page).toHaveURL(/\/fr\/etat-des-traductions\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('État des traductions');
    await expect(page.getByRole('columnheader')).toHaveText(['Traduction', 'État']);
    await expect(page.getByRole('rowheader').first()).toContainText('Compétence · Français');
    await expect(page.getByRole('rowheader').first()).toContainText('Texte source : ');
  });

  test('fits a 360 px wide screen without scrolling sideways; its region is reachable by keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('nl/vertaalstatus/');
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: 'Vertaalde pagina’s en hun stand' });
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await region.focus();
    await expect(region).toBeFocused();
  });
});
