import { spawnSync } from 'node:child_process';

/** Runs one of the editors' commands (src/content-tools/*-cli.ts) as `npm run` does, with tsx, without a terminal. */
export function runCli(script: string, args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', `src/content-tools/${script}`, ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
