import type { Dictionary } from '../i18n/types';
import type { Catalog } from './catalog';
import * as paths from './paths';
import type { SiteRoute } from './routes';

/** One step of a breadcrumb trail: a link, its path without the site's base. */
export interface Crumb {
  label: string;
  href: string;
}

/**
 * The trail above a page's title, in the page's language: a competency page (one language or side
 * by side) leads to the index and to its group in the index, a level or function page to its index;
 * the other pages have none.
 */
export function breadcrumbs(
  route: SiteRoute,
  catalog: Catalog<{ data: { group: string } }, unknown, unknown>,
  dictionary: Dictionary,
): Crumb[] {
  const { ui, routes } = dictionary;
  const ctx = { locale: route.locale, routes };
  switch (route.kind) {
    case 'competency':
    case 'competency-side-by-side': {
      const index = paths.competencyIndexPath(ctx);
      const competency = catalog.competencies.find((c) => c.key === route.key);
      const group = catalog.groups.find((g) => g.key === competency?.group);
      return [
        { label: ui.navCompetencies, href: index },
        ...(group ? [{ label: group.name[route.locale] ?? group.key, href: `${index}#group-${group.key}` }] : []),
      ];
    }
    case 'level':
    case 'level-side-by-side':
      return [{ label: ui.navLevels, href: paths.levelIndexPath(ctx) }];
    case 'function':
    case 'function-side-by-side':
      return [{ label: ui.functionsTitle, href: paths.functionIndexPath(ctx) }];
    default:
      return [];
  }
}
