import { spawn } from 'node:child_process';

/**
 * Serves the built site with `astro preview` on 127.0.0.1 only, for the measurements in the
 * browser; `stop()` ends it. (The preview server compresses text responses with gzip, as a
 * production server would.)
 */
export interface Preview {
  /** The site's root URL, with the base path (BASE_PATH) and a trailing slash. */
  site: string;
  stop: () => Promise<void>;
}

export async function startPreview(distDir: string, port: number): Promise<Preview> {
  const site = `http://127.0.0.1:${port}${(process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/')}`;
  if (await answers(`http://127.0.0.1:${port}/`))
    throw new Error(`Something already answers on port ${port}: stop it or set PREVIEW_PORT to a free port.`);
  const server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      env: { ...process.env, DIST_DIR: distDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  server.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once('exit', () => resolve());
      server.kill();
    });
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error(`astro preview stopped (exit ${server.exitCode}): ${errors.trim()}`);
    if (await answers(site)) return { site, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${site} within a minute: ${errors.trim()}`);
}

/** Whether a server answers on `url` (any status: a 404 at the root of a sub-path site is an answer too). */
const answers = (url: string): Promise<boolean> =>
  fetch(url).then(
    () => true,
    () => false, // not listening (yet)
  );
