import type { SearchStrings } from '../../i18n/types';

/** What the search UI needs from the page, serialised on the header's search link. */
export interface SearchConfig {
  strings: SearchStrings;
  levelOrder: string[];
  levelName: string;
  indexUrl: string;
  searchPageUrl: string;
}

export const CONFIG_ATTRIBUTE = 'data-search-config';
