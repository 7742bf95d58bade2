import type { Dictionary } from '../i18n/types';
import type { Catalog } from './catalog';
import type { SiteRoute } from './routes';

/**
 * What Pagefind indexes of a page: whether its content is searchable, and its filter values
 * (kind of page, levels, groups), in the page's language.
 */
export interface SearchFacets {
  indexed: boolean;
  filters: Record<string, string[]>;
}

export const FILTER_KIND = 'kind';
export const FILTER_LEVEL = 'level';
export const FILTER_GROUP = 'group';

export function searchFacets(
  route: SiteRoute,
  catalog: Catalog<{ data: { group: string } }, unknown, unknown>,
  dictionary: Dictionary,
): SearchFacets {
  const { search } = dictionary;
  const locale = route.locale;
  const groupName = (key: string) => catalog.groups.find((g) => g.key === key)?.name[locale] ?? key;
  const levelIds = catalog.levels.map((l) => l.id);
  switch (route.kind) {
    case 'competency': {
      const competency = catalog.competencies.find((c) => c.key === route.key);
      return {
        indexed: true,
        filters: {
          [FILTER_KIND]: [search.kindCompetency],
          [FILTER_LEVEL]: levelIds,
          [FILTER_GROUP]: competency ? [groupName(competency.group)] : [],
        },
      };
    }
    case 'level': {
      const groups = [
        ...new Set(catalog.competencies.filter((c) => c.descriptions[locale]).map((c) => groupName(c.group))),
      ];
      return {
        indexed: true,
        filters: { [FILTER_KIND]: [search.kindLevel], [FILTER_LEVEL]: [route.key], [FILTER_GROUP]: groups },
      };
    }
    case 'function':
      return { indexed: true, filters: { [FILTER_KIND]: [search.kindFunction] } };
    case 'context':
      return { indexed: true, filters: { [FILTER_KIND]: [search.kindContext] } };
    default:
      return { indexed: false, filters: {} };
  }
}
