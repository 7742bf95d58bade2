import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrateIslands } from '../page-load';
import { AXE_TAGS, builtPages } from './built-site';

/** The progression view of the competency pages (what each level adds) and the overview page. */

const CHART = { nl: 'Wat elk niveau toevoegt, per dimensie', fr: 'Ce que chaque niveau ajoute, par dimension' };
const COMPETENCY_PAGES = { nl: /^nl\/competenties\/[^/]+\/$/, fr: /^fr\/competences\/[^/]+\/$/ };
const LANGS = ['nl', 'fr'] as const;

/** The island hydrates when it comes near: scroll to it as a reader would and wait until it has. */
async function openView(page: Page) {
  const section = page.locator('#progression');
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('[data-island]')).toHaveAttribute('data-hydrated', '');
  return section;
}

/** The drawing of the chart that the page's width shows (wide or narrow). */
const chart = (page: Page, lang: 'nl' | 'fr') => page.getByRole('group', { name: CHART[lang] });
const step = (page: Page, lang: 'nl' | 'fr', level: string, dimension = 0) =>
  chart(page, lang).getByRole('list').nth(dimension).locator(`[role="listitem"][data-level="${level}"]`);
const choice = (page: Page, from: string, to: string) => page.locator(`#progression button[data-pair="${from},${to}"]`);

test.describe('progression view', () => {
  for (const lang of LANGS) {
    const pages = builtPages().filter((path) => COMPETENCY_PAGES[lang].test(path));

    test(`every ${lang} competency page has one`, () => {
      expect(pages.length).toBe(readdirSync(`content/competencies/${lang}`).filter((f) => f.endsWith('.mdx')).length);
      expect(pages.length).toBeGreaterThan(0);
    });

    for (const path of pages) {
      test(`says what each level adds on /${path}, with no score`, async ({ page }) => {
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(path);
        const dimensions = await page.locator('#level-D .cell').count();
        const levels = await page.locator('#level-matrix > section').count();
        const section = await openView(page);
        const svg = chart(page, lang);
        await expect(svg).toHaveCount(1);
        await expect(svg).toBeVisible();
        await expect(svg.getByRole('list')).toHaveCount(dimensions);
        await expect(svg.getByRole('listitem')).toHaveCount(dimensions * levels);
        // The first level is the start; every other level says what is new compared with the one before.
        const start = lang === 'nl' ? /^Niveau D: startniveau\.$/ : /^Niveau D\u00a0: niveau de départ\.$/;
        const adds =
          lang === 'nl'
            ? /^Niveau [CBA](, nieuw ten opzichte van niveau [DCB]: .+|: geen nieuwe kernwoorden .+)\.$/
            : /^Niveau [CBA](, nouveau par rapport au niveau [DCB]\u00a0: .+|\u00a0: pas de nouveaux mots clés .+)\.$/;
        for (let d = 0; d < dimensions; d += 1) {
          await expect(step(page, lang, 'D', d)).toHaveAccessibleName(start);
          for (const level of ['C', 'B', 'A']) await expect(step(page, lang, level, d)).toHaveAccessibleName(adds);
        }
        // Words, not numbers: nothing in the section reads as a score.
        expect(await section.innerText()).not.toMatch(/\d\s?%/);
        await expect(section.locator('[role="listitem"] tspan').filter({ hasText: /^\+$/ }).first()).toBeVisible();
        expect(errors).toEqual([]);
      });
    }
  }

  test('the new key words of a step come from the word diff of the two levels', async ({ page }) => {
    await page.goto('nl/competenties/servicegericht-handelen/');
    await openView(page);
    // Dimension B, "Klanten begeleiden", from C to B (see the unit tests for the diff itself).
    await expect(step(page, 'nl', 'B', 1)).toHaveAccessibleName(
      'Niveau B, nieuw ten opzichte van niveau C: aangepaste en objectieve wijze; zorgt ervoor; klanten/burgers over transparante informatie beschikken.',
    );
    const lines = await step(page, 'nl', 'B', 1).locator('tspan').allTextContents();
    expect(lines.join(' ')).toContain('aangepaste en objectieve wijze');
  });
});

