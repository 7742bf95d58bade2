import { expect, test } from '@playwright/test';
import { checkContent } from '../../src/content-tools/run-check';
import { translationRows } from '../../src/lib/translation-status';

/** The editors' translation-status page and the translation notice, on the site built from content/. */
test.describe('translation status', () => {
  test('lists every translated entry with its state, and links to the translation and its source', async ({ page }) => {
    // The states npm run check computes from content/ (all up to date once every translation is accepted).
    const states = translationRows((await checkContent('content')).catalog).map((row) => ({
      name: row.entry.data.key,
      state: row.state,
    }));
    const count = (state: string) => states.filter((s) => s.state === state).length;
    expect(states.length).toBeGreaterThan(0);

    await page.goto('nl/vertaalstatus/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stand van de vertalingen');
    const table = page.getByRole('table', { name: 'Vertaalde pagina’s en hun stand' });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(states.length);
    for (const state of ['current', 'outdated', 'unrecorded'])
      await expect(table.locator(`tbody tr[data-state="${state}"]`)).toHaveCount(count(state));
    await expect(
      page.getByText(
        `${count('current')} bijgewerkt, ${count('outdated')} bij te werken, ${count('unrecorded')} niet geregistreerd.`,
      ),
    ).toBeVisible();

    const row = rows.filter({ hasText: 'Atteindre les objectifs' });
    const label = {
      current: 'Bijgewerkt',
      outdated: 'Bij te werken',
      unrecorded: 'Niet geregistreerd',
      'no-source': 'Brontekst ontbreekt',
    };
    await expect(row.getByRole('cell').first()).toHaveText(
      label[states.find((s) => s.name === 'objectieven-behalen')!.state],
    );
    await expect(row.getByRole('link', { name: 'Objectieven behalen' })).toHaveAttribute(
      'href',
      /\/nl\/competenties\/objectieven-behalen\/$/,
    );
    await row.getByRole('link', { name: 'Atteindre les objectifs' }).click();
    await expect(page).toHaveURL(/\/fr\/competences\/atteindre-les-objectifs\/$/);
    const notice = page.locator('.translation-notice');
    await expect(notice).toContainText('Traduction.');
    if (states.find((s) => s.name === 'objectieven-behalen')!.state === 'outdated')
      await expect(notice).toContainText('Traduction à mettre à jour.');
    else await expect(notice).not.toContainText('à mettre à jour');
  });

  test('exists in French, and is reached from the editors’ page (linked in the footer)', async ({ page }) => {
    await page.goto('fr/');
    await page.locator('footer').getByRole('link', { name: 'Pour les rédacteurs' }).click();
    await expect(page).toHaveURL(/\/fr\/pour-les-redacteurs\/$/);
    await page.getByRole('link', { name: 'État des traductions' }).click();
    await expect(page).toHaveURL(/\/fr\/etat-des-traductions\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('État des traductions');
    await expect(page.getByRole('columnheader')).toHaveText(['Traduction', 'État']);
    await expect(page.getByRole('rowheader').first()).toContainText('Compétence · Français');
    await expect(page.getByRole('rowheader').first()).toContainText('Texte source : ');
  });

  test('fits a 360 px wide screen without scrolling sideways; its region is reachable by keyboard', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('nl/vertaalstatus/');
    const pageOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(pageOverflow).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: 'Vertaalde pagina’s en hun stand' });
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await region.focus();
    await expect(region).toBeFocused();
  });
});
