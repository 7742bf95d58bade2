import type { ProfileDocument } from '../document';

/**
 * CSV (RFC 4180: CRLF, fields quoted when needed) for a spreadsheet: one row per result area,
 * competency definition, dimension and indicator, then an empty row and the source line(s).
 * Columns: the profile's title, a language-neutral code, the level, then per language the
 * competency or function, the part and the text. A cell that a spreadsheet would run as a formula
 * is prefixed with an apostrophe.
 *
 * Separator: a semicolon by default, what Excel with Belgian (nl-BE, fr-BE) settings expects
 * when a file is opened with a double click; a comma for other tools.
 */
export type CsvSeparator = ';' | ',';

export function csvField(value: string, separator: CsvSeparator = ';'): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(separator) || /["\r\n]/.test(safe);
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: readonly string[], separator: CsvSeparator = ';'): string {
  return fields.map((field) => csvField(field, separator)).join(separator);
}

type Row = {
  code: string;
  level: string;
  section: (l: string) => string;
  part: (l: string) => string;
  text: (l: string) => string;
};

export function profileRows(doc: ProfileDocument): string[][] {
  const { languages, labels } = doc;
  const several = languages.length > 1;
  const shared = (pick: (l: string) => string) => [...new Set(languages.map(pick))].join(' / ');
  const own = (l: string, label: string | undefined) =>
    several ? `${label ?? ''} (${l.toUpperCase()})` : (label ?? '');
  const header = [
    shared((l) => labels[l]?.csvProfile ?? ''),
    shared((l) => labels[l]?.csvCode ?? ''),
    shared((l) => labels[l]?.csvLevel ?? ''),
    ...languages.flatMap((l) => [
      own(l, labels[l]?.csvSection),
      own(l, labels[l]?.csvPart),
      own(l, labels[l]?.csvText),
    ]),
  ];
  const rows: Row[] = [];
  for (const area of doc.areas) {
    rows.push({
      code: area.code,
      level: '',
      section: (l) => area.source[l] ?? '',
      part: (l) => area.role[l] ?? '',
      text: (l) => area.description[l] ?? '',
    });
  }
  for (const c of doc.competencies) {
    rows.push({
      code: c.code,
      level: c.level,
      section: (l) => c.name[l] ?? '',
      part: (l) => labels[l]?.definition ?? '',
      text: (l) => c.definition[l] ?? '',
    });
    for (const d of c.dimensions) {
      rows.push({
        code: d.code,
        level: c.level,
        section: (l) => c.name[l] ?? '',
        part: (l) => d.heading[l] ?? '',
        text: (l) => d.description[l] ?? '',
      });
      for (const i of d.indicators) {
        rows.push({
          code: i.code,
          level: c.level,
          section: (l) => c.name[l] ?? '',
          part: (l) => d.heading[l] ?? '',
          text: (l) => i.text[l] ?? '',
        });
      }
    }
  }
  return [
    header,
    ...rows.map((row) => [
      doc.title,
      row.code,
      row.level,
      ...languages.flatMap((l) => [row.section(l), row.part(l), row.text(l)]),
    ]),
  ];
}

/** The CSV text (without byte order mark). */
export function profileToCsv(doc: ProfileDocument, separator: CsvSeparator = ';'): string {
  const rows = profileRows(doc);
  if (doc.source.length > 0) rows.push([''], ...doc.source.map((line) => [line.text]));
  return rows.map((row) => csvLine(row, separator)).join('\r\n') + '\r\n';
}

/** The file: UTF-8 with a byte order mark, so that spreadsheet programs read it as UTF-8. */
export function profileCsvFile(doc: ProfileDocument, separator: CsvSeparator = ';'): string {
  return `\uFEFF${profileToCsv(doc, separator)}`;
}
