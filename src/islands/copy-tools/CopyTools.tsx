import { useEffect, useRef, useState } from 'preact/hooks';
import { cellAnchor } from '../../lib/anchors';
import { copyToClipboard } from '../../lib/profile/clipboard';
import { STORAGE_KEY } from '../../lib/profile/codec';
import type { CompetencyEntry, OutputLabels } from '../../lib/profile/data';
import { competencyBlock, fill } from '../../lib/profile/document';
import { competencyHtml, dimensionHtml } from '../../lib/profile/format/html';
import { competencyText, dimensionText } from '../../lib/profile/format/text';
import { emptyProfile, withCompetency, withoutCompetency } from '../../lib/profile/state';
import { loadProfile, saveProfile } from '../../lib/profile/storage';
import CopyFallback from './CopyFallback';
import './CopyTools.css';
import type { BuilderStrings } from '../../i18n/types';

/** The builder strings the copy tools show (the dictionary's `builder` section says what each is). */
export type CopyToolsStrings = Pick<
  BuilderStrings,
  'copied' | 'copiedPlain' | 'copyFallback' | 'copyFallbackLabel' | 'close' | 'added' | 'levelChanged' | 'removed' | 'storedUnreadableOnPage' | 'storageUnavailable'
>;

interface Props {
  locale: string;
  /** Every locale, the source first (for the fallback of a missing text). */
  locales: string[];
  /** The competencies on this page, in this page's language. */
  competencies: CompetencyEntry[];
  labels: Record<string, OutputLabels>;
  strings: CopyToolsStrings;
}

/**
 * Makes the copy buttons and "add to profile" toggles rendered on a competency or level page
 * work (they are hidden until then). One island per page; the buttons carry language-neutral
 * ids in data attributes, the texts come from the props.
 */
export default function CopyTools({ locale, locales, competencies, labels, strings }: Props) {
  const [message, setMessage] = useState({ text: '', count: 0 });
  const [fallback, setFallback] = useState<{ text: string; returnTo: HTMLElement } | null>(null);
  const props = useRef({ locale, locales, competencies, labels, strings });

  const timer = useRef<ReturnType<typeof setTimeout>>();
  const say = (text: string) => {
    setMessage((m) => ({ text, count: m.count + 1 }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage((m) => ({ ...m, text: '' })), 8000);
  };

  useEffect(() => {
    const p = props.current;
    const entryOf = (key: string) => p.competencies.find((c) => c.key === key);
    const nameOf = (entry: CompetencyEntry, level: string) => entry.levels[level]?.[p.locale]?.name ?? entry.name[p.locale] ?? entry.key;

    const refreshToggles = () => {
      const stored = loadProfile();
      const chosen = stored.kind === 'ok' ? stored.state.competencies : [];
      document.querySelectorAll<HTMLButtonElement>('button[data-profile-add]').forEach((button) => {
        const pressed = chosen.some((c) => c.key === button.dataset.competency && c.level === button.dataset.level);
        button.setAttribute('aria-pressed', String(pressed));
      });
    };

    const copy = async (button: HTMLButtonElement) => {
      const { copy: kind, competency = '', level = '', dimension, position } = button.dataset;
      const entry = entryOf(competency);
      if (!entry?.levels[level]) return;
      const block = competencyBlock(entry, { key: competency, level }, [p.locale], p.locales, p.labels);
      const doc = { labels: p.labels };
      let plain = '';
      let html: string | undefined;
      if (kind === 'competency') {
        plain = competencyText(doc, block, p.locale);
        html = competencyHtml(doc, block, p.locale, 2);
      } else {
        const cell = block.dimensions.find((d) => d.code === cellAnchor(level, dimension ?? '', competency));
        if (!cell) return;
        if (kind === 'dimension') {
          plain = dimensionText(doc, cell, p.locale);
          html = dimensionHtml(doc, cell, p.locale);
        } else {
          plain = cell.indicators[Number(position) - 1]?.text[p.locale] ?? '';
        }
      }
      const outcome = await copyToClipboard(plain, html);
      if (outcome === 'manual') {
        setFallback({ text: plain, returnTo: button });
        return;
      }
      document.querySelectorAll('[data-copied]').forEach((b) => b.removeAttribute('data-copied'));
      button.setAttribute('data-copied', '');
      say(outcome === 'copied' ? p.strings.copied : p.strings.copiedPlain);
    };

    const toggle = (button: HTMLButtonElement) => {
      const { competency = '', level = '' } = button.dataset;
      const entry = entryOf(competency);
      if (!entry) return;
      const stored = loadProfile();
      if (stored.kind === 'unavailable') return say(p.strings.storageUnavailable);
      if (stored.kind === 'corrupt') return say(p.strings.storedUnreadableOnPage);
      const state = stored.kind === 'ok' ? stored.state : emptyProfile([p.locale]);
      const present = state.competencies.find((c) => c.key === competency);
      const name = nameOf(entry, level);
      let next = state;
      let text: string;
      if (present?.level === level) {
        next = withoutCompetency(state, competency);
        text = fill(p.strings.removed, { name });
      } else {
        next = withCompetency(state, competency, level);
        text = fill(present ? p.strings.levelChanged : p.strings.added, { name, level });
      }
      if (!saveProfile(next)) return say(p.strings.storageUnavailable);
      refreshToggles();
      say(text);
    };

    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (!target) return;
      if (target.dataset.copy) void copy(target);
      else if (target.hasAttribute('data-profile-add')) toggle(target);
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY || event.key === null) refreshToggles();
    };

    document.querySelectorAll<HTMLElement>('[data-profile-tools]').forEach((element) => {
      element.hidden = false;
    });
    refreshToggles();
    document.addEventListener('click', onClick);
    addEventListener('storage', onStorage);
    return () => {
      document.removeEventListener('click', onClick);
      removeEventListener('storage', onStorage);
    };
  }, []);

  const closeFallback = () => {
    fallback?.returnTo.focus();
    setFallback(null);
  };

  return (
    <div class="copy-tools" data-pagefind-ignore>
      <div class="copy-tools-message" aria-live="polite" aria-atomic="true">
        {message.text && <span key={message.count}>{message.text}</span>}
      </div>
      {fallback && (
        <CopyFallback
          text={fallback.text}
          message={strings.copyFallback}
          label={strings.copyFallbackLabel}
          closeLabel={strings.close}
          onClose={closeFallback}
        />
      )}
    </div>
  );
}
