import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AXE_TAGS, builtPages } from './built-site';

/** The level-progression visualiser (competency pages) and the overview page. */

const GRID = { nl: 'Aandeel nieuwe formulering per dimensie en niveau', fr: 'Part de formulation nouvelle par dimension et par niveau' };
const COMPETENCY_PAGES = { nl: /^nl\/competenties\/[^/]+\/$/, fr: /^fr\/competences\/[^/]+\/$/ };

/** The island hydrates when visible: scroll to it as a reader would, then wait for the chart. */
async function openChart(page: Page, lang: 'nl' | 'fr') {
  await page.locator('#progression').scrollIntoViewIfNeeded();
  const grid = page.getByRole('grid', { name: GRID[lang] });
  await expect(grid).toBeVisible();
  return grid;
}

const cell = (page: Page, level: string, dimension: string) =>
  page.getByRole('gridcell', { name: new RegExp(`^Niveau ${level}, ${dimension}\\. `) });

test.describe('progression chart', () => {
  for (const lang of ['nl', 'fr'] as const) {
    const pages = builtPages().filter((path) => COMPETENCY_PAGES[lang].test(path));

    test(`every ${lang} competency page has one`, () => {
      // One page per described competency in this language.
      expect(pages.length).toBe(readdirSync(`content/competencies/${lang}`).filter((f) => f.endsWith('.mdx')).length);
      expect(pages.length).toBeGreaterThan(0);
    });

    for (const path of pages) {
      test(`renders on /${path}`, async ({ page }) => {
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(path);
        const dimensions = await page.locator('#level-D .cell').count();
        const levels = await page.locator('#level-matrix > section').count();
        const grid = await openChart(page, lang);
        await expect(grid.getByRole('row')).toHaveCount(dimensions + 1);
        await expect(grid.getByRole('columnheader')).toHaveCount(levels + 1);
        await expect(grid.getByRole('gridcell')).toHaveCount(dimensions * levels);
        // Every level but the first has a percentage; the first says it is the start.
        await expect(grid.locator('text.vis-share').filter({ hasText: /^\d+\s?%$/ })).toHaveCount(dimensions * (levels - 1));
        await expect(grid.locator('rect.vis-bar')).toHaveCount(dimensions * levels);
        // The server's pointer to the table is replaced by the chart.
        await expect(page.locator('.vis-fallback')).toHaveCount(0);
        expect(errors).toEqual([]);
      });
    }
  }
});

test.describe('keyboard', () => {
  test('arrow keys move between cells, Enter chooses, a second Enter compares, Escape clears', async ({ page }) => {
    await page.goto('nl/competenties/servicegericht-handelen/');
    await openChart(page, 'nl');
    const first = cell(page, 'D', 'A');
    await expect(first).toHaveAttribute('tabindex', '0');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expect(cell(page, 'C', 'A')).toBeFocused();
    await expect(cell(page, 'C', 'A')).toHaveAttribute('tabindex', '0');
    await expect(first).toHaveAttribute('tabindex', '-1');
    // The focused cell shows a visible focus ring.
    await expect(cell(page, 'C', 'A').locator('.vis-focus')).toHaveCSS('stroke-width', '3px');
    await page.keyboard.press('ArrowDown');
    await expect(cell(page, 'C', 'B')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(cell(page, 'C', 'B')).toHaveAttribute('aria-selected', 'true');
    await expect(cell(page, 'C', 'A')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { name: 'Gedragsindicatoren op niveau C' })).toBeVisible();
    await expect(page.locator('.vis-announcement[aria-live="polite"]')).toHaveText('Niveau C gekozen. De gedragsindicatoren staan onder de grafiek.');
    await expect(page).toHaveURL(/\?show=C#progression$/);

    await page.keyboard.press('ArrowRight');
    await expect(cell(page, 'B', 'B')).toBeFocused();
    await page.keyboard.press(' ');
    await expect(page.getByRole('heading', { name: 'Van niveau C naar niveau B' })).toBeVisible();
    await expect(page).toHaveURL(/\?compare=C,B#progression$/);
    await page.keyboard.press('End');
    await expect(cell(page, 'A', 'B')).toBeFocused();
    await page.keyboard.press('Control+Home');
    await expect(cell(page, 'D', 'A')).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: 'Van niveau C naar niveau B' })).toHaveCount(0);
    await expect(page.getByText('Kies een niveau in de grafiek')).toBeVisible();
    await expect(page).not.toHaveURL(/compare=|show=/);
    await expect(page.getByRole('gridcell', { selected: true })).toHaveCount(0);
  });

  test('the chart is one tab stop', async ({ page }) => {
    await page.goto('fr/competences/travailler-en-equipe/');
    await openChart(page, 'fr');
    await expect(page.locator('g.vis-cell[tabindex="0"]')).toHaveCount(1);
    const cells = page.getByRole('gridcell');
    await cells.first().focus();
    await page.keyboard.press('Tab');
    await expect(cells.first()).not.toBeFocused();
    await expect(page.locator('g.vis-cell:focus')).toHaveCount(0);
  });
});

