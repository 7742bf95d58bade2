import { getDictionary } from '../../i18n';
import { competencyIndexPath, searchPath, withBase } from '../../lib/paths';
import type { SearchConfig } from './config';

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
