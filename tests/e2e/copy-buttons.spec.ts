import { expect, test } from '@playwright/test';
import { STORAGE_KEY, confirmation, readClipboard } from './profile-helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const OBJECTIVES_B_NL = `Objectieven behalen (niveau B)
Definitie: Beschikken over de inzet, de wil en de ambitie om resultaten te boeken en de verantwoordelijkheid op zich nemen voor de correctheid van de ondernomen acties.

A. Kansen benutten: kansen herkennen en op het juiste moment de juiste acties ondernemen die tot resultaat leiden.
• Herkent bepaalde opportuniteiten binnen het eigen verantwoordelijkheidsdomein.
• Benut extra mogelijkheden om resultaten te behalen.

B. Resultaatgerichtheid tonen: resultaten genereren door doelgericht en binnen de beschikbare tijd acties te ondernemen.
• Behaalt resultaten binnen zijn/haar domein door vlot in te spelen op onvoorziene omstandigheden.
• Slaagt erin kortetermijnresultaten te behalen door gepast te reageren op hindernissen.

C. Verantwoordelijkheid opnemen voor ondernomen acties: verantwoordelijkheid opnemen voor de kwaliteit van ondernomen acties, binnen het eigen vakgebied, tegenover de collega’s, de organisatie en de burgers.
• Neemt de verantwoordelijkheid op zich voor de juistheid van de geleverde prestaties.
• Neemt de verantwoordelijkheid op zich voor de eigen fouten en deze van collega’s of medewerkers.`;

test.describe('copy buttons', () => {
  test('single indicators: no button until copy mode is on, then one beside each, gone again when off', async ({
    page,
  }) => {
    await page.goto('nl/competenties/objectieven-behalen/');
    const toggle = page.getByRole('button', { name: 'Losse indicatoren kopiëren' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.copy-button')).toHaveCount(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const indicators = await page.locator('#level-matrix li').count();
    const cells = await page.locator('#level-matrix .cell').count();
    await expect(page.locator('.copy-button')).toHaveCount(indicators + cells);
    await toggle.click();
    await expect(page.locator('.copy-button')).toHaveCount(0);
  });

  test('copy one indicator with the keyboard; the confirmation is announced', async ({ page }) => {
    await page.goto('nl/competenties/objectieven-behalen/');
    const toggle = page.getByRole('button', { name: 'Losse indicatoren kopiëren' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const button = page.getByRole('button', { name: 'Gedragsindicator 2 van dimensie A op niveau B kopiëren' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(confirmation(page)).toHaveText('Gekopieerd naar het klembord.');
    await expect(confirmation(page)).toHaveAttribute('aria-live', 'polite');
    expect((await readClipboard(page))['text/plain']).toBe('Benut extra mogelijkheden om resultaten te behalen.');
    // The indicator's own text is unchanged by its button (anchors and tests read it).
    await expect(page.locator('#B-A-2')).toHaveText('Benut extra mogelijkheden om resultaten te behalen.');
  });

  test('copy a dimension at a level on a French level page, as text and as a formatted list', async ({ page }) => {
    await page.goto('fr/niveaux/b/');
    await page.getByRole('button', { name: 'Copier des indicateurs séparément' }).click();
    await page.getByRole('button', { name: 'Copier la dimension A au niveau B avec ses indicateurs' }).first().click();
    await expect(confirmation(page)).toHaveText('Copié dans le presse-papiers.');
    const clipboard = await readClipboard(page);
    const section = page.locator('section.competency').first();
    const key = await section.getAttribute('id');
    const title = (await section.locator(`#${key}-B-A-title`).textContent())!.trim();
    const description = (await section.locator(`#${key}-B-A .description`).textContent())!.trim();
    const indicators = (await section.locator(`#${key}-B-A li`).allTextContents()).map((t) => t.trim());
    expect(clipboard['text/plain']).toBe(
      `${title}\u00a0: ${description}\n${indicators.map((i) => `• ${i}`).join('\n')}`,
    );
    expect(clipboard['text/html']).toContain(
      `<strong>${title}</strong>&nbsp;: ${description}</p><ul><li>${indicators[0]}</li><li>${indicators[1]}</li></ul>`,
    );
  });

  test('copy a whole competency at a level: heading, definition, dimensions, indicators', async ({ page }) => {
    await page.goto('nl/competenties/objectieven-behalen/?level=B');
    await page
      .locator('#level-B')
      .getByRole('button', { name: /^Tekst kopiëren/ })
      .click();
    await expect(confirmation(page)).toHaveText('Gekopieerd naar het klembord.');
    const clipboard = await readClipboard(page);
    expect(clipboard['text/plain']).toBe(OBJECTIVES_B_NL);
    expect(clipboard['text/html']).toContain(
      '<h2>Objectieven behalen (niveau B)</h2><p><strong>Definitie</strong>: Beschikken over de inzet',
    );
    expect(clipboard['text/html']).toContain(
      '<ul><li>Herkent bepaalde opportuniteiten binnen het eigen verantwoordelijkheidsdomein.</li>',
    );
  });

  test('the strings of the tools are not in the page; when they cannot be loaded it says so, and the next click loads them', async ({
    page,
  }) => {
    let available = false;
    await page.route(/\/strings\/nl\/copy-tools\.json$/, (route) =>
      available ? route.continue() : route.fulfill({ status: 503, body: 'unavailable' }),
    );
    await page.goto('nl/competenties/objectieven-behalen/?level=B');
    expect(await page.content()).not.toContain('Gekopieerd naar het klembord.');
    const copyLevel = page.locator('#level-B').getByRole('button', { name: /^Tekst kopiëren/ });
    await copyLevel.click();
    await expect(confirmation(page)).toHaveText(
      'Kopiëren lukt nu niet: een deel van de pagina kon niet worden geladen. Probeer het opnieuw.',
    );
    available = true;
    await copyLevel.click();
    await expect(confirmation(page)).toHaveText('Gekopieerd naar het klembord.');
    expect((await readClipboard(page))['text/plain']).toBe(OBJECTIVES_B_NL);
  });

  test('without the Clipboard API the text is selected for copying by hand, with a message', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { clipboard?: unknown }).clipboard;
    });
    await page.goto('nl/competenties/objectieven-behalen/?level=B');
    expect(await page.evaluate(() => 'clipboard' in navigator)).toBe(false);
    const button = page.locator('#level-B').getByRole('button', { name: /^Tekst kopiëren/ });
    await button.click();
    const field = page.getByRole('textbox', { name: 'Te kopiëren tekst' });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(OBJECTIVES_B_NL);
    await expect(field).toHaveAccessibleDescription(/Kopieer hem met Ctrl\+C/i);
    const selection = await field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);
    expect(selection).toEqual([0, OBJECTIVES_B_NL.length]);
    await page.keyboard.press('Escape');
    await expect(field).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('without JavaScript no copy button or profile control is shown', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['nl/competenties/objectieven-behalen/', 'fr/niveaux/c/']) {
      await page.goto(`${baseURL}${path}`);
      await expect(page.locator('[data-profile-tools]').first()).toBeAttached();
      await expect(page.locator('[data-profile-tools]').filter({ visible: true })).toHaveCount(0);
    }
    await context.close();
  });

  test('are not printed', async ({ page }) => {
    await page.goto('nl/niveaus/b/');
    await expect(page.locator('[data-profile-tools]').filter({ visible: true }).first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-profile-tools]').filter({ visible: true })).toHaveCount(0);
  });
});

