import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INSTALL_HINT, findNginx } from '../../scripts/serve/nginx-install';
import { startNginx } from '../../scripts/serve/nginx-server';
import { parseRedirects } from '../../src/lib/serving/redirects';
import { BASE_PATH, DIST_DIR } from '../e2e/built-site';

export const FIXTURE_REDIRECTS = 'tests/fixtures/serving/_redirects';

/**
 * Starts nginx for the suite and passes its address to the tests (NGINX_SITE). Without nginx:
 * in CI (CI=true) the run fails with how to install it; elsewhere the suite is skipped, saying so.
 */
export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  if (!existsSync(join(DIST_DIR, 'index.html')))
    throw new Error(`No built site in ${DIST_DIR}/: run npm run build first (the nginx tests serve the build).`);
  const nginx = findNginx();
  if (!nginx) {
    const message = `nginx is not installed, so the production-server tests (tests/nginx/) cannot run. ${INSTALL_HINT}`;
    if (process.env.CI === 'true' || process.env.CI === '1') throw new Error(message);
    console.warn(`\n*** SKIPPED: ${message}\n`);
    process.env.NGINX_MISSING = message;
    return undefined;
  }
  const server = await startNginx({
    nginx,
    distDir: DIST_DIR,
    base: BASE_PATH,
    port: Number(process.env.NGINX_PORT ?? 4331),
    fallbackRedirects: parseRedirects(readFileSync(FIXTURE_REDIRECTS, 'utf8'), FIXTURE_REDIRECTS),
  });
  process.env.NGINX_SITE = server.site;
  process.env.NGINX_BROTLI = server.brotli ? '1' : '';
  process.env.NGINX_REDIRECTS = JSON.stringify(server.redirects);
  if (!server.brotli)
    console.warn(`\n*** nginx runs without ngx_brotli's static module: .br files are not served. ${INSTALL_HINT}\n`);
  return server.stop;
}
