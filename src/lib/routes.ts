import type { Dictionary } from '../i18n/types';
import type { Catalog } from './catalog';
import * as paths from './paths';

/**
 * Every page of the site, in every language, with the key that links a page to its counterparts.
 * Pages with the same kind and key are the same page in different languages.
 */
export type RouteKind =
  | 'home'
  | 'competency-index'
  | 'competency'
  | 'level-index'
  | 'level'
  | 'function-index'
  | 'function'
  | 'context'
  | 'overview'
  | 'profile'
  | 'search'
  | 'status'
  | 'not-found'
  | 'competency-side-by-side'
  | 'level-side-by-side'
  | 'function-side-by-side'
  | 'data'
  | 'self-assessment'
  | 'assessment-grid'
  | 'about'
  | 'accessibility'
  | 'editors';

/**
 * The end of an exhaustive dispatch on the route kind: its parameter is `never`, so a kind that
 * reaches it (a kind without a view) fails the type check; at run time it fails the build loudly.
 */
export function unhandledKind(kind: never): never {
  throw new Error(`No view renders pages of kind "${String(kind)}": add one to src/pages/[...path].astro.`);
}

/**
 * The same end for a dispatch on a route itself (its kind narrows the whole route): once every kind
 * has its view, the route left over is `never`; a route of a kind without a view is a type error.
 */
export function unhandledRoute(route: never): never {
  return unhandledKind((route as { kind: never }).kind);
}

/**
 * Kinds rendered by a route file of their own rather than the catch-all (src/pages/[...path].astro),
 * so that their stylesheet holds only their own styles: competency pages, `/<locale>/<section>/<slug>/`,
 * and the profile builder, `/<locale>/<page>/` (both have byte budgets, tests/e2e/budgets.spec.ts).
 */
/** In the catch-all's dispatch, a kind that another route file renders (it never reaches the catch-all). */
export function renderedByOwnRoute(kind: RouteKind): never {
  throw new Error(`Pages of kind "${kind}" are rendered by their own route file, not by src/pages/[...path].astro.`);
}

export const OWN_ROUTE_KINDS: readonly RouteKind[] = ['competency', 'profile'];

export interface SiteRoute {
  kind: RouteKind;
  /** Identifies the page across languages: a competency key, a level id, a page key; `''` for singletons. */
  key: string;
  locale: string;
  /** Path without the deployment base, with leading and trailing slash. */
  path: string;
}

export interface Alternate {
  locale: string;
  path: string;
}

export function buildRoutes(
  catalog: Catalog<{ data: { slug: string } }, { data: { slug: string } }, { data: { slug: string } }>,
  dictionaries: readonly Dictionary[],
): SiteRoute[] {
  const routes: SiteRoute[] = [];
  for (const {
    locale: { code: locale },
    routes: segments,
  } of dictionaries) {
    const ctx = { locale, routes: segments };
    const add = (kind: RouteKind, key: string, path: string) => routes.push({ kind, key, locale, path });
    add('home', '', paths.homePath(ctx));
    add('competency-index', '', paths.competencyIndexPath(ctx));
    for (const competency of catalog.competencies) {
      const description = competency.descriptions[locale];
      if (description) add('competency', competency.key, paths.competencyPath(ctx, description.data.slug));
    }
    add('level-index', '', paths.levelIndexPath(ctx));
    for (const level of catalog.levels) add('level', level.id, paths.levelPath(ctx, level.id));
    add('function-index', '', paths.functionIndexPath(ctx));
    for (const [key, byLocale] of catalog.functions) {
      const entry = byLocale[locale];
      if (entry) add('function', key, paths.functionPath(ctx, entry.data.slug));
    }
    for (const [key, byLocale] of catalog.pages) {
      const entry = byLocale[locale];
      if (entry) add('context', key, paths.contextPagePath(ctx, entry.data.slug));
    }
    add('overview', '', paths.overviewPath(ctx));
    add('profile', '', paths.profilePath(ctx));
    add('search', '', paths.searchPath(ctx));
    add('status', '', paths.statusPath(ctx));
    add('self-assessment', '', paths.selfAssessmentPath(ctx));
    add('assessment-grid', '', paths.assessmentGridPath(ctx));
    add('about', '', paths.aboutPath(ctx));
    add('accessibility', '', paths.accessibilityPath(ctx));
    add('editors', '', paths.editorsPath(ctx));
    add('not-found', '', paths.notFoundPath(ctx));
    addSideBySide(routes, locale, ctx);
    add('data', '', paths.dataPath(ctx));
  }
  return routes;
}

/** Which pages have a side-by-side version, and its kind. */
export const SIDE_BY_SIDE_KINDS: Partial<Record<RouteKind, RouteKind>> = {
  competency: 'competency-side-by-side',
  level: 'level-side-by-side',
  function: 'function-side-by-side',
};

/** The side-by-side version of every page that has one, in one language (added after that language's pages). */
function addSideBySide(routes: SiteRoute[], locale: string, ctx: paths.PathContext): void {
  const pages = routes.filter((route) => route.locale === locale);
  for (const route of pages) {
    const kind = SIDE_BY_SIDE_KINDS[route.kind];
    if (kind) routes.push({ kind, key: route.key, locale, path: paths.sideBySidePath(ctx, route.path) });
  }
}

/** The other reading of a page: its side-by-side version, or the one-language page of a side-by-side page. */
export function sideBySideCounterpart(route: SiteRoute, routes: readonly SiteRoute[]): SiteRoute | undefined {
  const pairs = Object.entries(SIDE_BY_SIDE_KINDS);
  const other = pairs.find(([one]) => one === route.kind)?.[1] ?? pairs.find(([, both]) => both === route.kind)?.[0];
  return other ? routes.find((r) => r.kind === other && r.key === route.key && r.locale === route.locale) : undefined;
}

/** The same page in every language that has it, the route's own language included. */
export function alternatesOf(route: SiteRoute, routes: readonly SiteRoute[]): Alternate[] {
  return routes
    .filter((other) => other.kind === route.kind && other.key === route.key)
    .map(({ locale, path }) => ({ locale, path }));
}

/** Paths that two pages would share: a content error (two slugs alike), reported before building. */
export function duplicatePaths(routes: readonly SiteRoute[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { path } of routes) (seen.has(path) ? duplicates : seen).add(path);
  return [...duplicates];
}
