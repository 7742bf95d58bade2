import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { docxText, unzipEntry } from '../docx-text';
import { AXE_TAGS } from './built-site';

/** A profile as a link: two competencies, one with two of its indicators kept. */
const LINK = 't=Diensthoofd%20HR&lang=nl&c=objectieven-behalen:B,in-team-werken:C:A-1.B-2&v=1';
const grid = (page: Page) => page.locator('.grid-document');

test.describe('assessment grid', () => {
  test('from the builder: a row per chosen indicator, the scale, room for notes, a summary; downloaded as .docx', async ({
    page,
  }) => {
    await page.goto(`nl/profiel/?${LINK}`);
    await page.getByText('Downloaden of afdrukken').click();
    await page.getByRole('link', { name: 'Beoordelingsrooster maken' }).click();
    await expect(page).toHaveURL(/\/nl\/beoordelingsrooster\/\?t=Diensthoofd%20HR&lang=nl&c=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beoordelingsrooster voor het selectiegesprek');
    const tables = grid(page).locator('table');
    // Objectieven behalen at B: 6 indicators; In team werken at C: the 2 kept; then the summary.
    await expect(tables).toHaveCount(3);
    await expect(tables.nth(0).locator('tbody tr')).toHaveCount(6);
    await expect(tables.nth(1).locator('tbody tr')).toHaveCount(2);
    await expect(tables.nth(0).locator('thead th')).toHaveText([
      'Gedragsindicator',
      '1',
      '2',
      '3',
      '4',
      'n.w.',
      'Vaststellingen (gedrag, voorbeelden)',
    ]);
    await expect(tables.nth(1).locator('tbody td:first-child')).toHaveText([
      'Deelt zijn/haar opvattingen en ideeën met collega’s.',
      'Integreert zich vlot in het team.',
    ]);
    await expect(tables.nth(2).locator('tbody tr')).toHaveCount(3);
    await expect(grid(page)).toContainText(
      'Schaal: 1 = niet aangetoond · 2 = gedeeltelijk aangetoond · 3 = aangetoond · 4 = ruim aangetoond · n.w. = niet waargenomen',
    );
    await expect(grid(page).getByText(/^Bron: .* Geëxporteerd op /)).toBeVisible();

    await page.getByLabel('Naam van de kandidaat (facultatief)').fill('Jan Peeters');
    await expect(grid(page)).toContainText('Jan Peeters');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Rooster downloaden (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('beoordelingsrooster-diensthoofd-hr-jan-peeters.docx');
    const file = readFileSync((await download.path())!);
    const { rows, paragraphs } = docxText(file);
    expect(rows[0]).toEqual(['Gedragsindicator', '1', '2', '3', '4', 'n.w.', 'Vaststellingen (gedrag, voorbeelden)']);
    expect(rows.filter((r) => r.length === 7)).toHaveLength(2 + 6 + 2);
    expect(paragraphs).toContain('Kandidaat: Jan Peeters');
    expect(unzipEntry(file, 'docProps/core.xml').toString('utf8')).toContain(
      '<dc:creator>Competentiewoordenboek</dc:creator>',
    );
    // The candidate's name is not kept: not in the address, not in storage.
    expect(page.url()).not.toContain('Peeters');
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('Peeters');
  });

  test('in French and in both languages, the scale in the grid’s language(s)', async ({ page }) => {
    await page.goto(`fr/grille-evaluation/?${LINK.replace('lang=nl', 'lang=fr')}`);
    await expect(grid(page).locator('table').first().locator('thead th')).toHaveText([
      'Indicateur comportemental',
      '1',
      '2',
      '3',
      '4',
      'n.o.',
      'Constats (comportements, exemples)',
    ]);
    await page.getByRole('radio', { name: 'Les deux, côte à côte' }).check();
    await expect(grid(page).locator('table').first().locator('thead th').last()).toHaveText(
      'Vaststellingen (gedrag, voorbeelden) / Constats (comportements, exemples)',
    );
    await expect(grid(page).getByText(/^Source\u00a0: .* Traduction non officielle/)).toBeVisible();
  });

  test('without a profile, says so and links to the builder', async ({ page }) => {
    await page.goto('nl/beoordelingsrooster/');
    await expect(page.getByText('Dit profiel bevat nog geen competenties.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Terug naar het profiel' })).toHaveAttribute(
      'href',
      /\/nl\/profiel\/$/,
    );
  });

  for (const [path, scheme] of [
    [`nl/beoordelingsrooster/?${LINK}`, 'light'],
    [`fr/grille-evaluation/?${LINK.replace('lang=nl', 'lang=nl,fr')}`, 'dark'],
  ] as const) {
    test(`no axe violations: /${path.split('?')[0]} (${scheme}), and it fits a phone`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(grid(page).locator('table').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      await page.setViewportSize({ width: 375, height: 740 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
