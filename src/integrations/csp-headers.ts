import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderHeadersFile } from '../lib/serving/headers-file.ts';
import { placeMetaPolicyFirst } from '../lib/serving/meta-first.ts';
import { readSite } from '../lib/serving/read-site.ts';
import { keepUsedHashes } from '../lib/serving/used-hashes.ts';

/**
 * After the build: narrows each page's Content-Security-Policy `<meta>` to the hashes of that page's
 * own inline scripts and styles (Astro lists the whole site's in every page) and puts it first in
 * its `<head>` (Astro writes it after the page's own head elements, where it would not cover what
 * comes before), then
 * writes `_headers` (read by Netlify, Cloudflare Pages and others) from the site's serving policy
 * (src/lib/serving/policy.ts): security headers on every path, each page's CSP (its meta policy
 * plus what only a header can say), the cache policy of every file. `npm run nginx:config` renders
 * the nginx configuration from the same policy.
 */
export default function cspHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'csp-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const page of readSite(root, base).pages) {
          const file = join(root, page.file);
          const html = await readFile(file, 'utf8');
          const placed = placeMetaPolicyFirst(keepUsedHashes(html));
          if (placed !== html) await writeFile(file, placed);
        }
        // Read again: the headers repeat each page's policy as it now is.
        const site = readSite(root, base);
        await writeFile(join(root, '_headers'), renderHeadersFile(site));
        logger.info(
          `wrote _headers: ${site.pages.length} pages with their CSP, ${site.files.length} files with their cache policy`,
        );
      },
    },
  };
}
