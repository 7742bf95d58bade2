/**
 * What the copy tools do once asked: build the text of a competency, a dimension or an indicator
 * at a level with the profile builder's formats (src/lib/profile/format/) and put it on the
 * clipboard; keep a competency at a level in the job profile; put a copy button beside every
 * dimension and indicator in copy mode. Loaded on the first use (or when a profile is already kept
 * in this browser), so a first visit does not download it.
 */
import { cellAnchor } from '../../lib/anchors';
import { copyToClipboard, type CopyOutcome } from '../../lib/profile/clipboard';
import type { CompetencyEntry } from '../../lib/profile/data';
import { competencyBlock, fill } from '../../lib/profile/document';
import { competencyHtml, dimensionHtml } from '../../lib/profile/format/html';
import { competencyText, dimensionText } from '../../lib/profile/format/text';
import { emptyProfile, withCompetency, withoutCompetency } from '../../lib/profile/state';
import { loadProfile, saveProfile } from '../../lib/profile/storage';
import { type CopyRequest, type CopyToolsConfig, expandCompetency, fillTemplate, parseCellKey } from './config';

/** The indicator texts of a cell, as the page shows them. */
function indicatorsOnPage(cell: string): string[] {
  const element = document.querySelector(`[data-copy-cell="${CSS.escape(cell)}"]`);
  return element ? [...element.querySelectorAll('li')].map((item) => item.textContent?.trim() ?? '') : [];
}

/** The page's competencies with their level wordings and the indicators the page shows. */
const pageEntries = (config: CopyToolsConfig): CompetencyEntry[] =>
  config.competencies.map((c) => expandCompetency(c, config.locale, indicatorsOnPage));

/** The text of a request, plain and (for a competency or a dimension) as HTML. */
export function textOf(
  config: CopyToolsConfig,
  entries: CompetencyEntry[],
  request: CopyRequest,
): { plain: string; html?: string } | null {
  const { locale, locales, labels } = config;
  const { kind, competency, level, dimension = '', position = 0 } = request;
  const entry = entries.find((c) => c.key === competency);
  if (!entry?.levels[level]) return null;
  const block = competencyBlock(entry, { key: competency, level }, [locale], locales, labels);
  const doc = { labels };
  if (kind === 'competency')
    return { plain: competencyText(doc, block, locale), html: competencyHtml(doc, block, locale, 2) };
  const cell = block.dimensions.find((d) => d.code === cellAnchor(level, dimension, competency));
  if (!cell) return null;
  if (kind === 'dimension') return { plain: dimensionText(doc, cell, locale), html: dimensionHtml(doc, cell, locale) };
  const text = cell.indicators[position - 1]?.text[locale];
  return text === undefined ? null : { plain: text };
}

export async function copyRequest(
  config: CopyToolsConfig,
  request: CopyRequest,
): Promise<{ outcome: CopyOutcome; plain: string } | null> {
  const text = textOf(config, pageEntries(config), request);
  if (!text) return null;
  return { outcome: await copyToClipboard(text.plain, text.html), plain: text.plain };
}

/** The competency-level pairs kept in the profile (none when nothing is kept or it cannot be read). */
export function keptLevels(): { key: string; level: string }[] {
  const stored = loadProfile();
  return stored.kind === 'ok' ? stored.state.competencies.map(({ key, level }) => ({ key, level })) : [];
}

/** Puts a competency at a level in the profile, moves it to that level, or takes it out; says which. */
export function toggleInProfile(config: CopyToolsConfig, competency: string, level: string): string | null {
  const { locale, strings } = config;
  const entry = pageEntries(config).find((c) => c.key === competency);
  if (!entry) return null;
  const stored = loadProfile();
  if (stored.kind === 'unavailable') return strings.storageUnavailable;
  if (stored.kind === 'corrupt') return strings.storedUnreadableOnPage;
  const state = stored.kind === 'ok' ? stored.state : emptyProfile([locale]);
  const present = state.competencies.find((c) => c.key === competency);
  const name = entry.levels[level]?.[locale]?.name ?? entry.name[locale] ?? entry.key;
  const removing = present?.level === level;
  const next = removing ? withoutCompetency(state, competency) : withCompetency(state, competency, level);
  if (!saveProfile(next)) return strings.storageUnavailable;
  if (removing) return fill(strings.removed, { name });
  return fill(present ? strings.levelChanged : strings.added, { name, level });
}

/** Where the Clipboard API is missing or refuses: the text selected in a field, to copy by hand. */
export function showFallback(config: CopyToolsConfig, text: string, returnTo: HTMLElement): void {
  const { strings } = config;
  document.querySelector('.copy-fallback')?.remove();
  const box = document.createElement('div');
  box.className = 'copy-fallback';
  const id = `copy-fallback-${Date.now()}`;
  const note = document.createElement('p');
  note.id = `${id}-message`;
  note.className = 'copy-fallback-message';
  note.textContent = strings.copyFallback;
  const label = document.createElement('label');
  label.htmlFor = `${id}-text`;
  label.textContent = strings.copyFallbackLabel;
  const field = document.createElement('textarea');
  field.id = `${id}-text`;
  field.readOnly = true;
  field.rows = 8;
  field.value = text;
  field.setAttribute('aria-describedby', note.id);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = strings.close;
  const dismiss = () => {
    box.remove();
    returnTo.focus();
  };
  close.addEventListener('click', dismiss);
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });
  box.append(note, label, field, close);
  document.querySelector('[data-copy-tools]')?.append(box);
  field.focus();
  field.select();
}

/** A copy button for a dimension or an indicator (made only in copy mode). */
function copyButton(data: Record<string, string>, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.dataset.copyAdded = '';
  Object.assign(button.dataset, data);
  button.setAttribute('aria-label', label);
  button.title = label;
  return button;
}

/** Copy mode on: a copy button beside every dimension heading and every indicator; off: none. */
export function setCopyMode(config: CopyToolsConfig, on: boolean): void {
  const { strings } = config;
  document.querySelectorAll('[data-copy-added]').forEach((b) => b.remove());
  document
    .querySelectorAll<HTMLButtonElement>('button[data-copy-mode]')
    .forEach((b) => b.setAttribute('aria-pressed', String(on)));
  if (!on) return;
  document.querySelectorAll<HTMLElement>('[data-copy-cell]').forEach((cell) => {
    const { competency, level, dimension } = parseCellKey(cell.dataset.copyCell ?? '');
    const base = { competency, level, dimension };
    cell
      .querySelector('[data-copy-head]')
      ?.append(copyButton({ ...base, copy: 'dimension' }, fillTemplate(strings.copyDimension, { dimension, level })));
    cell.querySelectorAll('li').forEach((item, index) => {
      const position = String(index + 1);
      item.append(
        copyButton(
          { ...base, copy: 'indicator', position },
          fillTemplate(strings.copyIndicator, { position, dimension, level }),
        ),
      );
    });
  });
}