test.describe('without JavaScript', () => {
  for (const width of [1280, 375]) {
    test(`the chart's SVG and what each level adds are there (${width} px)`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${baseURL}nl/competenties/servicegericht-handelen/`);
      const svg = chart(page, 'nl');
      await expect(svg).toHaveCount(1);
      await expect(svg).toBeVisible();
      await expect(svg).toHaveClass(new RegExp(`pv-chart--${width > 900 ? 'wide' : 'narrow'}`));
      const box = (await svg.boundingBox())!;
      expect(box.height).toBeGreaterThan(200);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      const lines = await step(page, 'nl', 'B', 1).locator('tspan').allTextContents();
      expect(lines.join(' ')).toMatch(/aangepaste en objectieve\swijze/);
      // The buttons need the script: without it they are not shown, and the level matrix has everything.
      await expect(page.locator('#progression button')).toHaveCount(3);
      await expect(page.locator('#progression button').first()).toBeHidden();
      await expect(page.locator('#level-matrix > section').filter({ visible: true })).toHaveCount(4);
      await context.close();
    });
  }

  test('the overview is plain links, per competency and level', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}fr/apercu/`);
    const link = page.getByRole('link', { name: 'Atteindre les objectifs, Niveau B' });
    await expect(link).toHaveAttribute('href', /\/fr\/competences\/atteindre-les-objectifs\/\?level=B#level-B$/);
    await context.close();
  });
});

