import { dictionaries } from '../i18n';
import type { Catalog } from './catalog';
import { loadCatalog } from './load-catalog';
import { resolveRoutes, type PageRoute } from './page-routes';
import { buildRoutes, type RouteKind, type SiteRoute } from './routes';

/** Every route of the site, computed once per build (for components that look up their page's counterparts). */
let cached: Promise<SiteRoute[]> | undefined;
export function loadRoutes(): Promise<SiteRoute[]> {
  cached ??= loadCatalog().then((catalog) => buildRoutes(catalog, dictionaries));
  return cached;
}

type SiteCatalog = Awaited<ReturnType<typeof loadCatalog>>;

/** A page of this site with its data, as the content collections type it. */
export type SitePageRoute = SiteCatalog extends Catalog<infer C, infer F, infer P> ? PageRoute<C, F, P> : never;

/** The page of one kind: what its view receives. */
export type RouteOf<K extends RouteKind> = Extract<SitePageRoute, { kind: K }>;

/** Every page of the site with its data (for the route files' `getStaticPaths`). */
export async function loadPageRoutes(): Promise<SitePageRoute[]> {
  return resolveRoutes(await loadCatalog(), dictionaries);
}
