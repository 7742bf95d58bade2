import { useState } from 'preact/hooks';
import { copyToClipboard, downloadFile, type CopyOutcome } from '../../lib/profile/clipboard';
import type { ProfileDocument } from '../../lib/profile/document';
import { profileToCsv } from '../../lib/profile/format/csv';
import { profileToDocx } from '../../lib/profile/format/docx';
import { profileToHtml } from '../../lib/profile/format/html';
import { profileToMarkdown } from '../../lib/profile/format/markdown';
import { profileToText } from '../../lib/profile/format/text';
import { fill } from '../../lib/profile/document';
import { fileName } from '../../lib/profile/start';
import type { BuilderLabels } from './types';

interface Props {
  doc: ProfileDocument;
  labels: BuilderLabels;
  shareUrl: string;
  say: (text: string) => void;
  /** No Clipboard API: show the text for copying by hand, then return focus to `from`. */
  manual: (text: string, from: HTMLElement) => void;
}

/** The ways out: copy (plain, formatted, Markdown), download (.docx, CSV), print, share the link. */
export default function ExportPanel({ doc, labels, shareUrl, say, manual }: Props) {
  const { builder } = labels;
  const [busy, setBusy] = useState(false);
  const name = (extension: string) => fileName(doc.title, builder.fileName, extension);

  const report = (outcome: CopyOutcome, text: string, from: HTMLElement, done = builder.copied) => {
    if (outcome === 'manual') manual(text, from);
    else say(outcome === 'copied' ? done : builder.copiedPlain);
  };
  const copy = async (event: Event, plain: string, html?: string, done?: string) => {
    const from = event.currentTarget as HTMLElement;
    report(await copyToClipboard(plain, html), plain, from, done);
  };

  const docx = async () => {
    setBusy(true);
    say(builder.preparingDocx);
    try {
      const library = await import('docx');
      const blob = await library.Packer.toBlob(profileToDocx(doc, library));
      const file = name('docx');
      downloadFile(file, blob);
      say(fill(builder.downloaded, { file }));
    } catch {
      say(builder.docxFailed);
    } finally {
      setBusy(false);
    }
  };

  const csv = () => {
    const file = name('csv');
    // The byte order mark makes spreadsheet programs read the file as UTF-8.
    downloadFile(file, new Blob(['\uFEFF', profileToCsv(doc)], { type: 'text/csv;charset=utf-8' }));
    say(fill(builder.downloaded, { file }));
  };

  return (
    <section class="builder-step export no-print" aria-labelledby="builder-output">
      <h2 id="builder-output">{builder.outputTitle}</h2>
      <div class="export-buttons">
        <button type="button" class="button" data-export="text" onClick={(e) => copy(e, profileToText(doc))}>{builder.copyText}</button>
        <button type="button" class="button" data-export="rich" onClick={(e) => copy(e, profileToText(doc), profileToHtml(doc, { inlineStyles: true }))}>{builder.copyRich}</button>
        <button type="button" class="button" data-export="markdown" onClick={(e) => copy(e, profileToMarkdown(doc))}>{builder.copyMarkdown}</button>
        <button type="button" class="button" data-export="docx" aria-disabled={busy ? 'true' : undefined} onClick={() => { if (!busy) void docx(); }}>{builder.downloadDocx}</button>
        <button type="button" class="button" data-export="csv" onClick={csv}>{builder.downloadCsv}</button>
        <button type="button" class="button" data-export="print" onClick={() => print()}>{builder.print}</button>
      </div>
      <div class="share">
        <label for="profile-share">{builder.shareLabel}</label>
        <p id="profile-share-hint" class="hint">{builder.shareHint}</p>
        <div class="share-row">
          <input id="profile-share" type="url" readOnly value={shareUrl} aria-describedby="profile-share-hint" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" class="button" data-export="link" onClick={(e) => copy(e, shareUrl, undefined, builder.linkCopied)}>{builder.copyLink}</button>
        </div>
      </div>
    </section>
  );
}
