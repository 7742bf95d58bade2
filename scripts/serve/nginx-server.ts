import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { renderNginxMain } from '../../src/lib/serving/nginx';
import type { Redirect } from '../../src/lib/serving/policy';
import { readSite } from '../../src/lib/serving/read-site';
import { MIME_TYPES, findBrotliModule } from './nginx-install';

export interface NginxServer {
  /** The site's root URL, base path included, with a trailing slash. */
  site: string;
  /** Whether nginx serves the .br files (ngx_brotli's static module was found and loaded). */
  brotli: boolean;
  /** The redirects nginx was configured with. */
  redirects: Redirect[];
  stop: () => Promise<void>;
}

export interface NginxStart {
  nginx: string;
  distDir: string;
  base: string;
  port: number;
  /** Redirects to use when the build has no `_redirects` (tests: a fixture). */
  fallbackRedirects?: Redirect[];
}

/**
 * Starts nginx in the foreground as the current user on 127.0.0.1:<port>, with the configuration
 * `npm run nginx:config -- --standalone` writes, everything under a fresh temporary folder (pid,
 * logs, temporary files; the site is linked into it at its base path). `stop()` ends it and
 * removes the folder.
 */
export async function startNginx(options: NginxStart): Promise<NginxServer> {
  const busy = await fetch(`http://127.0.0.1:${options.port}/`).then(
    () => true,
    () => false,
  );
  if (busy)
    throw new Error(`Something already answers on port ${options.port}: stop it or set NGINX_PORT to a free port.`);
  const prefix = mkdtempSync(join(tmpdir(), 'site-nginx-'));
  chmodSync(prefix, 0o755); // nginx's workers (nobody, when started as root) read the site through it
  const site = readSite(options.distDir, options.base);
  if (site.redirects.length === 0 && options.fallbackRedirects) site.redirects = options.fallbackRedirects;
  const root = join(prefix, 'www');
  const served = join(root, site.base);
  mkdirSync(dirname(served.replace(/\/$/, '')), { recursive: true });
  symlinkSync(resolve(options.distDir), served.replace(/\/$/, ''));
  const brotliModule = findBrotliModule();
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    renderNginxMain(site, {
      listen: `127.0.0.1:${options.port}`,
      root,
      brotli: brotliModule !== undefined,
      prefix,
      mimeTypes: MIME_TYPES,
      brotliModule,
    }),
  );

  const server = spawn(options.nginx, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  server.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const log = () => {
    try {
      return `${errors}${readFileSync(join(prefix, 'error.log'), 'utf8')}`.trim();
    } catch {
      return errors.trim();
    }
  };
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      await new Promise<void>((done) => {
        server.once('exit', () => done());
        server.kill('SIGQUIT'); // graceful: finishes the responses in progress
      });
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${options.port}${site.base}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) {
      const message = log();
      await stop();
      throw new Error(`nginx stopped (exit ${server.exitCode}): ${message}`);
    }
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return { site: url, brotli: brotliModule !== undefined, redirects: site.redirects, stop };
    await new Promise((done) => setTimeout(done, 100));
  }
  const message = log();
  await stop();
  throw new Error(`nginx did not answer on ${url} within 10 s: ${message}`);
}
