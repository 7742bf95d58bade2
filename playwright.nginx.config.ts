import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/browser';

/**
 * The built site (`dist/`, or DIST_DIR) served by a real nginx with the configuration
 * `npm run nginx:config` writes: tests/nginx/global-setup.ts starts it on 127.0.0.1:$NGINX_PORT
 * (default 4331), as the current user, everything it writes in a temporary folder.
 */
export default defineConfig({
  testDir: 'tests/nginx',
  globalSetup: './tests/nginx/global-setup.ts',
  fullyParallel: true,
  forbidOnly: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
});
