import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AXE_TAGS, DIST_DIR, sitePathPattern } from './built-site';

async function openSearch(page: Page, path: string) {
  await page.goto(path);
  await page.keyboard.press('/');
  const input = searchInput(page);
  await expect(input).toBeFocused();
  return input;
}

const searchInput = (page: Page) => page.locator('input.search-input');
const results = (page: Page) => page.getByRole('listbox').getByRole('option');
const firstOption = (page: Page) => results(page).first();

/** Distinctive phrases from indicators: the first result must be that indicator's competency and level. */
const phrases = [
  {
    path: 'nl/',
    query: 'vertrouwelijke gegevens',
    trail: 'Betrouwbaarheid tonen › Niveau C',
    anchor: /\/nl\/competenties\/betrouwbaarheid-tonen\/#C-A-1$/,
  },
  {
    path: 'nl/',
    query: 'feedback over geleverde prestaties',
    trail: 'Zichzelf ontwikkelen › Niveau B',
    anchor: /\/nl\/competenties\/zichzelf-ontwikkelen\/#B-C-2$/,
  },
  {
    path: 'nl/competenties/',
    query: 'hinderpalen te overwinnen',
    trail: 'Objectieven behalen › Niveau A',
    anchor: /\/nl\/competenties\/objectieven-behalen\/#A-B-1$/,
  },
  {
    path: 'fr/',
    query: 'conflit avec un collègue',
    trail: 'Travailler en équipe › Niveau B',
    anchor: /\/fr\/competences\/travailler-en-equipe\/#B-C-1$/,
  },
  {
    path: 'fr/niveaux/',
    query: 'plainte ou à une question',
    trail: 'Agir de manière orientée service › Niveau B',
    anchor: /\/fr\/competences\/agir-de-maniere-orientee-service\/#B-A-2$/,
  },
  {
    path: 'fr/',
    query: 'benchmarking',
    trail: 'S’autodévelopper › Niveau A',
    anchor: /\/fr\/competences\/s-autodevelopper\/#A-A-1$/,
  },
];

test.describe('search finds the indicator', () => {
  for (const { path, query, trail, anchor } of phrases) {
    test(`"${query}" → ${trail}`, async ({ page }) => {
      const input = await openSearch(page, path);
      await input.fill(query);
      await expect(firstOption(page)).toContainText(trail);
      await expect(firstOption(page).locator('mark').first()).toBeVisible();
      await firstOption(page).click();
      await expect(page).toHaveURL(anchor);
      const id = new URL(page.url()).hash.slice(1);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });
  }
});

test('Dutch searches Dutch pages, French searches French pages', async ({ page }) => {
  const urls = () => results(page).evaluateAll((options) => options.map((o) => o.getAttribute('data-url')));
  let input = await openSearch(page, 'nl/');
  await input.fill('fiabilité');
  await expect(page.getByRole('status')).toContainText('Geen resultaten');
  await input.fill('collega');
  await expect(firstOption(page)).toBeVisible();
  for (const url of await urls()) expect(url).toMatch(sitePathPattern('/nl/'));
  input = await openSearch(page, 'fr/');
  await input.fill('réconcilie');
  await expect(firstOption(page)).toBeVisible();
  for (const url of await urls()) expect(url).toMatch(sitePathPattern('/fr/'));
});

test('a search without accents finds accented words', async ({ page }) => {
  const input = await openSearch(page, 'fr/');
  await input.fill('fiabilite');
  await expect(firstOption(page)).toContainText('Faire preuve de fiabilité');
  const nl = await openSearch(page, 'nl/');
  await nl.fill('geevalueerd');
  await expect(page.locator('[role=listbox][data-query="geevalueerd"]')).toBeVisible();
  await expect(page.getByRole('listbox').getByText('geëvalueerd').first()).toBeVisible();
});

