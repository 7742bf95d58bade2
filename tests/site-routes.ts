import { loadDictionaries } from '../src/content-tools/locales';
import { checkContent } from '../src/content-tools/run-check';
import { buildRoutes, type RouteKind, type SiteRoute } from '../src/lib/routes';

/**
 * The site's pages as the build makes them (src/lib/routes.ts), read from the content outside
 * Astro: which built page is a competency page, a level page, ... in every language. Used by the
 * budget tests and the benchmark (scripts/bench/), so neither writes a path or a language down.
 */
export async function siteRoutes(contentRoot?: string): Promise<SiteRoute[]> {
  const dictionaries = await loadDictionaries();
  const { catalog } = await checkContent(contentRoot, dictionaries);
  return buildRoutes(catalog, dictionaries);
}

/** A route's path as `builtPages()` lists it: relative to the base, without the leading slash (`nl/competenties/x/`). */
export const pagePath = (route: SiteRoute): string => route.path.replace(/^\//, '');

export function routesOfKind(routes: readonly SiteRoute[], ...kinds: RouteKind[]): SiteRoute[] {
  return routes.filter((route) => kinds.includes(route.kind));
}
