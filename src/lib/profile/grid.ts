import type { ExportLabels, GridLabels } from './data';
import type { DocCompetency, ProfileDocument } from './document';
import { fill } from './fill';
import { escapeHtml } from './format/html';
import { xmlSafe } from './xml-safe';

/**
 * The assessment grid of a selection interview, made from a profile: per chosen competency at its
 * level, each chosen behavioural indicator as a row, a rating scale (1–4 and "not observed"),
 * room for what was observed, then a summary per competency, a total and a conclusion. It uses
 * the indicators themselves: no interview question is made up. In one language or several (each
 * label and indicator then in every language, one under the other).
 */
export interface Grid {
  /** The profile's title. */
  title: string;
  /** Optional; written in the grid only. */
  candidate: string;
  doc: ProfileDocument;
  labels: Record<string, GridLabels>;
}

export const MAX_CANDIDATE_LENGTH = 120;

export function makeGrid(doc: ProfileDocument, labels: Record<string, ExportLabels | undefined>, candidate = ''): Grid {
  const own = Object.fromEntries(doc.languages.flatMap((l) => (labels[l] ? [[l, labels[l].grid]] : [])));
  return {
    title: doc.title,
    candidate: xmlSafe(candidate.replace(/\s+/g, ' ').trim().slice(0, MAX_CANDIDATE_LENGTH)),
    doc,
    labels: own,
  };
}

/** `{term}: {text}` with the punctuation of the grid's first language (`Candidat(e) : …`). */
export function labelledField(grid: Grid, term: string, text: string): string {
  return fill(grid.doc.labels[grid.doc.languages[0] ?? '']?.labelled ?? '{term}: {text}', { term, text });
}

/** A label in every language of the grid, joined (`Kandidaat / Candidat(e)`); one language: itself. */
export function gridLabel(grid: Grid, pick: (labels: GridLabels) => string): string {
  return [...new Set(grid.doc.languages.map((l) => (grid.labels[l] ? pick(grid.labels[l]) : '')).filter(Boolean))].join(
    ' / ',
  );
}

/** The scale's columns: 1–4 then "not observed", each with its meaning per language. */
export function scaleColumns(grid: Grid): { code: string; label: string }[] {
  const first = grid.labels[grid.doc.languages[0] ?? ''];
  if (!first) return [];
  const points = [...first.scale.map((_, i) => i), -1];
  return points.map((i) => ({
    code: gridLabel(grid, (l) => (i === -1 ? l.notObserved.code : (l.scale[i]?.code ?? ''))),
    label: gridLabel(grid, (l) => (i === -1 ? l.notObserved.label : (l.scale[i]?.label ?? ''))),
  }));
}

/** The scale explained, per language: `1 = niet aangetoond · 2 = … · n.w. = niet waargenomen`. */
export function scaleLegend(grid: Grid, locale: string): string {
  const l = grid.labels[locale];
  if (!l) return '';
  const text = [...l.scale, l.notObserved].map((p) => `${p.code} = ${p.label}`).join(' · ');
  return fill(grid.doc.labels[locale]?.labelled ?? '{term}: {text}', { term: l.scaleTitle, text });
}

export function competencyHeading(grid: Grid, c: DocCompetency, locale: string): string {
  return fill(grid.labels[locale]?.competency ?? '{name} ({level})', { name: c.name[locale] ?? '', level: c.level });
}

/** The grid as HTML, for the printable page (the styles come from the page). */
export function gridToHtml(grid: Grid, headingLevel = 2): string {
  const { doc } = grid;
  const h = (n: number, inner: string) => `<h${Math.min(6, n)}>${inner}</h${Math.min(6, n)}>`;
  const lang = (l: string) => escapeHtml(doc.labels[l]?.htmlLang ?? l);
  const perLanguage = (text: (l: string) => string) =>
    doc.languages
      .map((l) => `<span lang="${lang(l)}">${escapeHtml(text(l))}</span>`)
      .join(doc.languages.length > 1 ? '<br>' : '');
  const columns = scaleColumns(grid);
  const field = (label: string, value: string) =>
    `<div class="grid-field"><span class="grid-field-label">${escapeHtml(label)}</span> <span class="grid-field-value">${escapeHtml(value)}</span></div>`;

  const parts: string[] = [];
  parts.push(h(headingLevel, escapeHtml(gridLabel(grid, (l) => l.title) + (grid.title ? ` – ${grid.title}` : ''))));
  parts.push(
    `<div class="grid-fields">${field(
      gridLabel(grid, (l) => l.candidate),
      grid.candidate,
    )}` +
      `${field(
        gridLabel(grid, (l) => l.assessor),
        '',
      )}${field(
        gridLabel(grid, (l) => l.date),
        '',
      )}</div>`,
  );
  parts.push(
    `<p class="grid-legend">${doc.languages.map((l) => `<span lang="${lang(l)}">${escapeHtml(scaleLegend(grid, l))}</span>`).join('<br>')}</p>`,
  );
  for (const c of doc.competencies) {
    parts.push(
      h(
        headingLevel + 1,
        perLanguage((l) => competencyHeading(grid, c, l)),
      ),
    );
    const head =
      `<tr><th scope="col" class="grid-indicator">${escapeHtml(gridLabel(grid, (l) => l.indicator))}</th>` +
      columns
        .map(
          (col) =>
            `<th scope="col" class="grid-rating" title="${escapeHtml(col.label)}"><abbr title="${escapeHtml(col.label)}">${escapeHtml(col.code)}</abbr></th>`,
        )
        .join('') +
      `<th scope="col" class="grid-evidence">${escapeHtml(gridLabel(grid, (l) => l.evidence))}</th></tr>`;
    const rows = c.dimensions.flatMap((d) =>
      d.indicators.map(
        (i) =>
          `<tr data-indicator="${escapeHtml(i.code)}"><td>${perLanguage((l) => i.text[l] ?? '')}</td>` +
          columns.map(() => '<td class="grid-rating"></td>').join('') +
          '<td class="grid-evidence"></td></tr>',
      ),
    );
    parts.push(`<table class="grid-table"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`);
  }
  parts.push(h(headingLevel + 1, escapeHtml(gridLabel(grid, (l) => l.summary))));
  const summaryRows = doc.competencies.map(
    (c) => `<tr><td>${perLanguage((l) => competencyHeading(grid, c, l))}</td><td></td><td></td></tr>`,
  );
  parts.push(
    `<table class="grid-table grid-summary"><thead><tr><th scope="col">${escapeHtml(gridLabel(grid, (l) => l.summaryCompetency))}</th>` +
      `<th scope="col">${escapeHtml(gridLabel(grid, (l) => l.summaryRating))}</th><th scope="col">${escapeHtml(gridLabel(grid, (l) => l.summaryRemarks))}</th></tr></thead>` +
      `<tbody>${summaryRows.join('')}<tr class="grid-total"><th scope="row">${escapeHtml(gridLabel(grid, (l) => l.total))}</th><td></td><td></td></tr></tbody></table>`,
  );
  parts.push(
    `<div class="grid-conclusion"><p><strong>${escapeHtml(gridLabel(grid, (l) => l.conclusion))}</strong></p></div>`,
  );
  parts.push(
    `<div class="grid-fields">${field(
      gridLabel(grid, (l) => l.signature),
      '',
    )}</div>`,
  );
  if (doc.source.length > 0) {
    parts.push(
      `<footer class="profile-source">${doc.source.map((s) => `<p lang="${lang(s.locale)}"><small>${escapeHtml(s.text)}</small></p>`).join('')}</footer>`,
    );
  }
  return parts.join('\n');
}
