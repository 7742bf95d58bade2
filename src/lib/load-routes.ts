import { dictionaries } from '../i18n';
import { loadCatalog } from './load-catalog';
import { buildRoutes, type SiteRoute } from './routes';

/** Every route of the site, computed once per build (for components that look up their page's counterparts). */
let cached: Promise<SiteRoute[]> | undefined;
export function loadRoutes(): Promise<SiteRoute[]> {
  cached ??= loadCatalog().then((catalog) => buildRoutes(catalog, dictionaries));
  return cached;
}
