import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { buildRoutes, sideBySideCounterpart } from '../../src/lib/routes';
import { alignByPosition, sideBySideColumns, toggleLabel } from '../../src/lib/side-by-side';
import { fixtureCatalog } from './fixtures';

const catalog = fixtureCatalog();
const routes = buildRoutes(catalog, dictionaries);

describe('side-by-side pages', () => {
  it('exist for competency and level pages, in every language, under the page path plus a segment', () => {
    const paths = routes.filter((r) => r.kind.endsWith('-side-by-side')).map((r) => r.path);
    expect(paths).toContain('/nl/competenties/objectieven-behalen/tweetalig/');
    expect(paths).toContain('/fr/competences/atteindre-les-objectifs/bilingue/');
    expect(paths).toContain('/fr/niveaux/b/bilingue/');
  });

  it('pair with their one-language page both ways; other pages have no counterpart', () => {
    const page = routes.find((r) => r.kind === 'competency' && r.locale === 'fr')!;
    const both = sideBySideCounterpart(page, routes)!;
    expect(both.path).toBe('/fr/competences/atteindre-les-objectifs/bilingue/');
    expect(sideBySideCounterpart(both, routes)).toEqual(page);
    expect(
      sideBySideCounterpart(
        routes.find((r) => r.kind === 'home')!,
        routes,
      ),
    ).toBeUndefined();
  });

  it('switch language to the same side-by-side page (same kind and key)', () => {
    const nl = routes.find((r) => r.kind === 'level-side-by-side' && r.key === 'B' && r.locale === 'nl')!;
    const fr = routes.find((r) => r.kind === 'level-side-by-side' && r.key === 'B' && r.locale === 'fr')!;
    expect([nl.path, fr.path]).toEqual(['/nl/niveaus/b/tweetalig/', '/fr/niveaux/b/bilingue/']);
  });

  it('put the page language in the first column, the others after, each with its lang', () => {
    expect(sideBySideColumns('fr', dictionaries).map((c) => [c.locale, c.htmlLang, c.tag])).toEqual([
      ['fr', 'fr-BE', 'FR'],
      ['nl', 'nl-BE', 'NL'],
    ]);
    expect(sideBySideColumns('nl', dictionaries).map((c) => c.locale)).toEqual(['nl', 'fr']);
    expect(toggleLabel(dictionaries)).toBe('NL | FR');
  });

  it('align lists by position; a shorter column gets an empty cell, nothing is dropped', () => {
    expect(alignByPosition([['a', 'b', 'c'], ['x'], undefined])).toEqual([
      ['a', 'x', undefined],
      ['b', undefined, undefined],
      ['c', undefined, undefined],
    ]);
  });
});
