import type { DocArea, DocCompetency, DocDimension, ProfileDocument } from '../document';
import { fill, labelledTemplate } from '../document';

/**
 * Plain text, for a recruitment system or an e-mail: headings on their own line, "•" bullets,
 * blocks separated by a blank line. Several languages follow each other, each under its name.
 */
type Labels = Pick<ProfileDocument, 'labels'>;
const BULLET = '• ';

const labelled = (doc: Labels, locale: string, term: string, text: string) =>
  text ? fill(labelledTemplate(doc, locale), { term, text }) : term;

export function dimensionText(doc: Labels, dimension: DocDimension, locale: string): string {
  return [
    labelled(doc, locale, dimension.heading[locale] ?? '', dimension.description[locale] ?? ''),
    ...dimension.indicators.map((indicator) => `${BULLET}${indicator.text[locale] ?? ''}`),
  ].join('\n');
}

export function competencyText(doc: Labels, competency: DocCompetency, locale: string): string {
  const head = [
    competency.heading[locale] ?? '',
    labelled(doc, locale, doc.labels[locale]?.definition ?? '', competency.definition[locale] ?? ''),
  ].join('\n');
  return [head, ...competency.dimensions.map((dimension) => dimensionText(doc, dimension, locale))].join('\n\n');
}

export function areaText(doc: Labels, area: DocArea, locale: string): string {
  return labelled(doc, locale, area.role[locale] ?? '', area.description[locale] ?? '');
}

function languageText(doc: ProfileDocument, locale: string): string {
  const labels = doc.labels[locale];
  const blocks: string[] = [];
  if (doc.areas.length > 0) {
    blocks.push(
      `${labels?.resultAreas ?? ''}\n\n${doc.areas.map((area) => `${BULLET}${areaText(doc, area, locale)}`).join('\n')}`,
    );
  }
  if (doc.competencies.length > 0) {
    blocks.push(
      [labels?.competencies ?? '', ...doc.competencies.map((c) => competencyText(doc, c, locale))].join('\n\n'),
    );
  }
  return blocks.join('\n\n');
}

export function profileToText(doc: ProfileDocument): string {
  const several = doc.languages.length > 1;
  const blocks: string[] = [];
  if (doc.title) blocks.push(doc.title);
  for (const locale of doc.languages) {
    const body = languageText(doc, locale);
    if (several) blocks.push(`— ${doc.labels[locale]?.nativeName ?? locale} —`);
    if (body) blocks.push(body);
  }
  if (doc.source.length > 0) blocks.push(['—', ...doc.source.map((line) => line.text)].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