test.describe('comparison', () => {
  test('C to B highlights the known new and dropped words', async ({ page }) => {
    await page.goto('nl/competenties/servicegericht-handelen/?compare=C,B#progression');
    await openChart(page, 'nl');
    await expect(page.getByRole('heading', { name: 'Van niveau C naar niveau B' })).toBeVisible();
    const dimensionB = page.locator('.vis-compare [data-dimension="B"]');
    await expect(dimensionB.locator('.vis-side[data-level="B"] ins')).toHaveText([
      'elke',
      'op aangepaste en objectieve wijze',
      'Zorgt ervoor dat',
      'klanten/burgers over transparante informatie beschikken',
    ]);
    await expect(dimensionB.locator('.vis-side[data-level="C"] del')).toHaveText([
      'een concrete oplossing voor het probleem dat de',
      'aanbrengt',
      'Geeft de klant/burger transparant',
      'of verwijst hem door naar',
      'bevoegde personen of diensten',
    ]);
    await expect(dimensionB.locator('.vis-side[data-level="B"] li').first()).toHaveText('Geeft elke klant/burger op aangepaste en objectieve wijze advies.');
    await expect(dimensionB).toContainText('Aandeel nieuwe formulering: 75%');
    // Marked by more than colour: underline for new words, line-through for dropped ones.
    await expect(dimensionB.locator('ins').first()).toHaveCSS('text-decoration-line', 'underline');
    await expect(dimensionB.locator('del').first()).toHaveCSS('text-decoration-line', 'line-through');
    // The columns of both levels are marked selected, with a check mark.
    await expect(page.getByRole('columnheader', { name: 'Niveau B' })).toContainText('✓');
    await expect(page.getByRole('columnheader', { name: 'Niveau D' })).not.toContainText('✓');
  });

  test('the order in the link does not matter; the earlier level comes first', async ({ page }) => {
    await page.goto('fr/competences/agir-de-maniere-orientee-service/?compare=a,d#progression');
    await openChart(page, 'fr');
    await expect(page.getByRole('heading', { name: 'Du niveau D au niveau A' })).toBeVisible();
    await expect(page).toHaveURL(/\?compare=D,A#progression$/);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('one level offers to compare with its neighbours', async ({ page }) => {
    await page.goto('nl/competenties/objectieven-behalen/?show=B#progression');
    await openChart(page, 'nl');
    await page.getByRole('button', { name: 'Vergelijk met niveau C' }).click();
    await expect(page.getByRole('heading', { name: 'Van niveau C naar niveau B' })).toBeVisible();
    await expect(page).toHaveURL(/\?compare=C,B#progression$/);
    await page.getByRole('button', { name: 'Keuze wissen' }).click();
    await expect(page).not.toHaveURL(/compare=/);
  });
});

test.describe('URL state', () => {
  test('chosen with the mouse, kept on reload and through the language switch', async ({ page }) => {
    await page.goto('nl/competenties/in-team-werken/');
    await openChart(page, 'nl');
    await cell(page, 'D', 'A').click();
    await cell(page, 'A', 'C').click();
    await expect(page).toHaveURL(/\/nl\/competenties\/in-team-werken\/\?compare=D,A#progression$/);
    await page.reload();
    await openChart(page, 'nl');
    await expect(page.getByRole('heading', { name: 'Van niveau D naar niveau A' })).toBeVisible();
    await expect(cell(page, 'A', 'B')).toHaveAttribute('aria-selected', 'true');
    await expect(cell(page, 'C', 'B')).toHaveAttribute('aria-selected', 'false');

    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/competences\/travailler-en-equipe\/\?compare=D,A#progression$/);
    await openChart(page, 'fr');
    await expect(page.getByRole('heading', { name: 'Du niveau D au niveau A' })).toBeVisible();
  });

  test('lives beside the level selector: the language switch keeps both', async ({ page }) => {
    await page.goto('fr/competences/s-auto-developper/?level=B&compare=C,B#progression');
    await openChart(page, 'fr');
    await expect(page.locator('[data-level-picker]').getByRole('link', { name: 'Niveau B', exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('heading', { name: 'Du niveau C au niveau B' })).toBeVisible();
    // The level selector writes the comma encoded; both spellings are the same link.
    await page.locator('[data-level-picker]').getByRole('link', { name: 'Niveau A', exact: true }).click();
    await expect(page).toHaveURL(/\?level=A&compare=C(,|%2C)B#progression$/);
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect(page).toHaveURL(/\/nl\/competenties\/zichzelf-ontwikkelen\/\?level=A&compare=C(,|%2C)B#progression$/);
    await openChart(page, 'nl');
    await expect(page.getByRole('heading', { name: 'Van niveau C naar niveau B' })).toBeVisible();
    await expect(page.locator('[data-level-picker]').getByRole('link', { name: 'Niveau A', exact: true })).toHaveAttribute('aria-current', 'true');
  });

  const malformed: { query: string; message: RegExp; heading: string | null; url: RegExp }[] = [
    { query: 'compare=C,Z', message: /‘C,Z’.*niet bestaat.*Niveau C wordt getoond\./, heading: 'Gedragsindicatoren op niveau C', url: /\?show=C$/ },
    { query: 'compare=B', message: /twee niveaus nodig.*‘B’.*Niveau B wordt getoond\./, heading: 'Gedragsindicatoren op niveau B', url: /\?show=B$/ },
    { query: 'compare=B,B', message: /twee verschillende niveaus.*‘B,B’/, heading: 'Gedragsindicatoren op niveau B', url: /\?show=B$/ },
    { query: 'compare=D,C,A', message: /maar twee niveaus tegelijk.*Niveau D en niveau C worden vergeleken\./, heading: 'Van niveau D naar niveau C', url: /\?compare=D,C$/ },
    { query: 'compare=X,Y', message: /niet bestaat.*Kies zelf/, heading: null, url: /betrouwbaarheid-tonen\/$/ },
    { query: 'show=Q', message: /‘Q’/, heading: null, url: /betrouwbaarheid-tonen\/$/ },
  ];
  for (const { query, message, heading, url } of malformed) {
    test(`?${query} is reported and recovered from`, async ({ page }) => {
      await page.goto(`nl/competenties/betrouwbaarheid-tonen/?${query}`);
      await openChart(page, 'nl');
      await expect(page.getByRole('alert')).toHaveText(message);
      if (heading) await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      else await expect(page.getByText('Kies een niveau in de grafiek')).toBeVisible();
      await expect(page).toHaveURL(url);
      // The chart is there all the same, and choosing again clears the message.
      await cell(page, 'A', 'A').click();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }

  test('a malformed link in French is reported in French', async ({ page }) => {
    await page.goto('fr/competences/faire-preuve-de-fiabilite/?compare=B,B');
    await openChart(page, 'fr');
    await expect(page.getByRole('alert')).toHaveText('Une comparaison demande deux niveaux différents ; le lien cite deux fois le même niveau (« B,B »). Le niveau B est affiché.');
  });
});

test.describe('without JavaScript', () => {
  test('the level matrix holds the same information and the visualiser points to it', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}nl/competenties/servicegericht-handelen/?compare=C,B`);
    await expect(page.locator('svg.vis-chart, .vis-chart')).toHaveCount(0);
    const pointer = page.getByRole('link', { name: 'Naar de gedragsindicatoren per niveau' });
    await expect(pointer).toBeVisible();
    await expect(pointer).toHaveAttribute('href', '#levels');
    await expect(page.locator('#level-matrix > section').filter({ visible: true })).toHaveCount(4);
    await expect(page.locator('#B-B-1')).toHaveText('Geeft elke klant/burger op aangepaste en objectieve wijze advies.');
    await expect(page.locator('#C-B-1')).toHaveText('Geeft een concrete oplossing voor het probleem dat de klant/burger aanbrengt.');
    await context.close();
  });

  test('the overview is a table of links', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}fr/apercu/`);
    const table = page.getByRole('table', { name: 'Compétences clés par niveau' });
    await expect(table.getByRole('row')).toHaveCount(6);
    await expect(table.getByRole('link', { name: /^Atteindre les objectifs, niveau B :/ })).toHaveAttribute('href', /\/fr\/competences\/atteindre-les-objectifs\/\?level=B#level-B$/);
    await context.close();
  });
});

test.describe('overview', () => {
  test('core competencies x levels, each cell leading to that competency at that level', async ({ page }) => {
    await page.goto('nl/overzicht/');
    const table = page.getByRole('table', { name: 'Kerncompetenties per niveau' });
    const headers = table.getByRole('columnheader');
    await expect(headers).toHaveCount(5);
    for (const [index, name] of ['Kerncompetentie', 'Niveau D', 'Niveau C', 'Niveau B', 'Niveau A'].entries()) {
      await expect(headers.nth(index)).toHaveAccessibleName(name);
    }
    await expect(table.getByRole('rowheader')).toHaveCount(5);
    await expect(table.locator('td a')).toHaveCount(20);
    await expect(table.locator('td[data-level="D"]').first()).toContainText('eerste niveau');
    await table.getByRole('link', { name: /^Servicegericht handelen, niveau B:/ }).click();
    await expect(page).toHaveURL(/\/nl\/competenties\/servicegericht-handelen\/\?level=B#level-B$/);
    await expect(page.locator('[data-level-picker]').getByRole('link', { name: 'Niveau B', exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('#level-B')).toBeVisible();
    await expect(page.locator('#level-C')).toBeHidden();
  });

  test('arrow keys move between the cells, Enter opens one', async ({ page }) => {
    await page.goto('fr/apercu/');
    await expect(page.getByText('Les touches fléchées passent d’une cellule à l’autre')).toBeVisible(); // hydrated
    const link = (competency: string, level: string) => page.getByRole('link', { name: new RegExp(`^${competency}, niveau ${level} :`) });
    const rows = page.locator('tbody tr');
    await rows.first().locator('th a').focus();
    await page.keyboard.press('ArrowRight');
    await expect(rows.first().locator('td a').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1).locator('td a').first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(rows.nth(1).locator('td a').last()).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(rows.nth(1).locator('td[data-level="B"] a')).toBeFocused();
    const competency = (await rows.nth(1).locator('th').textContent())!.trim();
    await expect(link(competency, 'B')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?level=B#level-B$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(competency);
  });

  test('is linked from the home page, the navigation and every competency page', async ({ page }) => {
    await page.goto('nl/');
    await page.getByRole('main').getByRole('link', { name: 'Van niveau tot niveau' }).click();
    await expect(page).toHaveURL(/\/nl\/overzicht\/$/);
    await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page');
    for (const path of builtPages().filter((p) => COMPETENCY_PAGES.fr.test(p))) {
      await page.goto(path);
      await expect(page.getByRole('link', { name: 'Toutes les compétences clés par niveau dans un aperçu' })).toHaveAttribute('href', /\/fr\/apercu\/$/);
    }
  });
});

test.describe('accessibility and layout', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing with a comparison open (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const [lang, path] of [['nl', 'nl/competenties/servicegericht-handelen/?compare=C,B'], ['fr', 'fr/competences/atteindre-les-objectifs/?show=A']] as const) {
        await page.goto(path);
        await openChart(page, lang);
        await page.getByRole('gridcell').first().focus();
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
      }
      await page.goto('fr/apercu/');
      await expect(page.locator('.overview-hint')).toBeVisible();
      const overview = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(overview.violations.map((v) => v.id)).toEqual([]);
    });
  }

  test('360 px wide: no horizontal scrolling, the chart fits', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const [lang, path] of [['fr', 'fr/competences/atteindre-les-objectifs/?compare=C,B'], ['nl', 'nl/competenties/servicegericht-handelen/?show=D']] as const) {
      await page.goto(path);
      await openChart(page, lang);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      const svg = await page.locator('.vis-chart svg').boundingBox();
      expect(svg!.x + svg!.width).toBeLessThanOrEqual(360);
    }
    for (const path of ['nl/overzicht/', 'fr/apercu/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      // The level columns show the level id only, but keep their full name.
      await expect(page.getByRole('columnheader', { name: 'Niveau B' })).toHaveText(/B$/);
    }
  });

  test('respects prefers-reduced-motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('nl/competenties/in-team-werken/');
    await openChart(page, 'nl');
    await expect(page.locator('rect.vis-bar').first()).toHaveCSS('animation-name', 'none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect(page.locator('rect.vis-bar').first()).toHaveCSS('animation-name', 'vis-grow');
  });

  test('is left out of print: the level matrix is the printed version', async ({ page }) => {
    await page.goto('nl/competenties/in-team-werken/');
    await openChart(page, 'nl');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#progression')).toBeHidden();
    await expect(page.locator('#level-matrix')).toBeVisible();
  });
});
