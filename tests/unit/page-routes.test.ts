import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { resolveRoutes, type PageRoute } from '../../src/lib/page-routes';
import { buildRoutes, type RouteKind } from '../../src/lib/routes';
import { competency, fixtureCatalog, page } from './fixtures';
import { catalog as withFunction } from './profile-fixture';

const catalog = fixtureCatalog([
  page('nl', 'competentiebilan', 'competentiebilan'),
  page('fr', 'competentiebilan', 'bilan-de-competences'),
]);
const routes = resolveRoutes(catalog, dictionaries);

/** The one route of a kind in a language (the fixtures have one entry of each kind). */
function routeOf<K extends RouteKind, C, F, P>(
  all: PageRoute<C, F, P>[],
  kind: K,
  locale: string,
  key?: string,
): Extract<PageRoute<C, F, P>, { kind: K }> {
  const route = all.find((r) => r.kind === kind && r.locale === locale && (key === undefined || r.key === key));
  if (!route) throw new Error(`no ${kind} route in ${locale}`);
  return route as Extract<PageRoute<C, F, P>, { kind: K }>;
}

describe('resolved routes', () => {
  it('are the pages buildRoutes lists, in its order', () => {
    expect(routes.map(({ kind, key, locale, path }) => ({ kind, key, locale, path }))).toEqual(
      buildRoutes(catalog, dictionaries),
    );
  });

  it('carry a competency with its description in the page language and its group', () => {
    const route = routeOf(routes, 'competency', 'fr');
    expect(route.competency.key).toBe('objectieven-behalen');
    expect(route.entry.data.name).toBe('Atteindre les objectifs');
    expect(route.group.key).toBe('eigen-functioneren');
    expect(route.meta).toEqual({
      title: 'Atteindre les objectifs',
      description: 'Définition.',
      section: '/fr/competences/',
    });
    expect(route.search.filters.group).toEqual(['Gestion de son fonctionnement personnel']);
    expect(route.alternates.map((a) => a.path)).toEqual([
      '/nl/competenties/objectieven-behalen/',
      '/fr/competences/atteindre-les-objectifs/',
    ]);
  });

  it('give a side-by-side page one entry per column, the page language first', () => {
    const route = routeOf(routes, 'competency-side-by-side', 'fr');
    expect(route.columns.map((c) => c.locale)).toEqual(['fr', 'nl']);
    expect(route.entries.map((e) => e.data.name)).toEqual(['Atteindre les objectifs', 'Objectieven behalen']);
    expect(route.meta.title).toContain('Atteindre les objectifs');
  });

  it('leave out the columns of languages without the entry', () => {
    const onlyDutch = fixtureCatalog([], [competency('nl')]);
    const route = routeOf(resolveRoutes(onlyDutch, dictionaries), 'competency-side-by-side', 'nl');
    expect(route.columns.map((c) => c.locale)).toEqual(['nl']);
    expect(route.entries).toHaveLength(1);
  });

  it('carry a level with the competencies described in the page language', () => {
    const route = routeOf(routes, 'level', 'nl', 'B');
    expect(route.level.id).toBe('B');
    expect(route.competencies.map((c) => [c.competency.key, c.entry.data.slug])).toEqual([
      ['objectieven-behalen', 'objectieven-behalen'],
    ]);
    expect(routeOf(routes, 'level-side-by-side', 'fr', 'B').columns.map((c) => c.locale)).toEqual(['fr', 'nl']);
  });

  it('carry a context page and a function description in the page language', () => {
    expect(routeOf(routes, 'context', 'fr').entry.data.slug).toBe('bilan-de-competences');
    const functions = resolveRoutes(withFunction, dictionaries);
    const fn = routeOf(functions, 'function', 'fr');
    expect(fn.entry.id.startsWith('fr/')).toBe(true);
    const both = routeOf(functions, 'function-side-by-side', 'nl');
    expect(both.entry.id.startsWith('nl/')).toBe(true);
    expect(both.entries.map((e) => e.id.split('/')[0])).toEqual(['nl', 'fr']);
  });

  it('give pages without data only the common fields', () => {
    const home = routeOf(routes, 'home', 'nl');
    expect(Object.keys(home).sort()).toEqual([
      'alternates',
      'breadcrumbs',
      'counterpart',
      'key',
      'kind',
      'locale',
      'meta',
      'path',
      'search',
    ]);
    expect(home.meta.section).toBe('/nl/');
    expect(home.breadcrumbs).toEqual([]);
    expect(home.counterpart).toBeUndefined();
  });
});

describe('breadcrumbs', () => {
  it('lead from a competency page to the index and to its group there, in the page language', () => {
    const trail = [
      { label: 'Compétences', href: '/fr/competences/' },
      { label: 'Gestion de son fonctionnement personnel', href: '/fr/competences/#group-eigen-functioneren' },
    ];
    expect(routeOf(routes, 'competency', 'fr').breadcrumbs).toEqual(trail);
    expect(routeOf(routes, 'competency-side-by-side', 'fr').breadcrumbs).toEqual(trail);
    expect(routeOf(routes, 'competency', 'nl').breadcrumbs.map((c) => c.label)).toEqual([
      'Competenties',
      'Omgaan met het eigen functioneren',
    ]);
  });

  it('lead from a level or function page, one language or side by side, to its index', () => {
    const levelTrail = [{ label: 'Niveaus', href: '/nl/niveaus/' }];
    expect(routeOf(routes, 'level', 'nl', 'B').breadcrumbs).toEqual(levelTrail);
    expect(routeOf(routes, 'level-side-by-side', 'nl', 'B').breadcrumbs).toEqual(levelTrail);
    const functions = resolveRoutes(withFunction, dictionaries);
    const functionTrail = [{ label: 'Description de fonction', href: '/fr/descriptions-de-fonction/' }];
    expect(routeOf(functions, 'function', 'fr').breadcrumbs).toEqual(functionTrail);
    expect(routeOf(functions, 'function-side-by-side', 'fr').breadcrumbs).toEqual(functionTrail);
  });

  it('are empty on the other pages', () => {
    const withTrail = ['competency', 'level', 'function'].flatMap((kind) => [kind, `${kind}-side-by-side`]);
    const others = routes.filter((r) => !withTrail.includes(r.kind));
    expect(others.length).toBeGreaterThan(0);
    for (const route of others) expect(route.breadcrumbs, route.path).toEqual([]);
  });
});

describe('counterpart (the side-by-side toggle)', () => {
  it('leads from a page to its side-by-side reading and back, in the same language', () => {
    const one = routeOf(routes, 'competency', 'fr');
    const both = routeOf(routes, 'competency-side-by-side', 'fr');
    expect(one.counterpart).toEqual({ path: both.path, fromSideBySide: false });
    expect(both.counterpart).toEqual({ path: one.path, fromSideBySide: true });
    expect(routeOf(routes, 'level-side-by-side', 'nl', 'B').counterpart).toEqual({
      path: routeOf(routes, 'level', 'nl', 'B').path,
      fromSideBySide: true,
    });
  });

  it('is absent on pages without a side-by-side reading', () => {
    expect(routeOf(routes, 'context', 'fr').counterpart).toBeUndefined();
    expect(routeOf(routes, 'competency-index', 'nl').counterpart).toBeUndefined();
  });
});
