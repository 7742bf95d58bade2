import type { DocArea, DocCompetency, DocDimension, ProfileDocument } from '../document';
import { labelledTemplate, templateParts } from '../document';

/**
 * HTML for the clipboard (pastes as headings, bold labels and bullet lists in Word, LibreOffice
 * and Google Docs) and for the preview and print view. Every text is escaped. Several languages
 * are set side by side: a table with one column per language, one row per block.
 */
type Labels = Pick<ProfileDocument, 'labels'>;

export interface HtmlOptions {
  /** The heading level of the title (sections one lower, competencies two). */
  headingLevel?: number;
  /** Inline table borders, for word processors that ignore the page's CSS (the clipboard). */
  inlineStyles?: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const heading = (level: number, inner: string) => {
  const n = Math.min(6, Math.max(1, level));
  return `<h${n}>${inner}</h${n}>`;
};

const labelled = (doc: Labels, locale: string, term: string, text: string) =>
  text
    ? templateParts(labelledTemplate(doc, locale), { term, text })
        .map((part) => (part.slot === 'term' ? `<strong>${escapeHtml(part.text)}</strong>` : escapeHtml(part.text)))
        .join('')
    : `<strong>${escapeHtml(term)}</strong>`;

const list = (items: string[]) =>
  items.length > 0 ? `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : '';

export function dimensionHtml(doc: Labels, dimension: DocDimension, locale: string): string {
  const head = `<p>${labelled(doc, locale, dimension.heading[locale] ?? '', dimension.description[locale] ?? '')}</p>`;
  return head + list(dimension.indicators.map((i) => i.text[locale] ?? ''));
}

function competencyHead(doc: Labels, competency: DocCompetency, locale: string, level: number): string {
  return (
    heading(level, escapeHtml(competency.heading[locale] ?? '')) +
    `<p>${labelled(doc, locale, doc.labels[locale]?.definition ?? '', competency.definition[locale] ?? '')}</p>`
  );
}

export function competencyHtml(doc: Labels, competency: DocCompetency, locale: string, level = 2): string {
  return [
    competencyHead(doc, competency, locale, level),
    ...competency.dimensions.map((d) => dimensionHtml(doc, d, locale)),
  ].join('\n');
}

const areaHtml = (doc: Labels, area: DocArea, locale: string) =>
  labelled(doc, locale, area.role[locale] ?? '', area.description[locale] ?? '');

const CELL_STYLE = ' style="border:1px solid #808080;padding:4pt 6pt;vertical-align:top;text-align:left"';
const TABLE_STYLE = ' style="border-collapse:collapse;width:100%"';

function sideBySide(doc: ProfileDocument, rows: ((locale: string) => string)[], options: HtmlOptions): string {
  const cell = options.inlineStyles ? CELL_STYLE : '';
  const lang = (locale: string) => escapeHtml(doc.labels[locale]?.htmlLang ?? locale);
  const head = doc.languages
    .map((l) => `<th scope="col" lang="${lang(l)}"${cell}>${escapeHtml(doc.labels[l]?.nativeName ?? l)}</th>`)
    .join('');
  const body = rows
    .map((row) => `<tr>${doc.languages.map((l) => `<td lang="${lang(l)}"${cell}>${row(l)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table${options.inlineStyles ? TABLE_STYLE : ''}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

export function profileToHtml(doc: ProfileDocument, options: HtmlOptions = {}): string {
  const top = options.headingLevel ?? 1;
  const [only] = doc.languages;
  const several = doc.languages.length > 1;
  const blocks: string[] = [];
  if (doc.title) blocks.push(heading(top, escapeHtml(doc.title)));
  const sectionHeading = (pick: (locale: string) => string) =>
    several
      ? heading(
          top + 1,
          doc.languages
            .map((l) => `<span lang="${escapeHtml(doc.labels[l]?.htmlLang ?? l)}">${escapeHtml(pick(l))}</span>`)
            .join(' / '),
        )
      : heading(top + 1, escapeHtml(pick(only ?? '')));

  if (doc.areas.length > 0) {
    blocks.push(sectionHeading((l) => doc.labels[l]?.resultAreas ?? ''));
    blocks.push(
      several
        ? sideBySide(
            doc,
            doc.areas.map((area) => (l: string) => `<p>${areaHtml(doc, area, l)}</p>`),
            options,
          )
        : `<ul>${doc.areas.map((area) => `<li>${areaHtml(doc, area, only ?? '')}</li>`).join('')}</ul>`,
    );
  }
  if (doc.competencies.length > 0) {
    blocks.push(sectionHeading((l) => doc.labels[l]?.competencies ?? ''));
    if (several) {
      const rows = doc.competencies.flatMap((c) => [
        (l: string) => competencyHead(doc, c, l, top + 2),
        ...c.dimensions.map((d) => (l: string) => dimensionHtml(doc, d, l)),
      ]);
      blocks.push(sideBySide(doc, rows, options));
    } else {
      for (const c of doc.competencies) blocks.push(competencyHtml(doc, c, only ?? '', top + 2));
    }
  }
  if (doc.source.length > 0) {
    const lang = (locale: string) => escapeHtml(doc.labels[locale]?.htmlLang ?? locale);
    const lines = doc.source.map(
      (line) => `<p lang="${lang(line.locale)}"><small>${escapeHtml(line.text)}</small></p>`,
    );
    blocks.push(`<footer class="profile-source">\n${lines.join('\n')}\n</footer>`);
  }
  const body = blocks.join('\n');
  return several ? body : `<div lang="${escapeHtml(doc.labels[only ?? '']?.htmlLang ?? only ?? '')}">\n${body}\n</div>`;
}
