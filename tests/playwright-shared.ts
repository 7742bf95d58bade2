import { devices, type PlaywrightTestConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser';

/** What both Playwright configurations (the preview server's and nginx's) share. */
export const SUITE_DEFAULTS = {
  fullyParallel: true,
  forbidOnly: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
} satisfies PlaywrightTestConfig;

/** A desktop Chrome on the Chromium the tests drive (tests/browser.ts). */
export function desktopChromium() {
  return {
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  };
}
