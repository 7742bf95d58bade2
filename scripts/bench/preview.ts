import { spawn } from 'node:child_process';

/**
 * Serves the built site with `astro preview` on 127.0.0.1 only, for the measurements in the
 * browser; `stop()` ends it. (The preview server compresses text responses with gzip, as a
 * production server would.)
 */
export interface Preview {
  origin: string;
  stop: () => Promise<void>;
}

export async function startPreview(distDir: string, port: number): Promise<Preview> {
  const origin = `http://127.0.0.1:${port}`;
  if (await answers(origin)) throw new Error(`Something already answers on ${origin}: stop it or set PREVIEW_PORT to a free port.`);
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, DIST_DIR: distDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
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
    if (await answers(origin)) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${origin} within a minute: ${errors.trim()}`);
}

const answers = (origin: string): Promise<boolean> =>
  fetch(`${origin}/`).then(
    (response) => response.ok,
    () => false, // not listening (yet)
  );
