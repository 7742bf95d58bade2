import { getDictionary } from '../../i18n';
import { competencyIndexPath, searchPath, withBase } from '../../lib/paths';
import { publishedStringsPath } from '../../lib/published-strings';
import type { SearchConfig, SearchLinkConfig } from './config';

/** What the search UI of a page in `locale` needs: its strings, the level order and its links. */
export function searchConfig(locale: string, levelOrder: string[]): SearchConfig {
  const dictionary = getDictionary(locale);
  const ctx = { locale, routes: dictionary.routes };
  return {
    strings: dictionary.search,
    levelOrder,
    levelName: dictionary.ui.levelName,
    indexUrl: withBase(competencyIndexPath(ctx)),
    searchPageUrl: withBase(searchPath(ctx)),
  };
}

/**
 * What the header's search link carries on every page: the same without the strings, which the
 * launcher fetches when search is about to be used.
 */
export function searchLinkConfig(locale: string, levelOrder: string[]): SearchLinkConfig {
  const { strings: _strings, ...config } = searchConfig(locale, levelOrder);
  return { ...config, stringsUrl: publishedStringsPath(locale, 'search') };
}
