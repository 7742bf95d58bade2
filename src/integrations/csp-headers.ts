import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and others) with each page's
 * Content-Security-Policy as an HTTP header — the same policy as the page's <meta> tag, plus
 * what only a header can say (frame-ancestors).
 */
export default function cspHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'csp-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const rules: string[] = [];
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
          if (!policy) continue;
          const path = relative(root, file).split(sep).join('/');
          const url = `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`;
          rules.push(`${url}\n  Content-Security-Policy: ${policy.replace(/&#39;/g, "'").trim()} frame-ancestors 'none';\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin`);
        }
        await writeFile(join(root, '_headers'), `${rules.join('\n')}\n`);
        logger.info(`wrote _headers for ${rules.length} pages`);
      },
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found;
}
