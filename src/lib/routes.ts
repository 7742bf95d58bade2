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
  | 'about'
  | 'accessibility'
  | 'editors'
  | 'not-found';

/**
 * Kinds rendered by a route file of their own rather than the catch-all (src/pages/[...path].astro),
 * so that their stylesheet holds only their own styles: competency pages, `/<locale>/<section>/<slug>/`.
 */
export const OWN_ROUTE_KINDS: readonly RouteKind[] = ['competency'];

export interface SiteRoute {
  kind: RouteKind;
  /** Identifies the page across languages: a competency key, a level id, a page key; `''` for singletons. */
  key: string;
  locale: string;
  /** Path without the deployment base, with leading and trailing slash. */
  path: string;
}

export interface Alternate { locale: string; path: string }

export function buildRoutes(
  catalog: Catalog<{ data: { slug: string } }, { data: { slug: string } }, { data: { slug: string } }>,
  dictionaries: readonly Dictionary[],
): SiteRoute[] {
  const routes: SiteRoute[] = [];
  for (const { locale: { code: locale }, routes: segments } of dictionaries) {
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
    add('about', '', paths.aboutPath(ctx));
    add('accessibility', '', paths.accessibilityPath(ctx));
    add('editors', '', paths.editorsPath(ctx));
    add('not-found', '', paths.notFoundPath(ctx));
  }
  return routes;
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
