import { describe, expect, it } from 'vitest';
import { dictionaries, localeCodes, sourceLocale } from '../../src/i18n';
import { describedCompetencies } from '../../src/lib/catalog';
import { alternatesOf, buildRoutes, duplicatePaths } from '../../src/lib/routes';
import { fixtureCatalog, page } from './fixtures';

const catalog = fixtureCatalog([
  page('nl', 'competentiebilan', 'competentiebilan', 3),
  page('fr', 'competentiebilan', 'bilan-de-competences', 3),
  page('nl', 'competentiemanagement', 'competentiemanagement', 1),
  page('fr', 'competentiemanagement', 'gestion-des-competences', 1),
]);

describe('i18n registry', () => {
  it('discovers the dictionaries, Dutch (the source language) first', () => {
    expect(localeCodes).toEqual(['nl', 'fr']);
    expect(sourceLocale).toBe('nl');
  });

  it('has every UI string filled in every language', () => {
    const keys = Object.keys(dictionaries[0]!.ui).sort();
    for (const dictionary of dictionaries) {
      expect(Object.keys(dictionary.ui).sort()).toEqual(keys);
      for (const [key, value] of Object.entries(dictionary.ui))
        expect(value.trim(), `${dictionary.locale.code}.${key}`).not.toBe('');
    }
  });
});

describe('catalog', () => {
  it('orders groups and competencies as the model does and joins descriptions by key', () => {
    expect(catalog.groups.map((g) => g.key)).toEqual(['relaties', 'eigen-functioneren']);
    expect(catalog.groups[0]!.competencies.map((c) => c.key)).toEqual(['in-team-werken', 'adviseren']);
    expect(Object.keys(catalog.competencies.find((c) => c.key === 'objectieven-behalen')!.descriptions).sort()).toEqual(
      ['fr', 'nl'],
    );
    expect(describedCompetencies(catalog).map((c) => c.key)).toEqual(['objectieven-behalen']);
  });

  it('orders context pages by their order field', () => {
    expect([...catalog.pages.keys()]).toEqual(['competentiemanagement', 'competentiebilan']);
  });
});

describe('routes', () => {
  const routes = buildRoutes(catalog, dictionaries);

  it('gives each described competency a page in each language, with the slug of that language', () => {
    const pages = routes.filter((r) => r.kind === 'competency').map((r) => r.path);
    expect(pages).toEqual(['/nl/competenties/objectieven-behalen/', '/fr/competences/atteindre-les-objectifs/']);
  });

  it('links each page to its counterpart in the other language', () => {
    const nlPage = routes.find((r) => r.path === '/nl/competentiebilan/')!;
    expect(alternatesOf(nlPage, routes)).toEqual([
      { locale: 'nl', path: '/nl/competentiebilan/' },
      { locale: 'fr', path: '/fr/bilan-de-competences/' },
    ]);
    const level = routes.find((r) => r.path === '/fr/niveaux/b/')!;
    expect(alternatesOf(level, routes).map((a) => a.path)).toEqual(['/nl/niveaus/b/', '/fr/niveaux/b/']);
  });

  it('has a home, index pages, four level pages and a 404 page per language', () => {
    for (const locale of ['nl', 'fr']) {
      const kinds = routes.filter((r) => r.locale === locale).map((r) => r.kind);
      expect(kinds.filter((k) => k === 'level')).toHaveLength(4);
      for (const kind of ['home', 'competency-index', 'level-index', 'function-index', 'not-found'] as const)
        expect(kinds).toContain(kind);
    }
    expect(duplicatePaths(routes)).toEqual([]);
  });

  it('reports two entries that would share an address', () => {
    const clash = fixtureCatalog([page('nl', 'a', 'zelfde'), page('nl', 'b', 'zelfde')], []);
    expect(duplicatePaths(buildRoutes(clash, dictionaries))).toEqual(['/nl/zelfde/']);
  });
});
