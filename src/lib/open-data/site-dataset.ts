import type { Dictionary } from '../../i18n/types';
import type { CompetencyData } from '../../schemas/competency';
import type { Catalog } from '../catalog';
import { translationRows, type TranslatableEntry } from '../translation-status';
import { buildDataset, type DatasetVersion, type OpenDataset } from './dataset';

type Entry = TranslatableEntry & { data: CompetencyData };

/** The dataset of the site's catalog, with each translation's state (the build and `npm run data:ids` share it). */
export function siteDataset(
  catalog: Catalog<Entry, TranslatableEntry, TranslatableEntry>,
  dictionaries: readonly Dictionary[],
  version: DatasetVersion,
): OpenDataset {
  const rows = translationRows(catalog).filter((row) => row.kind === 'competency');
  return buildDataset({
    catalog,
    dictionaries,
    version,
    translationOf: (key, locale) => {
      const row = rows.find((r) => r.key === key && r.locale === locale);
      const translation = row?.entry.data.translation;
      return row && translation ? { from: translation.from, status: translation.status, state: row.state } : undefined;
    },
  });
}
