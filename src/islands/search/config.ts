import type { SearchStrings } from '../../i18n/types';

/** What the search UI needs: its strings, the level order and its links. */
export interface SearchConfig {
  strings: SearchStrings;
  levelOrder: string[];
  levelName: string;
  indexUrl: string;
  searchPageUrl: string;
}

/**
 * What the header's search link carries (serialised on it): the search UI's configuration without
 * its strings, which the launcher fetches with the dialog's script, so no page carries them.
 */
export interface SearchLinkConfig extends Omit<SearchConfig, 'strings'> {
  /** The language's search strings (src/lib/published-strings.ts). */
  stringsUrl: string;
}

export const CONFIG_ATTRIBUTE = 'data-search-config';
