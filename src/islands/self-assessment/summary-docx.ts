import type * as Docx from 'docx';
import { fill } from '../../lib/profile/document';
import { formatAverage, formatDate, ratingLabel, type AssessmentLabels } from './labels';
import { MAX_SCORE, type Assessment } from './model';
import { developmentPoints, differences, strengths, summarise, type Located, type Tally } from './summary';
import type { CompetencyView } from './view';

/**
 * The summary as a Word document (.docx), with the `docx` library passed in (loaded only when the
 * user asks for it): the assessment's name and dates, the figures per competency and dimension,
 * strengths, development points with their actions, the partner's differing views, and every
 * rating with its note. Every run is marked with the page's language.
 */
type DocxModule = typeof Docx;

export function tallyText(t: Tally, labels: AssessmentLabels, partner: boolean): string {
  const { strings, htmlLang } = labels;
  const parts = [fill(strings.ratedOf, { rated: String(t.rated), total: String(t.total) })];
  if (t.average !== null)
    parts.push(fill(strings.averageOf, { average: formatAverage(t.average, htmlLang), max: String(MAX_SCORE) }));
  if (t.notApplicable > 0) parts.push(fill(strings.notApplicableCount, { count: String(t.notApplicable) }));
  if (partner && t.partnerAverage !== null) {
    parts.push(
      `${strings.columnPartner}: ${fill(strings.averageOf, { average: formatAverage(t.partnerAverage, htmlLang), max: String(MAX_SCORE) })}`,
    );
  }
  return parts.join(' · ');
}

export function assessmentToDocx(
  assessment: Assessment,
  view: readonly CompetencyView[],
  labels: AssessmentLabels,
  docx: DocxModule,
): Docx.Document {
  const { Document, HeadingLevel, Paragraph, TextRun } = docx;
  const { strings, htmlLang } = labels;
  const language = { value: htmlLang };
  const run = (text: string, bold = false) => new TextRun({ text, bold, language });
  const para = (text: string) => new Paragraph({ children: [run(text)] });
  const heading = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string) =>
    new Paragraph({ heading: level, children: [run(text)] });
  const bullet = (text: string, level = 0) => new Paragraph({ bullet: { level }, children: [run(text)] });
  const rating = (r: Parameters<typeof ratingLabel>[1] | undefined) =>
    r ? ratingLabel(strings, r) : strings.notRatedYet;
  const competencyTitle = (c: { name: string; level: string }) =>
    fill(strings.competencyAtLevel, { name: c.name, level: c.level });
  const where = (l: Located) => `${l.indicator.text} (${l.competency.name}, ${l.dimension.key}. ${l.dimension.name})`;

  const children: Docx.Paragraph[] = [
    heading(HeadingLevel.TITLE, assessment.name || strings.title),
    para(
      fill(strings.docDates, {
        created: formatDate(assessment.created, htmlLang),
        updated: formatDate(assessment.updated, htmlLang),
      }),
    ),
    para(strings.docPrivacy),
    heading(HeadingLevel.HEADING_1, strings.summaryTitle),
  ];
  for (const c of summarise(view)) {
    children.push(heading(HeadingLevel.HEADING_2, competencyTitle(c)), para(tallyText(c, labels, assessment.partner)));
    for (const d of c.dimensions)
      children.push(bullet(`${d.key}. ${d.name}: ${tallyText(d, labels, assessment.partner)}`));
  }

  children.push(heading(HeadingLevel.HEADING_1, strings.strengthsTitle));
  const strong = strengths(view);
  if (strong.length === 0) children.push(para(strings.strengthsEmpty));
  for (const l of strong) children.push(bullet(where(l)));

  children.push(heading(HeadingLevel.HEADING_1, strings.developmentTitle));
  const points = developmentPoints(view);
  if (points.length === 0) children.push(para(strings.developmentEmpty));
  for (const l of points) {
    children.push(bullet(`${where(l)}: ${rating(l.indicator.answer.self)}`));
    if (l.indicator.answer.action)
      children.push(bullet(fill(strings.docAction, { action: l.indicator.answer.action }), 1));
  }

  if (assessment.partner) {
    const differing = differences(view);
    if (differing.length > 0) {
      children.push(heading(HeadingLevel.HEADING_1, strings.differencesTitle));
      for (const l of differing) {
        children.push(
          bullet(
            `${where(l)}: ${fill(strings.differenceLine, { self: rating(l.indicator.answer.self), partner: rating(l.indicator.answer.partner) })}`,
          ),
        );
      }
    }
  }

  children.push(heading(HeadingLevel.HEADING_1, strings.docRatingsTitle));
  for (const c of view) {
    children.push(heading(HeadingLevel.HEADING_2, competencyTitle(c)));
    for (const d of c.dimensions) {
      children.push(heading(HeadingLevel.HEADING_3, `${d.key}. ${d.name}`));
      for (const i of d.indicators) {
        children.push(bullet(i.text));
        children.push(bullet(fill(strings.selfRating, { rating: rating(i.answer.self) }), 1));
        if (assessment.partner)
          children.push(bullet(fill(strings.partnerRating, { rating: rating(i.answer.partner) }), 1));
        if (i.answer.note) children.push(bullet(fill(strings.docNote, { note: i.answer.note }), 1));
      }
    }
  }
  return new Document({ title: assessment.name || strings.title, sections: [{ children }] });
}
