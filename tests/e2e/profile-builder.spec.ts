import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../csv-parse';
import { docxText } from '../docx-text';
import { AXE_TAGS } from './built-site';
import { BACKUP_KEY, STORAGE_KEY, confirmation, readClipboard } from './profile-helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const BUILDER_NL = 'nl/profiel/';
const preview = (page: Page) => page.locator('.profile-document');
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
/** A known profile as a link: two competencies (one with two indicators kept), two result areas. */
const LINK =
  't=Diensthoofd%20HR%20%3Cteam%3E%20%26%20co&lang=nl&c=objectieven-behalen:B,in-team-werken:C:A-1.B-2&r=strategisch-manager-a4-a5:leidinggevende.coach&v=1';

test.describe('profile builder', () => {
  test('built from competency and level pages, then titled, trimmed, reordered and copied', async ({ page }) => {
    await page.goto('nl/competenties/objectieven-behalen/?level=B');
    await page.locator('#level-B').getByRole('button', { name: /^In mijn profiel/ }).click();
    await page.goto('nl/niveaus/c/');
    await page.locator('#in-team-werken').getByRole('button', { name: /^In mijn profiel/ }).click();
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Profiel samenstellen' }).click();
    await expect(page).toHaveURL(/\/nl\/profiel\/\?lang=nl&c=objectieven-behalen:B,in-team-werken:C&v=1$/);

    await expect(page.locator('.chosen-list > li h3')).toHaveText(['Objectieven behalen', 'In team werken']);
    await page.getByLabel('Titel van het profiel').fill('Diensthoofd HR <team> & co');
    // Keep two indicators of "In team werken".
    const team = page.locator('#item-in-team-werken');
    await team.getByText(/Gedragsindicatoren kiezen/).click();
    for (const text of ['Zet zijn/haar collega\'s aan om alle nodige informatie door te geven.', 'Doet het nodige om de communicatie in de groep te bevorderen.', 'Levert inspanningen om meningsverschillen met zijn/haar collega\'s uit de weg te ruimen.', 'Leert uit conflicten met zijn/haar collega\'s om ze in de toekomst te vermijden.']) {
      await team.getByRole('checkbox', { name: text }).uncheck();
    }
    await expect(team.getByText(/Gedragsindicatoren kiezen/)).toHaveText('Gedragsindicatoren kiezen (2 van 6)');
    // Move it up with the keyboard; focus stays on the moved item's button.
    await team.getByRole('button', { name: /^Omhoog\W+In team werken$/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.chosen-list > li h3')).toHaveText(['In team werken', 'Objectieven behalen']);
    await expect(page.getByRole('button', { name: /^Omhoog\W+In team werken$/ })).toBeFocused();
    await expect(confirmation(page)).toHaveText('In team werken staat nu op plaats 1.');
    await page.getByRole('checkbox', { name: 'Als coach' }).check();

    await expect(page).toHaveURL(/\?t=Diensthoofd%20HR%20%3Cteam%3E%20%26%20co&lang=nl&c=in-team-werken:C:A-1\.B-2,objectieven-behalen:B&r=strategisch-manager-a4-a5:coach&v=1$/);
    // The title is text everywhere: in the preview, in the clipboard.
    await expect(preview(page).locator('h3').first()).toHaveText('Diensthoofd HR <team> & co');
    await expect(preview(page).locator('team')).toHaveCount(0);

    await page.getByRole('button', { name: 'Kopiëren als tekst' }).click();
    await expect(confirmation(page)).toHaveText('Gekopieerd naar het klembord.');
    const plain = (await readClipboard(page))['text/plain']!;
    expect(plain.split('\n').slice(0, 16)).toEqual([
      'Diensthoofd HR <team> & co',
      '',
      'Resultaatgebieden',
      '',
      '• Als coach: de leidinggevenden motiveren en begeleiden bij hun activiteiten en hun ontwikkeling teneinde bij te dragen aan hun mentaal welzijn en hun competenties optimaal in te zetten en te ontplooien.',
      '',
      'Competenties',
      '',
      'In team werken (niveau C)',
      'Definitie: Een groepsgeest creëren en deze bevorderen door zijn/haar mening en ideeën te delen en door te helpen conflicten tussen collega\'s op te lossen.',
      '',
      'A. Overleggen: ideeën en opvattingen op een open manier delen met anderen en hen aanzetten hetzelfde te doen.',
      '• Deelt zijn/haar opvattingen en ideeën met collega\'s.',
      '',
      'B. Groepsgevoel stimuleren: een teamgevoel creëren door communicatie aan te moedigen en de krachten te bundelen.',
      '• Integreert zich vlot in het team.',
    ]);
    expect(plain).toContain('\n\nObjectieven behalen (niveau B)\nDefinitie: Beschikken over de inzet');

    await page.getByRole('button', { name: 'Kopiëren met opmaak (Word)' }).click();
    await expect(confirmation(page)).toHaveText('Gekopieerd naar het klembord.');
    // The confirmation reads the same as for the plain copy: wait for the HTML to be there.
    await expect.poll(async () => (await readClipboard(page))['text/html'] !== undefined).toBe(true);
    const rich = await readClipboard(page);
    expect(rich['text/plain']).toBe(plain);
    expect(rich['text/html']).toContain('<h1>Diensthoofd HR &lt;team&gt; &amp; co</h1>');
    expect(rich['text/html']).toContain('<h3>In team werken (niveau C)</h3><p><strong>Definitie</strong>: Een groepsgeest');
    expect(rich['text/html']).toContain('<ul><li>Deelt zijn/haar opvattingen en ideeën met collega\'s.</li></ul>');

    await page.getByRole('button', { name: 'Kopiëren als Markdown' }).click();
    await expect.poll(async () => (await readClipboard(page))['text/plain']?.startsWith('# ')).toBe(true);
    const markdown = (await readClipboard(page))['text/plain']!;
    expect(markdown.split('\n').slice(0, 5)).toEqual(['# Diensthoofd HR \\<team\\> & co', '', '## Resultaatgebieden', '', '- **Als coach**: de leidinggevenden motiveren en begeleiden bij hun activiteiten en hun ontwikkeling teneinde bij te dragen aan hun mentaal welzijn en hun competenties optimaal in te zetten en te ontplooien.']);

    // It survives a reload, from the URL and from localStorage.
    await page.goto(BUILDER_NL);
    await expect(page.getByLabel('Titel van het profiel')).toHaveValue('Diensthoofd HR <team> & co');
    await expect(page.locator('.chosen-list > li h3')).toHaveText(['In team werken', 'Objectieven behalen']);
  });

  test('both languages side by side, in the preview and on the clipboard (French page)', async ({ page }) => {
    await page.goto(`fr/profil/?${LINK.replace('lang=nl', 'lang=nl,fr')}`);
    await expect(page.getByRole('radio', { name: 'Les deux, côte à côte' })).toBeChecked();
    await expect(preview(page).locator('table')).toHaveCount(2);
    await expect(preview(page).locator('thead').first()).toHaveText('NederlandsFrançais');
    await expect(preview(page).locator('td[lang="fr-BE"] h5').first()).toHaveText('Atteindre les objectifs (niveau B)');
    await page.getByRole('button', { name: 'Copier avec mise en forme (Word)' }).click();
    await expect(confirmation(page)).toHaveText('Copié dans le presse-papiers.');
    const clipboard = await readClipboard(page);
    expect(clipboard['text/html']).toContain('<td lang="fr-BE"');
    expect(clipboard['text/html']).toContain('<h2><span lang="nl-BE">Competenties</span> / <span lang="fr-BE">Compétences</span></h2>');
    expect(clipboard['text/plain']).toContain('— Nederlands —\n\nResultaatgebieden');
    expect(clipboard['text/plain']).toContain('— Français —\n\nDomaines de résultats');
    await page.getByRole('radio', { name: 'Français' }).check();
    await expect(page).toHaveURL(/&lang=fr&/);
    await expect(preview(page).locator('table')).toHaveCount(0);
    await expect(preview(page).locator('h5').first()).toHaveText('Atteindre les objectifs (niveau B)');
  });

  test('a shared link opens the same profile in a fresh browser', async ({ page, browser, baseURL }) => {
    await page.goto(`${BUILDER_NL}?${LINK}`);
    await page.getByRole('button', { name: 'Link kopiëren' }).click();
    await expect(confirmation(page)).toHaveText('De link is gekopieerd.');
    const link = (await readClipboard(page))['text/plain']!;
    expect(link).toBe(`${baseURL}${BUILDER_NL}?${LINK}`);
    const expected = await preview(page).innerHTML();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(preview(other)).toBeVisible();
    expect(await preview(other).innerHTML()).toBe(expected);
    await expect(other.getByRole('alert')).toHaveCount(0);
    // Opened in a browser without a profile, it becomes that browser's profile.
    expect(JSON.parse((await stored(other))!).title).toBe('Diensthoofd HR <team> & co');
    await fresh.close();
  });

  test('.docx: loaded only when asked, downloaded, and it holds the profile', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${BUILDER_NL}?${LINK}`);
    await expect(preview(page)).toBeVisible();
    const before = [...scripts];
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden als Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('diensthoofd-hr-team-co.docx');
    await expect(confirmation(page)).toHaveText('diensthoofd-hr-team-co.docx is gedownload.');
    const loadedLater = scripts.filter((url) => !before.includes(url));
    expect(loadedLater.length).toBeGreaterThan(0);

    const { paragraphs, xml } = docxText(readFileSync((await download.path())!));
    expect(paragraphs.slice(0, 8)).toEqual([
      'Diensthoofd HR <team> & co',
      'Resultaatgebieden',
      'Als leidinggevende: de strategie voor het domein of de entiteit bepalen en ze omzetten in doelstellingen teneinde een duidelijke richting te bepalen voor het domein of de entiteit in overeenstemming met de strategie van de organisatie.',
      'Als coach: de leidinggevenden motiveren en begeleiden bij hun activiteiten en hun ontwikkeling teneinde bij te dragen aan hun mentaal welzijn en hun competenties optimaal in te zetten en te ontplooien.',
      'Competenties',
      'Objectieven behalen (niveau B)',
      'Definitie: Beschikken over de inzet, de wil en de ambitie om resultaten te boeken en de verantwoordelijkheid op zich nemen voor de correctheid van de ondernomen acties.',
      'A. Kansen benutten: kansen herkennen en op het juiste moment de juiste acties ondernemen die tot resultaat leiden.',
    ]);
    expect(paragraphs).toContain('In team werken (niveau C)');
    expect(paragraphs).toContain('Integreert zich vlot in het team.');
    expect(paragraphs).not.toContain('Doet het nodige om de communicatie in de groep te bevorderen.');
    expect(xml).toContain('<w:lang w:val="nl-BE"/>');
  });

  test('CSV parses to the expected rows', async ({ page }) => {
    await page.goto(`${BUILDER_NL}?${LINK}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden als CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('diensthoofd-hr-team-co.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFProfiel,Code,Niveau,')).toBe(true);
    const rows = parseCsv(text);
    const title = 'Diensthoofd HR <team> & co';
    expect(rows[0]).toEqual(['Profiel', 'Code', 'Niveau', 'Competentie of functie', 'Onderdeel', 'Tekst']);
    expect(rows.slice(1, 5)).toEqual([
      [title, 'strategisch-manager-a4-a5-leidinggevende', '', 'Strategisch manager (A4/A5)', 'Als leidinggevende', 'de strategie voor het domein of de entiteit bepalen en ze omzetten in doelstellingen teneinde een duidelijke richting te bepalen voor het domein of de entiteit in overeenstemming met de strategie van de organisatie.'],
      [title, 'strategisch-manager-a4-a5-coach', '', 'Strategisch manager (A4/A5)', 'Als coach', 'de leidinggevenden motiveren en begeleiden bij hun activiteiten en hun ontwikkeling teneinde bij te dragen aan hun mentaal welzijn en hun competenties optimaal in te zetten en te ontplooien.'],
      [title, 'objectieven-behalen-B', 'B', 'Objectieven behalen', 'Definitie', 'Beschikken over de inzet, de wil en de ambitie om resultaten te boeken en de verantwoordelijkheid op zich nemen voor de correctheid van de ondernomen acties.'],
      [title, 'objectieven-behalen-B-A', 'B', 'Objectieven behalen', 'A. Kansen benutten', 'kansen herkennen en op het juiste moment de juiste acties ondernemen die tot resultaat leiden.'],
    ]);
    expect(rows[5]).toEqual([title, 'objectieven-behalen-B-A-1', 'B', 'Objectieven behalen', 'A. Kansen benutten', 'Herkent bepaalde opportuniteiten binnen het eigen verantwoordelijkheidsdomein.']);
    // Objectieven behalen: definition + 3 x (dimension + 2 indicators); In team werken: definition + 2 x (dimension + 1 indicator).
    expect(rows).toHaveLength(1 + 2 + 10 + 5);
    expect(rows.at(-1)).toEqual([title, 'in-team-werken-C-B-2', 'C', 'In team werken', 'B. Groepsgevoel stimuleren', 'Integreert zich vlot in het team.']);
  });

  test('prints only the profile, as a document', async ({ page }) => {
    await page.goto(`${BUILDER_NL}?${LINK}`);
    await expect(preview(page)).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Competentieprofiel samenstellen' })).toBeHidden();
    await expect(page.getByLabel('Titel van het profiel')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Voorbeeld' })).toBeHidden();
    await expect(preview(page).getByRole('heading', { name: 'Diensthoofd HR <team> & co' })).toBeVisible();
    await expect(preview(page).getByText('Integreert zich vlot in het team.')).toBeVisible();
  });

  test('a malformed, cut-off link says what was left out and keeps the rest', async ({ page }) => {
    await page.goto(`${BUILDER_NL}?t=Test&lang=nl,xx&c=objectieven-behalen:B:A-1.Q-7,bestaat-niet:C,in-team-werken:Z,zichzelf-ontwikkelen&r=strategisch-manager-a4-a5:coach.bestaat`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Deze link kon niet volledig gelezen worden.');
    await expect(alert.locator('li')).toHaveText([
      'De link lijkt onvolledig (afgebroken bij het kopiëren?) of gemaakt met een oudere versie van deze site.',
      'Onleesbaar stuk ‘zichzelf-ontwikkelen’.',
      'Onbekende taal ‘xx’.',
      'Objectieven behalen: gedragsindicator ‘Q-7’ bestaat niet.',
      'Onbekende competentie ‘bestaat-niet’.',
      'In team werken: niveau ‘Z’ bestaat niet; de competentie is weggelaten.',
      'Strategisch manager: onbekend resultaatgebied ‘bestaat’.',
    ]);
    await expect(page.locator('.chosen-list > li h3')).toHaveText(['Objectieven behalen']);
    await expect(page.locator('#item-objectieven-behalen').getByText(/Gedragsindicatoren kiezen/)).toHaveText('Gedragsindicatoren kiezen (1 van 6)');
    await expect(page.getByRole('checkbox', { name: 'Als coach' })).toBeChecked();
    // The address now holds what was kept, readable and versioned.
    await expect(page).toHaveURL(/\?t=Test&lang=nl&c=objectieven-behalen:B:A-1&r=strategisch-manager-a4-a5:coach&v=1$/);
    await alert.getByRole('button', { name: 'Sluiten' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a link from another version is reported', async ({ page }) => {
    await page.goto('fr/profil/?lang=fr&c=objectieven-behalen:B&v=9');
    await expect(page.getByRole('alert').locator('li')).toHaveText(['Le lien a été créé avec une autre version de ce site (version « 9 »).']);
    await expect(page.locator('.chosen-list > li h3')).toHaveText(['Atteindre les objectifs']);
  });

  test('corrupted localStorage is reported, set aside, and never silently lost', async ({ page }) => {
    await page.goto(BUILDER_NL);
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"title":"Oud", "competencies": [{"key"'), STORAGE_KEY);
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('is beschadigd en kon niet gelezen worden');
    await expect(alert).toContainText(BACKUP_KEY);
    await alert.getByText('Beschadigde inhoud bekijken').click();
    await expect(alert.locator('pre')).toHaveText('{"v":1,"title":"Oud", "competencies": [{"key"');
    expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBe('{"v":1,"title":"Oud", "competencies": [{"key"');

    // Recovering: start anew; the unreadable value stays set aside.
    await page.getByRole('combobox', { name: 'Competentie', exact: true }).selectOption({ label: 'Betrouwbaarheid tonen' });
    await page.getByRole('combobox', { name: 'Niveau', exact: true }).selectOption({ label: 'Niveau C' });
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await expect(page.locator('li[data-competency]')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Betrouwbaarheid tonen', level: 3 })).toBeFocused();
    await expect(confirmation(page)).toHaveText('Betrouwbaarheid tonen (niveau C) is toegevoegd.');
    expect(JSON.parse((await stored(page))!).competencies).toEqual([{ key: 'betrouwbaarheid-tonen', level: 'C' }]);
    expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBe('{"v":1,"title":"Oud", "competencies": [{"key"');
    await alert.getByRole('button', { name: 'Sluiten' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a link with another profile than the stored one asks; "keep mine" keeps it', async ({ page }) => {
    await page.goto(`${BUILDER_NL}?t=Mijn%20profiel&lang=nl&c=zichzelf-ontwikkelen:A&v=1`);
    await expect(page.locator('.chosen-list > li h3')).toHaveText(['Zichzelf ontwikkelen']);
    await page.goto(`${BUILDER_NL}?${LINK}`);
    const dialog = page.getByRole('alertdialog', { name: 'Welk profiel wilt u gebruiken?' });
    await expect(dialog).toBeFocused();
    await expect(dialog).toContainText('In de link: ‘Diensthoofd HR <team> & co’ – competenties: Objectieven behalen (B), In team werken (C), resultaatgebieden: 2');
    await expect(dialog).toContainText('Bewaard in deze browser: ‘Mijn profiel’ – competenties: Zichzelf ontwikkelen (A), resultaatgebieden: 0');
    expect(JSON.parse((await stored(page))!).title).toBe('Mijn profiel');
    await dialog.getByRole('button', { name: 'Mijn bewaarde profiel behouden' }).click();
    await expect(page.getByLabel('Titel van het profiel')).toBeFocused();
    await expect(page.getByLabel('Titel van het profiel')).toHaveValue('Mijn profiel');
    await expect(page).toHaveURL(/\?t=Mijn%20profiel&lang=nl&c=zichzelf-ontwikkelen:A&v=1$/);
    expect(JSON.parse((await stored(page))!).title).toBe('Mijn profiel');
  });

  test('… and "open the link" replaces the stored profile', async ({ page }) => {
    await page.goto(`${BUILDER_NL}?t=Mijn%20profiel&lang=nl&c=zichzelf-ontwikkelen:A&v=1`);
    await expect(page.locator('.chosen-list > li h3')).toHaveText(['Zichzelf ontwikkelen']);
    await page.goto(`${BUILDER_NL}?${LINK}`);
    await page.getByRole('button', { name: 'Het profiel uit de link openen (vervangt het bewaarde)' }).click();
    await expect(page.locator('.chosen-list > li h3')).toHaveText(['Objectieven behalen', 'In team werken']);
    expect(JSON.parse((await stored(page))!).title).toBe('Diensthoofd HR <team> & co');
  });

  test('starting a new profile asks first', async ({ page }) => {
    await page.goto(`${BUILDER_NL}?${LINK}`);
    await page.getByRole('button', { name: 'Nieuw profiel beginnen' }).click();
    await expect(page.getByText('Het huidige profiel wordt leeggemaakt. Doorgaan?')).toBeVisible();
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await expect(page.getByRole('button', { name: 'Nieuw profiel beginnen' })).toBeFocused();
    await expect(page.locator('li[data-competency]')).toHaveCount(2);
    await page.getByRole('button', { name: 'Nieuw profiel beginnen' }).click();
    await page.getByRole('button', { name: 'Ja, leegmaken' }).click();
    await expect(page.locator('li[data-competency]')).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Als coach' })).not.toBeChecked();
    await expect(confirmation(page)).toHaveText('Het profiel is leeggemaakt.');
    await expect(page).toHaveURL(/\/nl\/profiel\/$/);
  });

  test('has no axe violations, empty and filled, in both languages, light and dark, on a phone', async ({ page }) => {
    const check = async (label: string) => {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).toEqual([]);
    };
    await page.goto(BUILDER_NL);
    await expect(page.getByRole('button', { name: 'Toevoegen' })).toBeVisible();
    await check('empty');
    await page.goto(`fr/profil/?${LINK.replace('lang=nl', 'lang=nl,fr')}`);
    await expect(preview(page)).toBeVisible();
    await page.locator('#item-in-team-werken summary').click();
    await check('filled, both languages');
    await page.emulateMedia({ colorScheme: 'dark' });
    await check('dark');
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('without JavaScript, says it needs it', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}fr/profil/`);
    await expect(page.getByText('La composition d’un profil nécessite JavaScript.')).toBeVisible();
    await expect(page.getByText('Chargement du profil…')).toBeHidden();
    await context.close();
  });
});
