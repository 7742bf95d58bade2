import type { Dictionary } from '../../i18n/types';
import type { CompetencyData } from '../../schemas/competency';
import type { Competency } from '../catalog';
import type { CopyToolsConfig } from '../../islands/copy-tools/config';
import { competencyEntry, outputLabels } from './build-data';

/**
 * The data of the copy tools on a competency or level page: the page's competencies at
 * the page's levels in the page's language only, and the strings it shows.
 */
export function copyToolsProps(
  competencies: readonly Competency<{ data: CompetencyData }>[],
  levels: readonly string[],
  locales: readonly string[],
  dictionary: Dictionary,
): CopyToolsConfig {
  const locale = dictionary.locale.code;
  const { builder } = dictionary;
  return {
    locale,
    locales: [...locales],
    competencies: competencies.map((c) => competencyEntry(c, levels, [locale])),
    labels: { [locale]: outputLabels(dictionary) },
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
