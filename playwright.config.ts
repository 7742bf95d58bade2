import { defineConfig } from '@playwright/test';
import { desktopChromium, SUITE_DEFAULTS } from './tests/playwright-shared';

/** Specs that use the system clipboard. */
const CLIPBOARD_SPECS = ['**/copy-buttons.spec.ts', '**/profile-builder.spec.ts'];

const PORT = Number(process.env.PREVIEW_PORT ?? 4329);
const BASE_PATH = process.env.BASE_PATH ?? '/';

/** End-to-end tests run against the built site (`dist/`), served by `astro preview`. */
export default defineConfig({
  ...SUITE_DEFAULTS,
  testDir: 'tests/e2e',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: CLIPBOARD_SPECS,
      use: desktopChromium(),
    },
    {
      // Copy tests read the system clipboard, which browsers running side by side share:
      // one worker, so no test overwrites another's clipboard.
      name: 'clipboard',
      testMatch: CLIPBOARD_SPECS,
      workers: 1,
      use: desktopChromium(),
    },
  ],
  webServer: {
    // --ignore-lock: a preview the user already runs (npm start) does not stop the tests.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
