import { useState } from 'preact/hooks';
import { copyToClipboard, downloadFile, type CopyOutcome } from '../../lib/profile/clipboard';
import type { ProfileData } from '../../lib/profile/data';
import { fill } from '../../lib/profile/fill';
import { fileName } from '../../lib/profile/start';
import type { ProfileState } from '../../lib/profile/state';
import StatusMessage from './StatusMessage';
import type { Status } from './store';
import type { BuilderLabels } from './types';

interface Props {
  state: ProfileState;
  data: ProfileData;
  labels: BuilderLabels;
  /** The profile's absolute address on the site (the share link). */
  shareUrl: string;
  /** The assessment grid page for this profile. */
  gridUrl: string;
  status: Status;
  say: (text: string) => void;
  /** No Clipboard API: show the text for copying by hand, then return focus to `from`. */
  manual: (text: string, from: HTMLElement) => void;
}

type Exports = typeof import('./exports');

/**
 * The ways out. One primary action (copy for Word); the other copies as secondary buttons; the
 * files and print in one "download" disclosure; the share link. The export code is loaded on
 * first use; its messages appear here, next to the buttons.
 */
export default function ExportPanel({ state, data, labels, shareUrl, gridUrl, status, say, manual }: Props) {
  const { builder, output } = labels;
  const [busy, setBusy] = useState(false);
  const name = (extension: string) => fileName(state.title, builder.fileName, extension);
  const withDoc = async <T,>(use: (exports: Exports, doc: ReturnType<Exports['exportDocument']>) => T | Promise<T>) => {
    const exports = await import('./exports');
    return use(exports, exports.exportDocument(state, data, { url: shareUrl, date: new Date() }));
  };

  const report = (outcome: CopyOutcome, text: string, from: HTMLElement, done = builder.copied) => {
    if (outcome === 'manual') manual(text, from);
    else say(outcome === 'copied' ? done : builder.copiedPlain);
  };
  const copy = async (event: Event, kind: 'text' | 'rich' | 'markdown') => {
    const from = event.currentTarget as HTMLElement;
    const [plain, html] = await withDoc((x, doc) =>
      kind === 'markdown'
        ? [x.markdown(doc)]
        : kind === 'rich'
          ? [x.plainText(doc), x.richHtml(doc)]
          : [x.plainText(doc)],
    );
    report(await copyToClipboard(plain!, html), plain!, from);
  };
  const copyLink = async (event: Event) => {
    const from = event.currentTarget as HTMLElement;
    report(await copyToClipboard(shareUrl), shareUrl, from, builder.linkCopied);
  };
  const docx = async () => {
    setBusy(true);
    say(builder.preparingDocx);
    try {
      const blob = await withDoc((x, doc) => x.docxBlob(doc));
      const file = name('docx');
      downloadFile(file, blob);
      say(fill(builder.downloaded, { file }));
    } catch {
      say(builder.docxFailed);
    } finally {
      setBusy(false);
    }
  };
  const csv = async (separator: ';' | ',') => {
    const file = name('csv');
    downloadFile(file, await withDoc((x, doc) => x.csvBlob(doc, separator)));
    say(fill(builder.downloaded, { file }));
  };

  return (
    <section class="builder-card builder-export no-print" aria-labelledby="builder-output">
      <h2 id="builder-output">{builder.outputTitle}</h2>
      <div class="builder-actions">
        <button
          type="button"
          class="button button--primary builder-button-large"
          data-export="rich"
          onClick={(e) => copy(e, 'rich')}
        >
          {builder.copyRich}
        </button>
      </div>
      <StatusMessage status={status} at="export" />
      <details class="builder-menu">
        <summary>{output.downloadMenu}</summary>
        <div class="builder-menu-body">
          <button
            type="button"
            class="button"
            data-export="docx"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => {
              if (!busy) void docx();
            }}
          >
            {builder.downloadDocx}
          </button>
          <div class="builder-csv">
            <button type="button" class="button" data-export="csv" aria-describedby="csv-hint" onClick={() => csv(';')}>
              {output.csvSemicolon}
            </button>
            <button
              type="button"
              class="button"
              data-export="csv-comma"
              aria-describedby="csv-hint"
              onClick={() => csv(',')}
            >
              {output.csvComma}
            </button>
            <p id="csv-hint" class="builder-hint">
              {output.csvHint}
            </p>
          </div>
          <button type="button" class="button" data-export="print" onClick={() => print()}>
            {builder.print}
          </button>
          <a class="button" href={gridUrl}>
            {output.makeGrid}
          </a>
        </div>
      </details>
      <details class="builder-menu">
        <summary>{output.otherCopies}</summary>
        <div class="builder-menu-body">
          <button type="button" class="button" data-export="text" onClick={(e) => copy(e, 'text')}>
            {builder.copyText}
          </button>
          <button type="button" class="button" data-export="markdown" onClick={(e) => copy(e, 'markdown')}>
            {builder.copyMarkdown}
          </button>
        </div>
      </details>
      <div class="builder-share">
        <label for="profile-share">{builder.shareLabel}</label>
        <p id="profile-share-hint" class="builder-hint">
          {builder.shareHint}
        </p>
        <div class="builder-share-row">
          <input
            id="profile-share"
            type="url"
            readOnly
            value={shareUrl}
            aria-describedby="profile-share-hint"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" class="button" data-export="link" onClick={copyLink}>
            {builder.copyLink}
          </button>
        </div>
      </div>
    </section>
  );
}
