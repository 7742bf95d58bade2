import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AXE_TAGS, DIST_DIR, builtPages, sitePath } from './built-site';

/**
 * The text a reader sees: the page's rendered text, menus and notes included; text for screen
 * readers only (.visually-hidden) is left out, as it is never laid out in lines.
 */
const visibleText = (page: Page) =>
  page.locator('body').evaluate((body) => {
    const hidden = [...body.querySelectorAll<HTMLElement>('.visually-hidden')];
    for (const element of hidden) element.style.display = 'none';
    const text = (body as HTMLElement).innerText;
    for (const element of hidden) element.style.display = '';
    return text;
  });

/** Each rule, with the passages that break it (a few characters around), so a failure shows where. */
function offences(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(new RegExp(pattern.source, 'gu'))].map((m) =>
    text.slice(Math.max(0, m.index - 25), m.index + 5),
  );
}

test.describe('typography of the displayed text', () => {
  const french = [
    'fr/competences/s-autodevelopper/',
    'fr/bilan-de-competences/',
    'fr/descriptions-de-fonction/manager-strategique-a4-a5/',
    'fr/niveaux/a/',
  ];
  for (const path of french) {
    test(`French: /${path}`, async ({ page }) => {
      await page.goto(path);
      const text = await visibleText(page);
      expect(text.length).toBeGreaterThan(500);
      expect(offences(text, /'/), 'straight apostrophe').toEqual([]);
      expect(offences(text, /\.\.\./), 'three dots').toEqual([]);
      // A space before : ; ? ! or inside « » must not let the line break there.
      expect(offences(text, /[ \t\n]+[:;?!»]/), 'breakable space before : ; ? ! »').toEqual([]);
      expect(offences(text, /«[ \t\n]/), 'breakable space after «').toEqual([]);
      expect(offences(text, /\d [0-9]{3}(?!\d)/), 'breakable space in a number').toEqual([]);
    });
  }

  test('French: the no-break spaces are the right ones (narrow before ; ! ?, full before :)', async ({ page }) => {
    await page.goto('fr/bilan-de-competences/');
    const text = await visibleText(page);
    expect(text).toContain('Proposez-leur un bilan de compétences\u202f!');
    expect(text).toContain('Vous êtes collaborateur fédéral\u202f?');
    expect(text).toMatch(/situations de réorientation professionnelle suivantes\u00a0:/);
  });

  const dutch = [
    'nl/competentiemanagement/',
    'nl/functiebeschrijvingen/strategisch-manager-a4-a5/',
    'nl/competenties/in-team-werken/',
  ];
  for (const path of dutch) {
    test(`Dutch: /${path}`, async ({ page }) => {
      await page.goto(path);
      const text = await visibleText(page);
      expect(text.length).toBeGreaterThan(500);
      expect(offences(text, /[«»]/), 'French quotes in Dutch').toEqual([]);
      expect(offences(text, /'/), 'straight apostrophe').toEqual([]);
      expect(offences(text, /\.\.\./), 'three dots').toEqual([]);
    });
  }
});

test.describe('provenance markers', () => {
  test('our translation of the source’s French sentence says so, and a source slip shows [sic]', async ({ page }) => {
    await page.goto('nl/competentiemanagement/');
    const translated = page.locator('[data-provenance="translation"]');
    await expect(translated).toHaveCount(1);
    await expect(translated).toContainText('Zorgen voor een gemeenschappelijke taal');
    await expect(translated).toContainText('de bron geeft deze zin in het Frans');
    await expect(page.locator('[data-provenance="sic"]').first()).toBeVisible();
    await expect(page.locator('[data-provenance="sic"]').first()).toHaveText(/^\[sic: .*functies.*\]$/);
    await expect(page.locator('[data-provenance="sic"] [lang="la"]').first()).toHaveText('sic');
  });

  test('a slip of the source in a level text is shown apart from the variant wordings, with [sic]', async ({
    page,
  }) => {
    await page.goto('nl/competenties/in-team-werken/');
    const slip = page.locator('details', { hasText: 'Verschrijving in de bron' });
    await slip.locator('summary').click();
    await expect(slip).toContainText('Conflicten vermijden en oplossingen');
    await expect(slip.locator('[data-provenance="sic"]')).toHaveText(/sic: bedoeld is ‘oplossen’/);
    await page.goto('nl/niveaus/c/');
    await expect(page.getByText('Conflicten vermijden en oplossingen [sic]').first()).toBeVisible();
  });

  test('editorial text is labelled, the page summary included, in both themes, and passes axe', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('fr/bilan-de-competences/');
      await expect(page.locator('.lead [data-provenance="editorial"]')).toContainText('Texte de la rédaction');
      await expect(page.locator('.editorial-block').first()).toContainText('sont de la rédaction');
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(
        results.violations.map((v) => v.id),
        scheme,
      ).toEqual([]);
    }
  });
});

test.describe('the former French address of S’autodévelopper', () => {
  test('lands on the new page', async ({ page }) => {
    await page.goto('fr/competences/s-auto-developper/');
    await expect(page).toHaveURL(new RegExp(`${sitePath('/fr/competences/s-autodevelopper/')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('S’autodévelopper');
  });

  test('is a redirect page: link, canonical, noindex; in _redirects, not in the sitemap or the list of pages', () => {
    const html = readFileSync(join(DIST_DIR, 'fr/competences/s-auto-developper/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/fr\/competences\/s-autodevelopper\/">/);
    expect(html).toContain(
      `<meta http-equiv="refresh" content="0; url=${sitePath('/fr/competences/s-autodevelopper/')}">`,
    );
    expect(html).toContain(`<a href="${sitePath('/fr/competences/s-autodevelopper/')}">S’autodévelopper</a>`);
    expect(readFileSync(join(DIST_DIR, '_redirects'), 'utf8')).toContain(
      '/fr/competences/s-auto-developper/ /fr/competences/s-autodevelopper/ 301\n',
    );
    expect(readFileSync(join(DIST_DIR, 'sitemap-0.xml'), 'utf8')).not.toContain('s-auto-developper');
    expect(builtPages()).not.toContain('fr/competences/s-auto-developper/');
    expect(builtPages()).toContain('fr/competences/s-autodevelopper/');
  });
});
