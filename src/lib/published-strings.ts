import type { Dictionary } from '../i18n/types';
import { copyToolsTexts } from './profile/page-tools';
import { withBase } from './paths';

/**
 * The UI strings that scripts use only once the reader acts (open search, copy, the progression
 * view hydrating): published once per language as JSON (src/pages/strings/[locale]/[part].json.ts)
 * and fetched with the script that needs them, so that no page carries them.
 */
export const PUBLISHED_STRINGS = {
  /** The search dialog (src/islands/search/launcher.ts). */
  search: (dictionary: Dictionary) => dictionary.search,
  /** The progression view once hydrated (src/islands/visualiser/progression-island.ts). */
  progression: (dictionary: Dictionary) => progressionLabels(dictionary),
  /** The copy tools' confirmations and the labels of what they copy (src/islands/copy-tools/). */
  'copy-tools': (dictionary: Dictionary) => copyToolsTexts(dictionary),
} satisfies Record<string, (dictionary: Dictionary) => unknown>;

export type StringsPart = keyof typeof PUBLISHED_STRINGS;

export const STRINGS_PARTS = Object.keys(PUBLISHED_STRINGS) as StringsPart[];

/** The labels of the progression view: the chart's strings without the stop words (build-time only). */
export function progressionLabels({ visualiser }: Dictionary) {
  const { stopWords: _stopWords, ...labels } = visualiser.chart;
  return labels;
}

/** Where a part of a language's strings is published, under the deployment base. */
export const publishedStringsPath = (locale: string, part: StringsPart): string =>
  withBase(`/strings/${locale}/${part}.json`);
