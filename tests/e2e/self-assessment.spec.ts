import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page, type Request } from '@playwright/test';
import { docxText } from '../docx-text';
import { AXE_TAGS } from './built-site';

/**
 * The private self-assessment: answers kept in this browser only, across reloads and languages;
 * export, delete, import; refused files; the summary; nothing in the address or in any request.
 */
const STORE_KEY = 'competentiewoordenboek.self-assessment';
const PAGES = { nl: 'nl/zelfevaluatie/', fr: 'fr/auto-evaluation/' } as const;
type Lang = keyof typeof PAGES;
const WORDS = {
  nl: {
    start: 'Zelfevaluatie beginnen',
    always: 'Altijd',
    sometimes: 'Soms',
    notYet: 'Nog niet',
    mostly: 'Meestal',
    na: 'Niet van toepassing',
    deleteAll: 'Alles wissen',
    deleteAllYes: 'Ja, alles wissen',
    switch: 'Français',
  },
  fr: {
    start: 'Commencer l’auto-évaluation',
    always: 'Toujours',
    sometimes: 'Parfois',
    notYet: 'Pas encore',
    mostly: 'La plupart du temps',
    na: 'Sans objet',
    deleteAll: 'Tout effacer',
    deleteAllYes: 'Oui, tout effacer',
    switch: 'Nederlands',
  },
};
/** A note no page or request of the site could hold unless it leaked. */
const NOTE = 'STAR-notitie 7319: overleg met team Zuid';

const rows = (page: Page) => page.locator('.sa-indicator');
const selfScale = (row: Locator) => row.locator('.sa-scale-self');
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORE_KEY);

async function start(page: Page, lang: Lang, level = 'B') {
  await page.locator('#sa-new-level').selectOption(level);
  await page.getByRole('button', { name: WORDS[lang].start }).click();
  await expect(rows(page).first()).toBeVisible();
}

/** Rates the first indicators: always, sometimes, not yet, mostly, not applicable; a note on the first. */
async function rateSome(page: Page, lang: Lang) {
  const w = WORDS[lang];
  const picks = [w.always, w.sometimes, w.notYet, w.mostly, w.na];
  for (const [i, name] of picks.entries())
    await selfScale(rows(page).nth(i)).getByRole('radio', { name, exact: true }).check();
  await rows(page).first().locator('summary').click();
  await rows(page).first().locator('textarea').fill(NOTE);
}

/** The rating chosen per row (input values, language-neutral), for the first `count` rows. */
async function ratings(page: Page, count = 5) {
  const values: (string | null)[] = [];
  for (let i = 0; i < count; i += 1) {
    const checked = selfScale(rows(page).nth(i)).locator('input:checked');
    values.push((await checked.count()) > 0 ? await checked.getAttribute('value') : null);
  }
  return values;
}
const RATED = ['always', 'sometimes', 'not-yet', 'mostly', 'not-applicable'];

/** Every request the page makes, with what it carries. */
function watchRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}
function expectNothingLeaked(requests: readonly Request[], secrets: readonly string[]) {
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    expect(request.method(), request.url()).toBe('GET');
    expect(request.postData(), request.url()).toBeNull();
    const url = decodeURIComponent(request.url());
    for (const secret of secrets) expect(url, `${request.url()} carries an answer`).not.toContain(secret);
  }
}

async function axe(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    state,
  ).toEqual([]);
}

