import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { headerPolicy, metaPolicyOf, normaliseBase, type SiteManifest, type SitePage } from './policy.ts';
import { parseRedirects } from './redirects.ts';

/**
 * Reads a built site (`dist/`) into what the server configurations need: its files, each page's
 * policy (from its CSP `<meta>`), the 404 page of each folder that has one, and the redirects of
 * `_redirects` when the build wrote one (none otherwise).
 */
export function readSite(distDir: string, base: string): SiteManifest {
  const files = listFiles(distDir);
  const pages: SitePage[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const meta = metaPolicyOf(readFileSync(join(distDir, file), 'utf8'));
    if (meta !== undefined) pages.push({ file, policy: headerPolicy(meta) });
  }
  const notFound = files
    .filter((f) => f === '404.html' || /^[^/]+\/404\/index\.html$/.test(f))
    .map((file) => ({ folder: file === '404.html' ? '' : file.replace(/404\/index\.html$/, ''), file }));
  const redirectsFile = join(distDir, '_redirects');
  const redirects = existsSync(redirectsFile) ? parseRedirects(readFileSync(redirectsFile, 'utf8'), redirectsFile) : [];
  return { base: normaliseBase(base), files, pages, notFound, redirects };
}

function listFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}