test.describe('add to profile', () => {
  test('from a competency page and a level page, as a toggle kept in this browser', async ({ page }) => {
    await page.goto('nl/competenties/objectieven-behalen/');
    await page.locator('[data-level-picker]').getByRole('link', { name: 'Niveau B', exact: true }).click();
    const toggle = page.locator('#level-B').getByRole('button', { name: /^In mijn profiel/ });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(confirmation(page)).toHaveText('Objectieven behalen (niveau B) is opgenomen in uw profiel.');

    // Another level of the same competency moves it to that level.
    await page.locator('[data-level-picker]').getByRole('link', { name: 'Alle niveaus', exact: true }).click();
    await page
      .locator('#level-A')
      .getByRole('button', { name: /^In mijn profiel/ })
      .click();
    await expect(confirmation(page)).toHaveText('Objectieven behalen staat nu op niveau A in uw profiel.');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await page.goto('nl/niveaus/c/');
    await page
      .locator('#in-team-werken')
      .getByRole('button', { name: /^In mijn profiel/ })
      .click();
    await expect(confirmation(page)).toHaveText('In team werken (niveau C) is opgenomen in uw profiel.');
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!);
    expect(stored.competencies).toEqual([
      { key: 'objectieven-behalen', level: 'A' },
      { key: 'in-team-werken', level: 'C' },
    ]);

    // Pressed again: out of the profile.
    await page.reload();
    const again = page.locator('#in-team-werken').getByRole('button', { name: /^In mijn profiel/ });
    await expect(again).toHaveAttribute('aria-pressed', 'true');
    await again.click();
    await expect(again).toHaveAttribute('aria-pressed', 'false');
    await expect(confirmation(page)).toHaveText('In team werken is uit uw profiel gehaald.');
  });

  test('does not write over an unreadable stored profile', async ({ page }) => {
    await page.goto('fr/niveaux/b/');
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"title":'), STORAGE_KEY);
    await page
      .locator('#in-team-werken')
      .getByRole('button', { name: /^Ajouter à mon profil/ })
      .click();
    await expect(confirmation(page)).toContainText('illisible et n’a pas été modifié');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('{"v":1,"title":');
  });
});
