import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/browser';
import { startPreview } from './bench/preview';

/**
 * What the screenshot scripts share: the built site (DIST_DIR, default dist/) served by
 * `astro preview` on PREVIEW_PORT (or the script's own default port), the test browser, and both
 * stopped when `shoot` is done or fails. `site` is the site's root URL with a trailing slash.
 */
export async function withSiteAndBrowser(
  defaultPort: number,
  shoot: (site: string, browser: Browser) => Promise<void>,
): Promise<void> {
  const port = Number(process.env.PREVIEW_PORT ?? defaultPort);
  const preview = await startPreview(process.env.DIST_DIR ?? 'dist', port);
  try {
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    try {
      await shoot(preview.site, browser);
    } finally {
      await browser.close();
    }
  } finally {
    await preview.stop();
  }
}