test('filters narrow the results and their counts match', async ({ page }) => {
  const input = await openSearch(page, 'nl/');
  await input.fill('klant');
  await expect(firstOption(page)).toBeVisible();
  const kind = page.getByLabel('Soort pagina');
  const competencyOption = kind.locator('option', { hasText: 'Competentie' });
  const expected = Number(/\((\d+)\)/.exec((await competencyOption.textContent()) ?? '')?.[1]);
  expect(expected).toBeGreaterThan(0);
  const before = await results(page).count();
  await kind.selectOption({ label: (await competencyOption.textContent())!.trim() });
  await expect(page.getByRole('status')).toHaveText(expected === 1 ? '1 resultaat' : `${expected} resultaten`);
  await expect(results(page)).toHaveCount(expected);
  expect(expected).toBeLessThan(before);
  for (const url of await results(page).evaluateAll((options) => options.map((o) => o.getAttribute('data-url')))) {
    expect(url).toMatch(sitePathPattern('/nl/competenties/'));
  }

  const level = page.getByLabel('Niveau', { exact: true });
  await kind.selectOption({ label: 'Alle' });
  const levelB = level.locator('option', { hasText: 'Niveau B' });
  const levelCount = Number(/\((\d+)\)/.exec((await levelB.textContent()) ?? '')?.[1]);
  await level.selectOption({ label: (await levelB.textContent())!.trim() });
  await expect(results(page)).toHaveCount(levelCount);
});