test.describe('self-assessment', () => {
  test('answers stay after a reload and a language switch, never in the address or in a request', async ({ page }) => {
    const requests = watchRequests(page);
    const urls: string[] = [];
    page.on('framenavigated', (frame) => urls.push(frame.url()));
    await page.goto(PAGES.nl);
    await start(page, 'nl');
    await rateSome(page, 'nl');
    // Keyboard: the arrow keys move along the scale of the sixth indicator.
    const sixth = selfScale(rows(page).nth(5));
    await sixth.getByRole('radio', { name: 'Nog niet' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(sixth.getByRole('radio', { name: 'Soms' })).toBeChecked();
    await expect(page.locator('[data-progress]')).toHaveText(/^6 van \d+ indicatoren beoordeeld$/);

    await page.reload();
    await expect(rows(page).first()).toBeVisible();
    expect(await ratings(page, 6)).toEqual([...RATED, 'sometimes']);
    await expect(rows(page).first().locator('textarea')).toHaveValue(NOTE);

    await page.getByRole('link', { name: WORDS.nl.switch }).click();
    await expect(page).toHaveURL(new RegExp(`/${PAGES.fr}$`));
    await expect(rows(page).first()).toBeVisible();
    expect(await ratings(page, 6)).toEqual([...RATED, 'sometimes']);
    await expect(rows(page).first().locator('textarea')).toHaveValue(NOTE);
    await expect(selfScale(rows(page).first()).getByRole('radio', { name: 'Toujours' })).toBeChecked();

    const name = JSON.parse((await stored(page)) ?? '{}').assessments[0].name as string;
    expectNothingLeaked(requests, [NOTE, '7319', name, 'not-yet', 'not-applicable', 'sometimes']);
    for (const url of [...urls, page.url()]) expect(new URL(url).search, url).toBe('');
  });

  test('export .json, delete everything, import: the answers are back', async ({ page }) => {
    await page.goto(PAGES.nl);
    await start(page, 'nl');
    await rateSome(page, 'nl');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteren om verder te werken (.json)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^zelfevaluatie-\d+-december-\d{4}\.json$/);
    const file = {
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: readFileSync((await download.path())!),
    };
    const exported = JSON.parse(file.buffer.toString('utf8'));
    expect(exported).toMatchObject({ format: 'competentiewoordenboek-self-assessment', schemaVersion: 1 });

    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await expect(page.getByRole('button', { name: 'Ja, alles wissen' })).toBeFocused();
    await page.getByRole('button', { name: 'Ja, alles wissen' }).click();
    await expect(page.locator('[data-status]')).toHaveText('Alle zelfevaluaties zijn uit deze browser gewist.');
    await expect(rows(page)).toHaveCount(0);
    expect(await stored(page)).toBeNull();
    await page.reload();
    await expect(page.locator('#sa-new-level')).toBeVisible();
    await expect(rows(page)).toHaveCount(0);

    await page.getByLabel('Een geëxporteerde zelfevaluatie importeren (.json)').setInputFiles(file);
    await expect(page.locator('[data-notice="info"]')).toContainText(
      `${download.suggestedFilename()} is geïmporteerd als ‘${exported.assessment.name}’.`,
    );
    expect(await ratings(page)).toEqual(RATED);
    await expect(rows(page).first().locator('textarea')).toHaveValue(NOTE);

    // Imported again: a second assessment beside the first, nothing overwritten.
    await page.getByLabel('Een geëxporteerde zelfevaluatie importeren (.json)').setInputFiles(file);
    await expect(page.locator('[data-notice="info"]')).toContainText(`als ‘${exported.assessment.name} (2)’`);
    await expect(page.locator('#sa-open option')).toHaveCount(2);
  });

  for (const lang of ['nl', 'fr'] as const) {
    test(`${lang}: a malformed and a hand-edited file are refused with a message, nothing is lost`, async ({
      page,
    }) => {
      await page.goto(PAGES[lang]);
      await start(page, lang);
      await rateSome(page, lang);
      const exportButton = page.locator('[data-export="json"]');
      const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
      const text = readFileSync((await download.path())!, 'utf8');
      const before = await stored(page);
      const input = page.locator('#sa-import');
      const notice = page.locator('[data-notice="problem"]');

      await input.setInputFiles({
        name: 'kapot.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text.slice(0, 200)),
      });
      await expect(notice).toBeFocused();
      await expect(notice).toContainText(
        lang === 'nl'
          ? 'kapot.json is niet geïmporteerd: het is geen leesbaar JSON-bestand (het is beschadigd of van een ander soort). Uw bewaarde zelfevaluaties zijn niet gewijzigd.'
          : 'kapot.json n’a pas été importé : ce n’est pas un fichier JSON lisible (il est endommagé ou d’un autre type). Vos auto-évaluations conservées n’ont pas été modifiées.',
      );
      expect(await stored(page)).toBe(before);

      const edited = text.replace('"always"', '"sometimes"');
      expect(edited).not.toBe(text);
      await input.setInputFiles({ name: 'bewerkt.json', mimeType: 'application/json', buffer: Buffer.from(edited) });
      await expect(notice).toContainText(
        lang === 'nl'
          ? 'bewerkt.json is niet geïmporteerd: het bestand werd na de export gewijzigd'
          : 'bewerkt.json n’a pas été importé : le fichier a été modifié après l’exportation',
      );
      await axe(page, `${lang}: import refused`);
      expect(await stored(page)).toBe(before);
      expect(await ratings(page)).toEqual(RATED);
      await expect(page.locator('#sa-open option')).toHaveCount(1);
    });
  }

  test('the summary lists the lowest-rated indicators as development points, with an action', async ({ page }) => {
    await page.goto(PAGES.nl);
    await start(page, 'nl');
    await rateSome(page, 'nl');
    const texts = await rows(page).locator('.sa-indicator-text').allTextContents();
    const points = page.locator('[data-development-points] > li');
    // "Nog niet" first, then "Soms"; "Altijd" is a strength.
    await expect(points).toHaveCount(2);
    await expect(points.nth(0)).toContainText(texts[2]!);
    await expect(points.nth(0).locator('.sa-rating-tag')).toHaveText('Nog niet');
    await expect(points.nth(1)).toContainText(texts[1]!);
    await expect(page.locator('[data-strengths]')).toContainText(texts[0]!);
    await points.nth(0).getByLabel('Wat wilt u doen?').fill('Opleiding conflicthantering volgen');

    // Set aside, then taken back; one chosen by hand joins the list.
    await points
      .nth(1)
      .getByRole('button', { name: /^Geen ontwikkelpunt/ })
      .click();
    await expect(points).toHaveCount(1);
    await page.getByRole('button', { name: /^Toch als ontwikkelpunt/ }).click();
    await expect(points).toHaveCount(2);
    await rows(page).nth(3).getByRole('checkbox', { name: 'Ontwikkelpunt' }).check();
    await expect(points).toHaveCount(3);
    await expect(points.nth(2)).toContainText(texts[3]!);

    const table = page.locator('[data-summary-table]').first();
    await expect(table.locator('tbody tr').first()).toContainText('2 van 2');
    await page.reload();
    await expect(points.nth(0).getByLabel('Wat wilt u doen?')).toHaveValue('Opleiding conflicthantering volgen');
  });

  test('the .docx summary is loaded only when asked and holds the ratings and the note', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(PAGES.nl);
    await start(page, 'nl');
    await rateSome(page, 'nl');
    const texts = await rows(page).locator('.sa-indicator-text').allTextContents();
    const before = [...scripts];
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Samenvatting downloaden (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(scripts.filter((url) => !before.includes(url)).length).toBeGreaterThan(0);
    const { paragraphs, xml } = docxText(readFileSync((await download.path())!));
    const ratingsPart = paragraphs.slice(paragraphs.indexOf('Beoordelingen'));
    const after = (text: string) => ratingsPart[ratingsPart.indexOf(text) + 1];
    expect(after(texts[0]!)).toBe('Uzelf: Altijd');
    expect(after(texts[1]!)).toBe('Uzelf: Soms');
    expect(after(texts[2]!)).toBe('Uzelf: Nog niet');
    expect(after(texts[4]!)).toBe('Uzelf: Niet van toepassing');
    expect(ratingsPart).toContain(`Voorbeeld: ${NOTE}`);
    expect(paragraphs).toContain('Ontwikkelpunten');
    expect(xml).toContain('<w:lang w:val="nl-BE"/>');
  });

  test('a profile link starts an assessment with its competencies and levels, then leaves the address', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(
      `${PAGES.nl}?t=Diensthoofd%20HR&lang=nl&c=objectieven-behalen:C,in-team-werken:B:A-1,bestaat-niet:B&v=1`,
    );
    await expect(page.locator('#sa-open')).toHaveValue(/.+/);
    await expect(page.locator('#sa-rename')).toHaveValue('Diensthoofd HR');
    await expect(page.locator('.sa-competency h3')).toHaveText([
      'Objectieven behalen (niveau C)',
      'In team werken (niveau B)',
    ]);
    await expect(page.locator('[data-notice="problem"]')).toContainText('bestaat-niet:B');
    expect(new URL(page.url()).search).toBe('');
    await axe(page, 'nl: started from a profile link');

    // With an assessment kept, a link asks first.
    await page.goto(`${PAGES.nl}?c=zichzelf-ontwikkelen:A&v=1`);
    await expect(page.locator('#sa-offer')).toBeFocused();
    await axe(page, 'nl: profile offer');
    await page.getByRole('button', { name: 'Nee, de link negeren' }).click();
    await expect(page.locator('#sa-open option')).toHaveCount(1);
  });

  for (const lang of ['nl', 'fr'] as const) {
    test(`${lang}: every state passes axe, light and dark, and a partner column can be added`, async ({ page }) => {
      // axe over a form of several hundred controls, five times: slow on a shared machine.
      test.setTimeout(120_000);
      await page.goto(PAGES[lang]);
      await axe(page, `${lang}: empty`);
      await page.getByRole('button', { name: WORDS[lang].start }).click();
      await expect(page.locator('#sa-new-level')).toBeFocused();
      await expect(page.locator('#sa-new-level')).toHaveAttribute('aria-invalid', 'true');
      await axe(page, `${lang}: level missing`);
      await page.locator('#sa-new-level').selectOption('C');
      await page.locator('#sa-new-target').selectOption('B');
      await page.getByRole('button', { name: WORDS[lang].start }).click();
      // Two competencies rather than five keep the page (and axe's work) smaller.
      for (const i of [4, 3, 2]) await page.locator('.sa-picker-item input[type="checkbox"]').nth(i).uncheck();
      await expect(page.locator('.sa-competency')).toHaveCount(2);
      await rateSome(page, lang);
      await page.locator('.sa-partner-toggle input').check();
      await selfScale(rows(page).first()).locator('..').locator('.sa-scale-partner input[value="sometimes"]').check();
      await expect(page.locator('[data-differences]')).toBeVisible();
      await expect(page.locator('[data-gap]').first()).toBeVisible();
      await axe(page, `${lang}: rated, partner column, gap`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await axe(page, `${lang}: rated, dark`);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByRole('button', { name: WORDS[lang].deleteAll }).click();
      await axe(page, `${lang}: confirm delete`);
    });
  }

  test('an unreadable stored value is reported and set aside, not overwritten', async ({ page }) => {
    test.setTimeout(90_000);
    const raw = '{"v":1,"current":null,"assessments":[{"id":"x","name":"kapot"';
    await page.goto(PAGES.fr);
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORE_KEY, raw]);
    await page.reload();
    const notice = page.locator('[data-notice="stored-corrupt"]');
    await expect(notice).toContainText(`mises de côté sous ${STORE_KEY}.unreadable`);
    expect(await page.evaluate((key) => localStorage.getItem(key), `${STORE_KEY}.unreadable`)).toBe(raw);
    await axe(page, 'fr: stored value unreadable');
    await start(page, 'fr');
    await selfScale(rows(page).first()).getByRole('radio', { name: 'Toujours', exact: true }).check();
    expect(await page.evaluate((key) => localStorage.getItem(key), `${STORE_KEY}.unreadable`)).toBe(raw);
    expect(JSON.parse((await stored(page)) ?? '{}').assessments).toHaveLength(1);
    await page.getByLabel('Importer une auto-évaluation exportée (.json)').setInputFiles({
      name: 'vide.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"autre chose"}'),
    });
    await expect(page.locator('[data-notice="problem"]')).toContainText(
      'ce n’est pas une auto-évaluation exportée depuis ce site.',
    );
  });

  test('at 360 px nothing overflows, and print shows the summary only', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(PAGES.fr);
    await start(page, 'fr');
    await rateSome(page, 'fr');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await axe(page, 'fr: 360 px');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sa-summary')).toBeVisible();
    await expect(page.locator('.sa-rating')).toBeHidden();
    await expect(page.locator('.sa-assessments')).toBeHidden();
  });

  test('the competentiebilan page, the home page and competency pages link to it', async ({ page }) => {
    for (const [from, to] of [
      ['nl/competentiebilan/', PAGES.nl],
      ['fr/bilan-de-competences/', PAGES.fr],
      ['nl/', PAGES.nl],
      ['fr/competences/travailler-en-equipe/', PAGES.fr],
    ]) {
      await page.goto(from!);
      // Content links to it relatively (`../zelfevaluatie/`), so they work under any base path.
      await expect(page.locator(`main a[href$="${to!.replace(/^[a-z]+\//, '')}"]`).first(), from).toBeVisible();
    }
  });
});