test.describe('no layout shift, no focus loss', () => {
  for (const lang of LANGS) {
    for (const [path, width] of builtPages()
      .filter((p) => COMPETENCY_PAGES[lang].test(p))
      .flatMap(
        (p) =>
          [
            [p, 1280],
            [p, 375],
          ] as const,
      )) {
      test(`CLS ≤ 0.02 on /${path} after scrolling to the end (${width} px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.addInitScript(() => {
          const shifts: number[] = [];
          (window as unknown as { __shifts: number[] }).__shifts = shifts;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
            })[]) {
              if (!entry.hadRecentInput) shifts.push(entry.value);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(path);
        // The page is ready (the islands that hydrate on load have); the progression view hydrates
        // when it comes near, on the way down (or at once, when it is near the first screen).
        await page.waitForFunction(() => document.querySelectorAll('astro-island[client="load"][ssr]').length === 0);
        const section = page.locator('#progression');
        const before = await section.evaluate((element) => element.getBoundingClientRect().height);
        // Scroll down as a reader does, half a screen at a time, letting each frame render.
        await page.evaluate(async () => {
          const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          while (scrollY + innerHeight < document.documentElement.scrollHeight - 2) {
            scrollBy(0, innerHeight / 2);
            await frame();
          }
        });
        await hydrateIslands(page);
        await page.waitForLoadState('networkidle');
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        await expect(section.locator('[data-island]')).toHaveAttribute('data-hydrated', '');
        // Hydrating changed nothing of the section's size.
        expect(await section.evaluate((element) => element.getBoundingClientRect().height)).toBe(before);
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
        const total = shifts.reduce((sum, value) => sum + value, 0);
        expect(total, `layout shifts: ${shifts.join(', ')}`).toBeLessThanOrEqual(0.02);
      });
    }
  }

  test('the view’s strings are not in the page: they come in the page’s language when it hydrates', async ({
    page,
  }) => {
    const strings = page.waitForResponse((response) => response.url().endsWith('/strings/fr/progression.json'));
    await page.goto('fr/competences/atteindre-les-objectifs/?compare=B');
    // A problem message of the view, in French: written only once the view has its strings.
    expect(await page.content()).not.toContain('On ne peut comparer que deux niveaux');
    await openView(page);
    expect((await strings).ok()).toBe(true);
    await expect(page.locator('#progression .pv-problem')).toContainText('Une comparaison demande deux niveaux');
  });

  test('a keyboard user on the view keeps the focus when it hydrates; the next Tab goes on', async ({ page }) => {
    // Hold the island's script until the reader has tabbed onto the view.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/ProgressionVisualiser\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('nl/competenties/objectieven-behalen/');
    await page.locator('#progression').scrollIntoViewIfNeeded();
    const first = choice(page, 'D', 'C');
    await first.focus();
    await expect(first).toBeFocused();
    await expect(page.locator('#progression [data-island]')).not.toHaveAttribute('data-hydrated');
    await first.evaluate(
      (element) => ((element as HTMLElement & { beforeHydration?: boolean }).beforeHydration = true),
    );
    const box = () =>
      page.locator('#progression').evaluate((element) => JSON.stringify(element.getBoundingClientRect()));
    const before = await box();
    release();
    await expect(page.locator('#progression [data-island]')).toHaveAttribute('data-hydrated', '');
    // Nothing moved or changed size.
    expect(await box()).toBe(before);
    // The same element (not a replacement) still has the focus.
    await expect(first).toBeFocused();
    expect(
      await first.evaluate((element) => (element as HTMLElement & { beforeHydration?: boolean }).beforeHydration),
    ).toBe(true);
    await page.keyboard.press('Tab');
    await expect(choice(page, 'C', 'B')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Van niveau C naar niveau B' })).toBeVisible();
  });
});

test.describe('comparison', () => {
  test('C → B: the lower level as it is, what is new at B in bold, marked for screen readers, no line-through', async ({
    page,
  }) => {
    await page.goto('nl/competenties/servicegericht-handelen/');
    await openView(page);
    const button = choice(page, 'C', 'B');
    await expect(button).toHaveAccessibleName('niveau C met niveau B');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/\/nl\/competenties\/servicegericht-handelen\/\?compare=C,B#progression$/);
    const panel = page.getByRole('region', { name: 'Van niveau C naar niveau B' });
    await expect(panel).toBeVisible();
    const dimension = panel.locator('[data-dimension="B"]');
    // Level C's wording, complete and unmarked.
    const lower = dimension.locator('.pv-side[data-level="C"] li');
    await expect(lower.first()).toHaveText((await page.locator('#C-B-1').textContent())!.trim());
    await expect(dimension.locator('.pv-side[data-level="C"] :is(ins, del, s, strike)')).toHaveCount(0);
    // Level B's wording with what is new marked: bold, tinted, no underline, introduced in words.
    const added = dimension.locator('.pv-side[data-level="B"] ins');
    await expect(added.first()).toHaveText('nieuw op niveau B: elke');
    await expect(added.first().locator('.visually-hidden')).toHaveText('nieuw op niveau B:');
    await expect(added.first()).toHaveCSS('text-decoration-line', 'none');
    expect(Number(await added.first().evaluate((el) => getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(700);
    // Read as a sighted reader does (without the screen-reader text), the wording is complete.
    const seen = await dimension.locator('.pv-side[data-level="B"] li').evaluateAll((items) =>
      items.map((item) => {
        const copy = item.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
        return copy.textContent;
      }),
    );
    expect(seen).toEqual([
      'Geeft elke klant/burger op aangepaste en objectieve wijze advies.',
      'Zorgt ervoor dat de klanten/burgers over transparante informatie beschikken.',
    ]);
    // Nothing in the whole view is struck through.
    const struck = await page
      .locator('#progression *')
      .evaluateAll(
        (elements) => elements.filter((el) => getComputedStyle(el).textDecorationLine.includes('line-through')).length,
      );
    expect(struck).toBe(0);

    // Closing gives the focus back to the choice that opened it.
    await panel.getByRole('button', { name: 'Vergelijking sluiten' }).click();
    await expect(panel).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect(page).toHaveURL(/\/servicegericht-handelen\/(#progression)?$/);
  });

  test('a step of the chart opens the comparison with the level before it', async ({ page }) => {
    await page.goto('fr/competences/atteindre-les-objectifs/');
    await openView(page);
    await step(page, 'fr', 'A', 2).click();
    await expect(page.getByRole('heading', { name: 'Du niveau B au niveau A' })).toBeVisible();
    await expect(choice(page, 'B', 'A')).toHaveAttribute('aria-pressed', 'true');
    // A second choice replaces the first.
    await choice(page, 'D', 'C').click();
    await expect(page.getByRole('heading', { name: 'Du niveau D au niveau C' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Du niveau B au niveau A' })).toHaveCount(0);
  });

  test('prints as the comparison: the comparison visible, no chart, buttons or disclosure markers', async ({
    page,
  }) => {
    await page.goto('nl/competenties/in-team-werken/?compare=B,A');
    await openView(page);
    await page.emulateMedia({ media: 'print' });
    const section = page.locator('#progression');
    await expect(section).toBeVisible();
    await expect(section.getByRole('heading', { name: 'Van niveau B naar niveau A' })).toBeVisible();
    await expect(section.locator('.pv-side[data-level="A"] li').first()).toBeVisible();
    await expect(section.locator('svg')).toHaveCount(2);
    for (const svg of await section.locator('svg').all()) await expect(svg).toBeHidden();
    for (const button of await section.getByRole('button').all()) await expect(button).toBeHidden();
    await expect(section.locator('summary, details').filter({ visible: true })).toHaveCount(0);
    // Without a comparison the level matrix is the printed version.
    await page.emulateMedia({ media: 'screen' });
    await section.getByRole('button', { name: 'Vergelijking sluiten' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(section).toBeHidden();
    await expect(page.locator('#level-matrix')).toBeVisible();
  });
});

test.describe('the page’s level choice', () => {
  test('the view follows ?level= and the level-change event; it has no level picker of its own', async ({ page }) => {
    await page.goto('nl/competenties/zichzelf-ontwikkelen/?level=B');
    await openView(page);
    const chosen = page.locator('#progression [role="listitem"].is-chosen').filter({ visible: true });
    await expect(chosen).toHaveCount(3);
    for (const item of await chosen.all()) {
      await expect(item).toHaveAttribute('data-level', 'B');
      await expect(item).toHaveAccessibleName(/\(gekozen niveau\)$/);
    }
    await page.evaluate(() => document.dispatchEvent(new CustomEvent('level-change', { detail: { level: 'A' } })));
    await expect(chosen.first()).toHaveAttribute('data-level', 'A');
    await page.evaluate(() => document.dispatchEvent(new CustomEvent('level-change', { detail: { level: null } })));
    await expect(chosen).toHaveCount(0);
    // Its only controls choose a comparison.
    await expect(page.locator('#progression').getByRole('radio')).toHaveCount(0);
    await expect(page.locator('#progression').getByRole('button')).toHaveCount(3);
  });
});

test.describe('URL state', () => {
  test('a comparison is kept on reload and through the language switch, in the levels’ order', async ({ page }) => {
    await page.goto('nl/competenties/in-team-werken/?compare=A,D');
    await openView(page);
    await expect(page).toHaveURL(/\?compare=D,A$/);
    await expect(page.getByRole('heading', { name: 'Van niveau D naar niveau A' })).toBeVisible();
    // Not a step from one level to the next: no button is pressed.
    await expect(page.locator('#progression button[aria-pressed="true"]')).toHaveCount(0);
    await page.reload();
    await openView(page);
    await expect(page.getByRole('heading', { name: 'Van niveau D naar niveau A' })).toBeVisible();
    await page.getByRole('link', { name: 'Français' }).click();
    // The level picker may have rewritten the link last, with the comma encoded: the same link.
    await expect(page).toHaveURL(/\/fr\/competences\/travailler-en-equipe\/\?compare=D(,|%2C)A/);
    await openView(page);
    await expect(page.getByRole('heading', { name: 'Du niveau D au niveau A' })).toBeVisible();
  });

  test('lives beside the page’s level: both stay in the URL', async ({ page }) => {
    await page.goto('fr/competences/s-autodevelopper/?level=B&compare=C,B#progression');
    await openView(page);
    await expect(page.getByRole('heading', { name: 'Du niveau C au niveau B' })).toBeVisible();
    await choice(page, 'B', 'A').click();
    await expect(page).toHaveURL(/\?level=B&compare=B,A#progression$/);
    await expect(page.getByRole('link', { name: 'Nederlands' })).toHaveAttribute('href', /\?level=B&compare=B(,|%2C)A/);
  });

  const malformed: { query: string; message: RegExp; heading: string | null; url: RegExp }[] = [
    {
      query: 'compare=C,Z',
      message: /‘C,Z’.*niet bestaat.*Niveau D en niveau C worden vergeleken\./,
      heading: 'Van niveau D naar niveau C',
      url: /\?compare=D,C$/,
    },
    {
      query: 'compare=B',
      message: /twee niveaus nodig.*‘B’.*Niveau C en niveau B worden vergeleken\./,
      heading: 'Van niveau C naar niveau B',
      url: /\?compare=C,B$/,
    },
    {
      query: 'compare=B,B',
      message: /twee verschillende niveaus.*‘B,B’/,
      heading: 'Van niveau C naar niveau B',
      url: /\?compare=C,B$/,
    },
    {
      query: 'compare=D,C,A',
      message: /maar twee niveaus tegelijk.*Niveau D en niveau C worden vergeleken\./,
      heading: 'Van niveau D naar niveau C',
      url: /\?compare=D,C$/,
    },
    {
      query: 'compare=X,Y',
      message: /niet bestaat.*Kies zelf een vergelijking/,
      heading: null,
      url: /betrouwbaarheid-tonen\/$/,
    },
  ];
  for (const { query, message, heading, url } of malformed) {
    test(`?${query} is reported and recovered from`, async ({ page }) => {
      await page.goto(`nl/competenties/betrouwbaarheid-tonen/?${query}`);
      await openView(page);
      await expect(page.getByRole('alert')).toHaveText(message);
      if (heading) await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      else await expect(page.locator('.pv-comparison')).toHaveCount(0);
      await expect(page).toHaveURL(url);
      // The chart is there all the same, and choosing again clears the message.
      await expect(chart(page, 'nl')).toBeVisible();
      await choice(page, 'B', 'A').click();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }

  test('a malformed link in French is reported in French', async ({ page }) => {
    await page.goto('fr/competences/faire-preuve-de-fiabilite/?compare=B,B');
    await openView(page);
    await expect(page.getByRole('alert')).toHaveText(
      'Une comparaison demande deux niveaux différents ; le lien cite deux fois le même niveau (« B,B »). Les niveaux C et B sont comparés.',
    );
  });
});

test.describe('overview', () => {
  test('per core competency and level, what the level adds, each level a link to that competency at that level', async ({
    page,
  }) => {
    await page.goto('nl/overzicht/');
    const competencies = page.locator('.ov-competency');
    await expect(competencies).toHaveCount(5);
    await expect(page.locator('.ov-level a')).toHaveCount(20);
    const service = page.locator('[data-competency="servicegericht-handelen"]');
    await expect(service.locator('[data-level="D"]')).toContainText('startniveau');
    await expect(service.locator('[data-level="B"]')).toContainText('aangepaste en objectieve wijze');
    expect(await page.locator('main').innerText()).not.toMatch(/\d\s?%/);
    await service.getByRole('link', { name: 'Servicegericht handelen, Niveau B' }).click();
    await expect(page).toHaveURL(/\/nl\/competenties\/servicegericht-handelen\/\?level=B#level-B$/);
    await expect(
      page.locator('[data-level-picker]').getByRole('link', { name: 'Niveau B', exact: true }),
    ).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('#level-B')).toBeVisible();
  });

  test('is linked from the home page, the navigation and every competency page', async ({ page }) => {
    await page.goto('nl/');
    await page.getByRole('main').getByRole('link', { name: 'Van niveau tot niveau' }).click();
    await expect(page).toHaveURL(/\/nl\/overzicht\/$/);
    await expect(
      page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Overzicht' }),
    ).toHaveAttribute('aria-current', 'page');
    for (const path of builtPages().filter((p) => COMPETENCY_PAGES.fr.test(p))) {
      await page.goto(path);
      await expect(
        page.getByRole('link', { name: 'Toutes les compétences clés par niveau dans un aperçu' }),
      ).toHaveAttribute('href', /\/fr\/apercu\/$/);
    }
  });
});

test.describe('accessibility and layout', () => {
  /** axe on the page, or on a part of it (the rest of a competency page is checked by pages.spec.ts). */
  const axe = async (page: Page, label: string, include?: string) => {
    const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
    const results = await (include ? builder.include(include) : builder).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      label,
    ).toEqual([]);
  };
  const states = [
    'nl/competenties/servicegericht-handelen/',
    'nl/competenties/servicegericht-handelen/?level=B',
    'nl/competenties/servicegericht-handelen/?compare=C,B',
    'fr/competences/atteindre-les-objectifs/?level=A&compare=B,A',
    'fr/competences/atteindre-les-objectifs/?compare=Z',
  ];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [1280, 375]) {
      test(`axe finds nothing in any state of the view (${colorScheme}, ${width} px)`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        for (const path of states) {
          await page.goto(path);
          await openView(page);
          await axe(page, path, '#progression');
        }
      });
    }
    test(`axe finds nothing on the overview (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const path of ['nl/overzicht/', 'fr/apercu/']) {
        await page.goto(path);
        await axe(page, path);
      }
    });
  }

  /** How far the elements inside `selector` reach beyond the viewport's right edge (0: they fit). */
  const overflowOf = (page: Page, selector: string) =>
    page.locator(selector).evaluate((root) => {
      const edge = document.documentElement.clientWidth;
      return Math.max(0, ...[root, ...root.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right - edge));
    });

  for (const width of [320, 375]) {
    test(`${width} px wide: nothing of the view or the overview runs off the screen; the narrow drawing fits`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 740 });
      for (const [lang, path] of [
        ['fr', 'fr/competences/atteindre-les-objectifs/?compare=C,B'],
        ['nl', 'nl/competenties/servicegericht-handelen/'],
      ] as const) {
        await page.goto(path);
        await openView(page);
        expect(await overflowOf(page, '#progression'), path).toBeLessThanOrEqual(0.5);
        const svg = chart(page, lang);
        await expect(svg).toHaveClass(/pv-chart--narrow/);
        const box = (await svg.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      for (const path of ['nl/overzicht/', 'fr/apercu/']) {
        await page.goto(path);
        expect(await overflowOf(page, 'main'), path).toBeLessThanOrEqual(0.5);
      }
    });
  }
});
