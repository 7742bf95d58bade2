import { dictionaries } from '../i18n';
import type { Catalog } from './catalog';
import { loadCatalog } from './load-catalog';
import { resolveRoutes, type PageRoute } from './page-routes';
import type { RouteKind } from './routes';

type SiteCatalog = Awaited<ReturnType<typeof loadCatalog>>;

/** A page of this site with its data, as the content collections type it. */
export type SitePageRoute = SiteCatalog extends Catalog<infer C, infer F, infer P> ? PageRoute<C, F, P> : never;

/** The page of one kind: what its view receives. */
export type RouteOf<K extends RouteKind> = Extract<SitePageRoute, { kind: K }>;

/** Every page of the site with its data (for the route files' `getStaticPaths`). */
export async function loadPageRoutes(): Promise<SitePageRoute[]> {
  return resolveRoutes(await loadCatalog(), dictionaries);
}

/**
 * The pages of one kind, for a route file of their own whose parameters are the path's segments in
 * order (`['locale', 'page']` for `/nl/profiel/`): each page receives its resolved route as `route`.
 */
export async function pagesOfKind<K extends RouteKind>(kind: K, segments: readonly string[]) {
  return (await loadPageRoutes())
    .filter((route): route is RouteOf<K> => route.kind === kind)
    .map((route) => {
      const values = route.path.slice(1, -1).split('/');
      return { params: Object.fromEntries(segments.map((name, i) => [name, values[i] ?? ''])), props: { route } };
    });
}
