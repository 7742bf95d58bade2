import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetVersion } from './dataset';

/**
 * The version of the published data: the date of the last change to the content and the commit
 * the site is built from. From git when the site is built from a clone; `SOURCE_COMMIT` and
 * `CONTENT_DATE` (environment) when a build system knows them; otherwise the newest modification
 * time of the content files, and no commit (a build from an archive says so instead of guessing).
 */
export function contentVersion(
  contentDir = 'content',
  env: Record<string, string | undefined> = process.env,
): DatasetVersion {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
    } catch {
      return null;
    }
  };
  const commit = env.SOURCE_COMMIT || git('rev-parse', 'HEAD');
  const contentDate =
    env.CONTENT_DATE || git('log', '-1', '--format=%cI', '--', contentDir) || newestModification(contentDir);
  return { commit, contentDate };
}

function newestModification(dir: string): string | null {
  let newest = 0;
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const child = join(path, name);
      const stat = statSync(child);
      if (stat.isDirectory()) walk(child);
      else newest = Math.max(newest, stat.mtimeMs);
    }
  };
  try {
    walk(dir);
  } catch {
    return null;
  }
  return newest > 0 ? new Date(newest).toISOString() : null;
}
