import type { ProfileDocument } from '../document';

/**
 * CSV (RFC 4180: comma-separated, CRLF, fields quoted when needed) for a spreadsheet: one row per
 * result area, competency definition, dimension and indicator. Columns: the profile's title, a
 * language-neutral code, the level, then per language the competency or function, the part and
 * the text. A cell that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

type Row = { code: string; level: string; section: (l: string) => string; part: (l: string) => string; text: (l: string) => string };

export function profileRows(doc: ProfileDocument): string[][] {
  const { languages, labels } = doc;
  const several = languages.length > 1;
  const shared = (pick: (l: string) => string) => [...new Set(languages.map(pick))].join(' / ');
  const own = (l: string, label: string | undefined) => (several ? `${label ?? ''} (${l.toUpperCase()})` : label ?? '');
  const header = [
    shared((l) => labels[l]?.csvProfile ?? ''),
    shared((l) => labels[l]?.csvCode ?? ''),
    shared((l) => labels[l]?.csvLevel ?? ''),
    ...languages.flatMap((l) => [own(l, labels[l]?.csvSection), own(l, labels[l]?.csvPart), own(l, labels[l]?.csvText)]),
  ];
  const rows: Row[] = [];
  for (const area of doc.areas) {
    rows.push({ code: area.code, level: '', section: (l) => area.source[l] ?? '', part: (l) => area.role[l] ?? '', text: (l) => area.description[l] ?? '' });
  }
  for (const c of doc.competencies) {
    rows.push({ code: c.code, level: c.level, section: (l) => c.name[l] ?? '', part: (l) => labels[l]?.definition ?? '', text: (l) => c.definition[l] ?? '' });
    for (const d of c.dimensions) {
      rows.push({ code: d.code, level: c.level, section: (l) => c.name[l] ?? '', part: (l) => d.heading[l] ?? '', text: (l) => d.description[l] ?? '' });
      for (const i of d.indicators) {
        rows.push({ code: i.code, level: c.level, section: (l) => c.name[l] ?? '', part: (l) => d.heading[l] ?? '', text: (l) => i.text[l] ?? '' });
      }
    }
  }
  return [header, ...rows.map((row) => [doc.title, row.code, row.level, ...languages.flatMap((l) => [row.section(l), row.part(l), row.text(l)])])];
}

export function profileToCsv(doc: ProfileDocument): string {
  return profileRows(doc).map(csvLine).join('\r\n') + '\r\n';
}
