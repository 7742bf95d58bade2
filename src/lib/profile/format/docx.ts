import type * as Docx from 'docx';
import type { DocCompetency, DocDimension, ProfileDocument } from '../document';
import { labelledTemplate, templateParts } from '../document';
import type { CoreProperties } from './docx-core';

/**
 * A Word document (.docx) of the profile, with the `docx` library passed in (the builder loads
 * it only when the user asks for a .docx). Title, headings, bold labels, bullet lists, and every
 * run marked with its language for the spelling checker; several languages side by side in a
 * table. The library escapes the text it writes.
 */
type DocxModule = typeof Docx;
type Labels = Pick<ProfileDocument, 'labels'>;

export function profileToDocx(doc: ProfileDocument, docx: DocxModule): Docx.Document {
  const { Document, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx;
  const language = (locale: string) => ({ value: doc.labels[locale]?.htmlLang ?? locale });
  const run = (text: string, locale: string, bold = false) => new TextRun({ text, bold, language: language(locale) });

  const labelled = (labels: Labels, locale: string, term: string, text: string) =>
    new Paragraph({
      children: text
        ? templateParts(labelledTemplate(labels, locale), { term, text }).map((part) =>
            run(part.text, locale, part.slot === 'term'),
          )
        : [run(term, locale, true)],
    });
  const bullet = (text: string, locale: string) =>
    new Paragraph({ bullet: { level: 0 }, children: [run(text, locale)] });
  const heading = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string, locale?: string) =>
    new Paragraph({ heading: level, children: [locale ? run(text, locale) : new TextRun(text)] });

  const dimension = (d: DocDimension, locale: string) => [
    labelled(doc, locale, d.heading[locale] ?? '', d.description[locale] ?? ''),
    ...d.indicators.map((i) => bullet(i.text[locale] ?? '', locale)),
  ];
  const competencyHead = (c: DocCompetency, locale: string) => [
    heading(HeadingLevel.HEADING_2, c.heading[locale] ?? '', locale),
    labelled(doc, locale, doc.labels[locale]?.definition ?? '', c.definition[locale] ?? ''),
  ];

  const several = doc.languages.length > 1;
  const columnWidth = Math.floor(9000 / Math.max(1, doc.languages.length));
  const table = (rows: ((locale: string) => Docx.Paragraph[])[]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: doc.languages.map(() => columnWidth),
      rows: [
        new TableRow({
          tableHeader: true,
          children: doc.languages.map(
            (l) =>
              new TableCell({
                children: [new Paragraph({ children: [run(doc.labels[l]?.nativeName ?? l, l, true)] })],
              }),
          ),
        }),
        ...rows.map((row) => new TableRow({ children: doc.languages.map((l) => new TableCell({ children: row(l) })) })),
      ],
    });
  const sectionTitle = (pick: (locale: string) => string) => doc.languages.map(pick).join(' / ');

  const children: (Docx.Paragraph | Docx.Table)[] = [];
  if (doc.title) children.push(heading(HeadingLevel.TITLE, doc.title));
  const only = doc.languages[0] ?? '';
  if (doc.areas.length > 0) {
    children.push(
      heading(
        HeadingLevel.HEADING_1,
        sectionTitle((l) => doc.labels[l]?.resultAreas ?? ''),
        several ? undefined : only,
      ),
    );
    if (several)
      children.push(
        table(doc.areas.map((a) => (l: string) => [labelled(doc, l, a.role[l] ?? '', a.description[l] ?? '')])),
      );
    else {
      for (const a of doc.areas) {
        const parts = templateParts(labelledTemplate(doc, only), {
          term: a.role[only] ?? '',
          text: a.description[only] ?? '',
        });
        children.push(
          new Paragraph({
            bullet: { level: 0 },
            children: parts.map((part) => run(part.text, only, part.slot === 'term')),
          }),
        );
      }
    }
  }
  if (doc.competencies.length > 0) {
    children.push(
      heading(
        HeadingLevel.HEADING_1,
        sectionTitle((l) => doc.labels[l]?.competencies ?? ''),
        several ? undefined : only,
      ),
    );
    if (several) {
      children.push(
        table(
          doc.competencies.flatMap((c) => [
            (l: string) => competencyHead(c, l),
            ...c.dimensions.map((d) => (l: string) => dimension(d, l)),
          ]),
        ),
      );
    } else {
      for (const c of doc.competencies)
        children.push(...competencyHead(c, only), ...c.dimensions.flatMap((d) => dimension(d, only)));
    }
  }
  for (const [i, line] of doc.source.entries()) {
    children.push(
      new Paragraph({
        spacing: i === 0 ? { before: 480 } : undefined,
        children: [new TextRun({ text: line.text, italics: true, size: 18, language: language(line.locale) })],
      }),
    );
  }
  return new Document({
    title: documentTitle(doc),
    creator: doc.exported?.siteName,
    sections: [{ children }],
  });
}

const documentTitle = (doc: ProfileDocument) =>
  doc.title || doc.languages.map((l) => doc.labels[l]?.competencies ?? '').join(' / ');

/** The core properties of the profile's .docx: title, the site as creator, the languages, the date. */
export function profileDocxCore(doc: ProfileDocument): CoreProperties {
  return {
    title: documentTitle(doc),
    creator: doc.exported?.siteName ?? '',
    language: doc.languages.map((l) => doc.labels[l]?.htmlLang ?? l).join(', '),
    date: doc.exported?.date ?? new Date(),
  };
}
