import type { Page } from '@playwright/test';

/** What the clipboard holds, per type (text/plain, text/html), read back in the page. */
export async function readClipboard(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const result: Record<string, string> = {};
    try {
      const [item] = await navigator.clipboard.read();
      if (!item) return result;
      for (const type of item.types) result[type] = await (await item.getType(type)).text();
    } catch (error) {
      // A copy still being written (Chromium says InvalidStateError, or DataError "Clipboard data has
      // changed" when the write lands during the read): the caller polls until the content is there.
      if (!(error instanceof DOMException && ['InvalidStateError', 'DataError'].includes(error.name))) throw error;
    }
    return result;
  });
}

/** The copy buttons' and the builder's confirmation (a polite live region). */
export const confirmation = (page: Page) => page.locator('.copy-tools-message, [data-builder-status]');

export const STORAGE_KEY = 'competentiewoordenboek.profile';
/** Set-aside copies: one key each, with the time they were set aside. */
export const KEPT_PREFIX = 'competentiewoordenboek.profile.kept.';

/** The values of every set-aside copy, oldest first. */
export const keptValues = (page: Page) =>
  page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(prefix))
        .sort()
        .map((k) => localStorage.getItem(k)),
    KEPT_PREFIX,
  );
