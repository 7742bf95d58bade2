import { datasetIndicators, type OpenDataset } from './dataset';

/**
 * The indicators as CSV: one row per indicator, with its identifiers, its competency, level,
 * dimension and position, its text in every language and, per translated language, the
 * translation's status. UTF-8 with a byte-order mark (so spreadsheet programs read the accents),
 * CRLF line ends, fields quoted when needed (RFC 4180). Column names are language-neutral.
 */
export type CsvSeparator = ',' | ';';

export function indicatorTable(dataset: OpenDataset): string[][] {
  const { languages, sourceLanguage } = dataset;
  const translated = languages.filter((l) => l !== sourceLanguage);
  const header = [
    'indicator_id',
    'uri',
    'competency_id',
    ...languages.map((l) => `competency_${l}`),
    'level',
    'dimension',
    ...languages.map((l) => `dimension_${l}`),
    'position',
    ...languages.map((l) => `text_${l}`),
    ...translated.flatMap((l) => [`translation_${l}_status`, `translation_${l}_state`]),
  ];
  const rows = datasetIndicators(dataset).map(({ competency, level, cell, indicator }) => {
    const dimension = competency.dimensions.find((d) => d.key === cell.dimension);
    return [
      indicator.id,
      indicator.uri,
      competency.id,
      ...languages.map((l) => competency.name[l] ?? ''),
      level.level,
      cell.dimension,
      ...languages.map((l) => dimension?.name[l] ?? ''),
      String(indicator.position),
      ...languages.map((l) => indicator.text[l] ?? ''),
      ...translated.flatMap((l) => {
        const info = competency.translations[l];
        return [info?.status ?? '', info?.state ?? ''];
      }),
    ];
  });
  return [header, ...rows];
}

function field(value: string, separator: CsvSeparator): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(table: readonly (readonly string[])[], separator: CsvSeparator): string {
  return `\uFEFF${table.map((row) => row.map((v) => field(v, separator)).join(separator)).join('\r\n')}\r\n`;
}