test('keyboard only: shortcut, type, arrows, Enter lands on the indicator; Escape returns focus', async ({ page }) => {
  await page.goto('fr/competences/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(searchInput(page)).toBeFocused();
  await page.keyboard.type('zzyzx');
  await expect(page.getByRole('status')).toHaveText(
    'Aucun résultat pour « zzyzx ». Essayez d’autres mots ou moins de mots.',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const trigger = page.getByRole('link', { name: /Rechercher/ });
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(searchInput(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(trigger).toBeFocused();

  await page.keyboard.press('/');
  await expect(searchInput(page)).toBeFocused();
  await page.keyboard.type('conflit avec un collègue');
  await expect(page.locator('[role=listbox][data-query="conflit avec un collègue"]')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(searchInput(page)).toHaveAttribute('aria-activedescendant', /option-0$/);
  await expect(firstOption(page)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/competences\/travailler-en-equipe\/#B-C-1$/);
});

test('the search page keeps the query in ?q= and restores it on reload', async ({ page }) => {
  await page.goto('nl/zoeken/');
  await searchInput(page).fill('masker');
  await expect(page).toHaveURL(/\?q=masker$/);
  await expect(firstOption(page)).toContainText('Betrouwbaarheid tonen › Niveau C');
  await page.reload();
  await expect(searchInput(page)).toHaveValue('masker');
  await expect(firstOption(page)).toContainText('Betrouwbaarheid tonen › Niveau C');
  await page.goto('fr/recherche/?q=fiabilite');
  await expect(firstOption(page)).toContainText('Faire preuve de fiabilité');
});

test('nothing of search is downloaded before search is opened or intended', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('nl/competenties/in-team-werken/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator('[data-level-picker]').getByRole('link', { name: 'Niveau B', exact: true }).click();
  expect(requests.filter((url) => /pagefind|mount|SearchPanel|SearchDialog/.test(url))).toEqual([]);
  await page.keyboard.press('/');
  await searchInput(page).fill('team');
  await expect(firstOption(page)).toBeVisible();
  expect(requests.filter((url) => url.includes('/pagefind/')).length).toBeGreaterThan(0);
});

test('the dialog’s strings are not in the page: they come in the page’s language when search is opened', async ({
  page,
}) => {
  await page.goto('fr/');
  expect(await page.content()).not.toContain('Aucun résultat');
  const strings = page.waitForResponse((response) => /\/strings\/fr\/search\.json$/.test(response.url()));
  await page.keyboard.press('/');
  expect((await strings).ok()).toBe(true);
  await expect(page.getByRole('dialog', { name: 'Rechercher dans le dictionnaire des compétences' })).toBeVisible();
  await searchInput(page).fill('zzzqqq');
  await expect(page.getByRole('dialog')).toContainText(/Aucun résultat pour «\s*zzzqqq\s*»/);
});

test('when the dialog’s strings cannot be loaded, the search link leads to the search page', async ({ page }) => {
  await page.route(/\/strings\/nl\/search\.json$/, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto('nl/competenties/in-team-werken/');
  await page.locator('a.search-link').click();
  await expect(page).toHaveURL(/\/nl\/zoeken\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

/** The language's word index (a Pagefind index chunk) has arrived. */
const indexLoaded = (page: Page) =>
  page.waitForResponse((response) => /\/pagefind\/index\/[^/]+\.pf_index$/.test(new URL(response.url()).pathname));

for (const intent of ['hover', 'focus'] as const) {
  test(`${intent} on the search button loads Pagefind and the index, without opening search`, async ({ page }) => {
    await page.goto('fr/');
    await page.waitForLoadState('networkidle');
    const index = indexLoaded(page);
    const button = page.locator('a.search-link');
    if (intent === 'hover') await button.hover();
    else await button.focus();
    const response = await index;
    expect(new URL(response.url()).pathname).toMatch(/\/fr-be_[^/]+\.pf_index$/); // the page's language
    await expect(page.locator('dialog.search-dialog')).toHaveCount(0);
    // Search then answers from what is loaded: no second download of the index.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.keyboard.press('/');
    await searchInput(page).fill('conflit');
    await expect(firstOption(page)).toBeVisible();
    expect(requests.filter((path) => /\.pf_index$|pagefind\.js$|\.pagefind$/.test(path))).toEqual([]);
  });
}

test('opening search fetches the result texts ahead, so a first query downloads nothing more', async ({ page }) => {
  // The site has fewer pages per language than the number fetched ahead (FRAGMENTS_AHEAD): all of them.
  const expected = readdirSync(join(DIST_DIR, 'pagefind', 'fragment')).filter((name) => name.startsWith('nl-be_'));
  expect(expected.length).toBeGreaterThan(0);
  const fragments = new Set<string>();
  page.on('response', (response) => {
    const name = new URL(response.url()).pathname.split('/').pop() ?? '';
    if (name.endsWith('.pf_fragment')) fragments.add(name);
  });
  await page.goto('nl/');
  await page.keyboard.press('/');
  await expect(searchInput(page)).toBeFocused();
  await expect.poll(() => [...fragments].sort()).toEqual([...expected].sort());
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await searchInput(page).fill('klant');
  await expect(firstOption(page)).toBeVisible();
  expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
});

test('the search page loads Pagefind and the index once idle, before anything is typed', async ({ page }) => {
  const index = indexLoaded(page);
  await page.goto('nl/zoeken/');
  await expect(searchInput(page)).toBeFocused();
  expect(new URL((await index).url()).pathname).toMatch(/\/nl-be_[^/]+\.pf_index$/);
  await expect(searchInput(page)).toHaveValue('');
});

test('without JavaScript the search page says so and links to the index', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}nl/`);
  await page.getByRole('link', { name: /Zoeken/ }).click();
  await expect(page).toHaveURL(/\/nl\/zoeken\/$/);
  await expect(page.getByText('Zoeken werkt alleen met JavaScript')).toBeVisible();
  // The sentence and its link read as one sentence (a space between them).
  await expect(page.locator('[data-search-needs-js]')).toHaveText(
    'Zoeken werkt alleen met JavaScript. Alle competenties vindt u ook in de lijst: lijst van competenties',
  );
  await page.getByRole('link', { name: 'lijst van competenties' }).click();
  await expect(page).toHaveURL(/\/nl\/competenties\/$/);
  await context.close();
});

test('axe finds no violations with the search dialog open, in both languages', async ({ page }) => {
  for (const path of ['nl/', 'fr/competences/s-autodevelopper/']) {
    const input = await openSearch(page, path);
    await input.fill(path.startsWith('nl') ? 'klant' : 'formation');
    await expect(firstOption(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      path,
    ).toEqual([]);
  }
});

test('search opens again right after it was closed', async ({ page }) => {
  const input = await openSearch(page, 'nl/niveaus/');
  await input.fill('klant');
  await page.keyboard.press('Escape');
  await page.keyboard.press('/'); // before the closed dialog's close event has been handled
  await expect(searchInput(page)).toBeFocused();
  await expect(searchInput(page)).toHaveValue('');
  await expect(page.locator('dialog.search-dialog[open]')).toHaveCount(1);
});
