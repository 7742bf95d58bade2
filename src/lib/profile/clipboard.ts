/**
 * Writing to the clipboard: rich (HTML and plain text) where the browser can, plain text where it
 * can only do that, and `manual` where there is no Clipboard API (or it refused): the caller then
 * selects the text for the user to copy.
 */
export type CopyOutcome = 'copied' | 'copied-plain' | 'manual';

export async function copyToClipboard(plain: string, html?: string): Promise<CopyOutcome> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard) return 'manual';
  try {
    if (html !== undefined && typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([plain], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return 'copied';
    }
    if (typeof clipboard.writeText !== 'function') return 'manual';
    await clipboard.writeText(plain);
    return html === undefined ? 'copied' : 'copied-plain';
  } catch {
    return 'manual';
  }
}

/** Offers a file for download (a blob built in the browser). */
export function downloadFile(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
