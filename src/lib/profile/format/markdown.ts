import type { DocCompetency, DocDimension, ProfileDocument } from '../document';
import { labelledTemplate, templateParts } from '../document';

/**
 * Markdown (CommonMark): headings, bold labels, "-" lists. Every text, the user's title first,
 * is escaped so that it reads as text and never as markup. Several languages follow each other,
 * each under a heading with its name (the other headings one level lower).
 */
type Labels = Pick<ProfileDocument, 'labels'>;

/** Escapes the characters that Markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

const labelled = (doc: Labels, locale: string, term: string, text: string) =>
  text
    ? templateParts(labelledTemplate(doc, locale), { term, text })
        .map((part) => (part.slot === 'term' ? `**${escapeMarkdown(part.text)}**` : escapeMarkdown(part.text)))
        .join('')
    : `**${escapeMarkdown(term)}**`;

export function dimensionMarkdown(doc: Labels, dimension: DocDimension, locale: string): string {
  const head = labelled(doc, locale, dimension.heading[locale] ?? '', dimension.description[locale] ?? '');
  const list = dimension.indicators.map((indicator) => `- ${escapeMarkdown(indicator.text[locale] ?? '')}`).join('\n');
  return list ? `${head}\n\n${list}` : head;
}

export function competencyMarkdown(doc: Labels, competency: DocCompetency, locale: string, depth = 3): string {
  return [
    `${'#'.repeat(depth)} ${escapeMarkdown(competency.heading[locale] ?? '')}`,
    labelled(doc, locale, doc.labels[locale]?.definition ?? '', competency.definition[locale] ?? ''),
    ...competency.dimensions.map((dimension) => dimensionMarkdown(doc, dimension, locale)),
  ].join('\n\n');
}

export function profileToMarkdown(doc: ProfileDocument): string {
  const several = doc.languages.length > 1;
  const depth = several ? 3 : 2;
  const blocks: string[] = [];
  if (doc.title) blocks.push(`# ${escapeMarkdown(doc.title)}`);
  for (const locale of doc.languages) {
    const labels = doc.labels[locale];
    if (several) blocks.push(`## ${escapeMarkdown(labels?.nativeName ?? locale)}`);
    if (doc.areas.length > 0) {
      blocks.push(`${'#'.repeat(depth)} ${escapeMarkdown(labels?.resultAreas ?? '')}`);
      blocks.push(
        doc.areas
          .map((area) => `- ${labelled(doc, locale, area.role[locale] ?? '', area.description[locale] ?? '')}`)
          .join('\n'),
      );
    }
    if (doc.competencies.length > 0) {
      blocks.push(`${'#'.repeat(depth)} ${escapeMarkdown(labels?.competencies ?? '')}`);
      for (const competency of doc.competencies) blocks.push(competencyMarkdown(doc, competency, locale, depth + 1));
    }
  }
  if (doc.source.length > 0) blocks.push('---', ...doc.source.map((line) => `*${escapeMarkdown(line.text)}*`));
  return `${blocks.join('\n\n')}\n`;
}
