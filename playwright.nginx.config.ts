import { defineConfig } from '@playwright/test';
import { desktopChromium, SUITE_DEFAULTS } from './tests/playwright-shared';

/**
 * The built site (`dist/`, or DIST_DIR) served by a real nginx with the configuration
 * `npm run nginx:config` writes: tests/nginx/global-setup.ts starts it on 127.0.0.1:$NGINX_PORT
 * (default 4331), as the current user, everything it writes in a temporary folder.
 */
export default defineConfig({
  ...SUITE_DEFAULTS,
  testDir: 'tests/nginx',
  globalSetup: './tests/nginx/global-setup.ts',
  use: { trace: 'off', ...desktopChromium() },
});
