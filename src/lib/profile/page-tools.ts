import type { Dictionary } from '../../i18n/types';
import type { CopyToolsPageData, CopyToolsTexts, PageCompetency } from '../../islands/copy-tools/config';
import type { CompetencyData } from '../../schemas/competency';
import type { Competency } from '../catalog';
import { outputLabels } from './build-data';
import { STORAGE_KEY } from './codec';

/**
 * The data of the copy tools on a competency or level page: the page's competencies at the page's
 * levels in the page's language (their texts as the content has them; the indicators are on the
 * page). The strings the tools show are published per language (`copyToolsTexts`).
 */
export function copyToolsProps(
  competencies: readonly Competency<{ data: CompetencyData }>[],
  levels: readonly string[],
  locales: readonly string[],
  dictionary: Dictionary,
): Omit<CopyToolsPageData, 'textsUrl'> {
  const locale = dictionary.locale.code;
  const pageCompetency = (competency: Competency<{ data: CompetencyData }>): PageCompetency[] => {
    const data = competency.descriptions[locale]?.data;
    if (!data) return [];
    return [
      {
        key: competency.key,
        name: { ...competency.name },
        title: data.name,
        levels: levels.filter((level) => data.dimensions.some((d) => (d.indicators[level] ?? []).length > 0)),
        definition: data.definition,
        dimensions: data.dimensions.map(({ key, name, description }) => ({ key, name, description })),
      },
    ];
  };
  return {
    locale,
    locales: [...locales],
    competencies: competencies.flatMap(pageCompetency),
    storageKey: STORAGE_KEY,
    unavailable: dictionary.builder.copyToolsUnavailable,
  };
}

/** The strings the copy tools show and the labels of what they copy, in one language. */
export function copyToolsTexts(dictionary: Dictionary): CopyToolsTexts {
  const { builder } = dictionary;
  return {
    labels: { [dictionary.locale.code]: outputLabels(dictionary) },
    strings: {
      copied: builder.copied,
      copiedPlain: builder.copiedPlain,
      copyFallback: builder.copyFallback,
      copyFallbackLabel: builder.copyFallbackLabel,
      close: builder.close,
      added: builder.added,
      levelChanged: builder.levelChanged,
      removed: builder.removed,
      storedUnreadableOnPage: builder.storedUnreadableOnPage,
      storageUnavailable: builder.storageUnavailable,
      copyIndicator: builder.copyIndicator,
      copyDimension: builder.copyDimension,
    },
  };
}
