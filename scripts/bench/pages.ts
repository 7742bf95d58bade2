import type { SiteRoute } from '../../src/lib/routes';
import { siteRoutes } from '../../tests/site-routes';
import { PAGE_TYPES, type PageType } from './config';

/** A measured page: its type, language and path (relative to the site root, `nl/competenties/x/`). */
export interface BenchPage {
  type: PageType;
  locale: string;
  path: string;
}

/** The representative page of every type in every language, from the site's routes. */
export async function benchPages(): Promise<BenchPage[]> {
  const routes = await siteRoutes();
  const locales = [...new Set(routes.map((r) => r.locale))];
  const pages: BenchPage[] = [];
  for (const type of PAGE_TYPES) {
    for (const locale of locales) {
      const route = routes.find(
        (r: SiteRoute) => r.kind === type.kind && r.locale === locale && (type.key === undefined || r.key === type.key),
      );
      if (!route)
        throw new Error(
          `No ${type.label} page (kind "${type.kind}"${type.key ? `, key "${type.key}"` : ''}) in "${locale}": update PAGE_TYPES in scripts/bench/config.ts.`,
        );
      pages.push({ type, locale, path: route.path.replace(/^\//, '') });
    }
  }
  return pages;
}
