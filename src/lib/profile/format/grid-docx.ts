import type * as Docx from 'docx';
import { competencyHeading, gridLabel, labelledField, scaleColumns, scaleLegend, type Grid } from '../grid';
import type { CoreProperties } from './docx-core';

/**
 * The assessment grid as a Word document (landscape A4): a table per competency with a row per
 * indicator, a column per point of the scale and a wide column for what was observed; then the
 * summary table with a total row, the conclusion and the signature; the source line last.
 */
export function gridToDocx(grid: Grid, docx: typeof Docx): Docx.Document {
  const { Document, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, HeadingLevel, PageOrientation } = docx;
  const { doc } = grid;
  const lang = (l: string) => ({ value: doc.labels[l]?.htmlLang ?? l });
  const first = doc.languages[0] ?? '';
  const text = (value: string, bold = false, locale = first) =>
    new TextRun({ text: value, bold, language: lang(locale) });
  const paragraphs = (pick: (l: string) => string, bold = false) =>
    doc.languages.map(
      (l, i) => new Paragraph({ children: [new TextRun({ text: pick(l), bold, italics: i > 0, language: lang(l) })] }),
    );
  const cell = (children: Docx.Paragraph[], width: number) =>
    new TableCell({
      children: children.length > 0 ? children : [new Paragraph('')],
      width: { size: width, type: WidthType.DXA },
    });
  const columns = scaleColumns(grid);
  // Landscape A4 body: about 15,000 twips wide.
  const indicatorWidth = 6200;
  const ratingWidth = 620;
  const evidenceWidth = 15000 - indicatorWidth - ratingWidth * columns.length;
  const headerCell = (value: string, width: number) => cell([new Paragraph({ children: [text(value, true)] })], width);

  const children: (Docx.Paragraph | Docx.Table)[] = [];
  children.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [text(gridLabel(grid, (l) => l.title) + (grid.title ? ` – ${grid.title}` : ''))],
    }),
  );
  const field = (label: string, value: string) => {
    const [term = '', rest = ''] = labelledField(grid, '\u0000', value || '______________________________').split(
      '\u0000',
    );
    return new Paragraph({ children: [text(`${term}${label}`, true), text(rest)] });
  };
  children.push(
    field(
      gridLabel(grid, (l) => l.candidate),
      grid.candidate,
    ),
  );
  children.push(
    field(
      gridLabel(grid, (l) => l.assessor),
      '',
    ),
  );
  children.push(
    field(
      gridLabel(grid, (l) => l.date),
      '',
    ),
  );
  for (const l of doc.languages)
    children.push(
      new Paragraph({ children: [new TextRun({ text: scaleLegend(grid, l), size: 18, language: lang(l) })] }),
    );

  for (const c of doc.competencies) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: doc.languages.map(
          (l, i) => new TextRun({ text: (i > 0 ? ' / ' : '') + competencyHeading(grid, c, l), language: lang(l) }),
        ),
      }),
    );
    const header = new TableRow({
      tableHeader: true,
      children: [
        headerCell(
          gridLabel(grid, (l) => l.indicator),
          indicatorWidth,
        ),
        ...columns.map((col) => headerCell(col.code, ratingWidth)),
        headerCell(
          gridLabel(grid, (l) => l.evidence),
          evidenceWidth,
        ),
      ],
    });
    const rows = c.dimensions.flatMap((d) =>
      d.indicators.map(
        (i) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(
                paragraphs((l) => i.text[l] ?? ''),
                indicatorWidth,
              ),
              ...columns.map(() => cell([], ratingWidth)),
              cell([], evidenceWidth),
            ],
          }),
      ),
    );
    children.push(
      new Table({
        width: { size: 15000, type: WidthType.DXA },
        columnWidths: [indicatorWidth, ...columns.map(() => ratingWidth), evidenceWidth],
        rows: [header, ...rows],
      }),
    );
  }

  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(gridLabel(grid, (l) => l.summary))] }),
  );
  const summaryWidths = [6200, 2800, 6000];
  children.push(
    new Table({
      width: { size: 15000, type: WidthType.DXA },
      columnWidths: summaryWidths,
      rows: [
        new TableRow({
          tableHeader: true,
          children: [
            headerCell(
              gridLabel(grid, (l) => l.summaryCompetency),
              summaryWidths[0]!,
            ),
            headerCell(
              gridLabel(grid, (l) => l.summaryRating),
              summaryWidths[1]!,
            ),
            headerCell(
              gridLabel(grid, (l) => l.summaryRemarks),
              summaryWidths[2]!,
            ),
          ],
        }),
        ...doc.competencies.map(
          (c) =>
            new TableRow({
              children: [
                cell(
                  paragraphs((l) => competencyHeading(grid, c, l)),
                  summaryWidths[0]!,
                ),
                cell([], summaryWidths[1]!),
                cell([], summaryWidths[2]!),
              ],
            }),
        ),
        new TableRow({
          children: [
            headerCell(
              gridLabel(grid, (l) => l.total),
              summaryWidths[0]!,
            ),
            cell([], summaryWidths[1]!),
            cell([], summaryWidths[2]!),
          ],
        }),
      ],
    }),
  );
  children.push(
    new Paragraph({
      spacing: { before: 360 },
      children: [
        text(
          gridLabel(grid, (l) => l.conclusion),
          true,
        ),
      ],
    }),
  );
  for (let i = 0; i < 4; i += 1) children.push(new Paragraph(''));
  children.push(
    field(
      gridLabel(grid, (l) => l.signature),
      '',
    ),
  );
  for (const [i, line] of doc.source.entries()) {
    children.push(
      new Paragraph({
        spacing: i === 0 ? { before: 480 } : undefined,
        children: [new TextRun({ text: line.text, italics: true, size: 18, language: lang(line.locale) })],
      }),
    );
  }
  return new Document({
    title: gridTitle(grid),
    creator: doc.exported?.siteName,
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
}

const gridTitle = (grid: Grid) => gridLabel(grid, (l) => l.title) + (grid.title ? ` – ${grid.title}` : '');

export function gridDocxCore(grid: Grid): CoreProperties {
  const { doc } = grid;
  return {
    title: gridTitle(grid),
    creator: doc.exported?.siteName ?? '',
    language: doc.languages.map((l) => doc.labels[l]?.htmlLang ?? l).join(', '),
    date: doc.exported?.date ?? new Date(),
  };
}
