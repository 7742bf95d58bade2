import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressedCopies, isCompressible } from '../../src/lib/serving/compress';
import { renderHeadersFile } from '../../src/lib/serving/headers-file';
import { placeMetaPolicyFirst } from '../../src/lib/serving/meta-first';
import { inlineHashes, keepUsedHashes } from '../../src/lib/serving/used-hashes';
import { renderNginxMain, renderNginxServer, quote } from '../../src/lib/serving/nginx';
import {
  CACHE_CONTROL,
  cacheClassOf,
  headerPolicy,
  metaPolicyOf,
  normaliseBase,
  pageUrl,
  type SiteManifest,
} from '../../src/lib/serving/policy';
import { parseRedirects } from '../../src/lib/serving/redirects';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none';";
const manifest = (base = '/'): SiteManifest => ({
  base,
  files: [
    '404.html',
    '_astro/app.Ab12.js',
    '_headers',
    'favicon.svg',
    'nl/404/index.html',
    'nl/index.html',
    'nl/index.html.br',
    'pagefind/fragment/nl-be_1a.pf_fragment',
    'pagefind/pagefind.js',
    'pagefind/pagefind.nl-be_5322241271d7f.pf_meta',
    'profile-data/nl.json',
  ],
  pages: ['404.html', 'nl/404/index.html', 'nl/index.html'].map((file) => ({ file, policy: POLICY })),
  notFound: [
    { folder: '', file: '404.html' },
    { folder: 'nl/', file: 'nl/404/index.html' },
  ],
  redirects: [{ from: '/nl/oud/', to: '/nl/nieuw/', status: 301 }],
});

describe('serving policy', () => {
  it('caches hashed files for a year and revalidates the rest', () => {
    expect(cacheClassOf('_astro/client.DJ3B0nG9.js')).toBe('immutable');
    expect(cacheClassOf('pagefind/index/nl-be_c832182.pf_index')).toBe('immutable');
    expect(cacheClassOf('pagefind/fragment/fr-be_10f415e.pf_fragment')).toBe('immutable');
    expect(cacheClassOf('pagefind/pagefind.fr-be_b21d36cfafc12.pf_meta')).toBe('immutable');
    for (const file of [
      'nl/index.html',
      'profile-data/nl.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.nl-be.pagefind',
      'favicon.svg',
    ]) {
      expect(cacheClassOf(file), file).toBe('revalidate');
    }
  });

  it('reads the meta policy, decoded, and makes the header from it', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;;"></head>`;
    expect(metaPolicyOf(html)).toBe("default-src 'self'; script-src 'self';");
    expect(headerPolicy("default-src 'self'; script-src 'self';")).toBe(
      "default-src 'self'; script-src 'self'; frame-ancestors 'none';",
    );
    expect(metaPolicyOf('<head><title>x</title></head>')).toBeUndefined();
  });

  it('normalises base paths and page URLs', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('competenties')).toBe('/competenties/');
    expect(pageUrl('/competenties/', 'nl/index.html')).toBe('/competenties/nl/');
    expect(pageUrl('/', 'index.html')).toBe('/');
    expect(pageUrl('/', '404.html')).toBe('/404.html');
  });
});

describe('CSP meta first in <head>', () => {
  const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
  it('moves it right after <meta charset>, before any script or style', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><script type="module">x()</script>${meta}<style>a{}</style></head><body></body></html>`;
    const placed = placeMetaPolicyFirst(html);
    expect(placed).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8">${meta}<title>t</title><script type="module">x()</script><style>a{}</style></head><body></body></html>`,
    );
    expect(placeMetaPolicyFirst(placed)).toBe(placed);
  });
  it('leaves a page without a policy alone', () => {
    expect(placeMetaPolicyFirst('<html><head><title>t</title></head></html>')).toBe(
      '<html><head><title>t</title></head></html>',
    );
  });
});

describe('_redirects', () => {
  it('reads from, to and status, skipping comments and blank lines', () => {
    expect(
      parseRedirects(
        '# old slugs\n\n/fr/competences/s-auto-developper/ /fr/competences/s-autodevelopper/ 301\n/nl/a/ /nl/b/\n/nl/c/ /nl/d/ 302!\n',
      ),
    ).toEqual([
      { from: '/fr/competences/s-auto-developper/', to: '/fr/competences/s-autodevelopper/', status: 301 },
      { from: '/nl/a/', to: '/nl/b/', status: 301 },
      { from: '/nl/c/', to: '/nl/d/', status: 302 },
    ]);
  });
  it('refuses what it cannot turn into an exact redirect, naming the line and the fix', () => {
    expect(() => parseRedirects('/nl/a/ /nl/b/ 301\n/nl/*  /nl/:splat 301', 'dist/_redirects')).toThrow(
      /dist\/_redirects, line 2 .*write each old address out in full/,
    );
    expect(() => parseRedirects('/nl/a/ /nl/b/ 200')).toThrow(/line 1 .*status "200" is not a redirect/);
    expect(() => parseRedirects('/nl/a/')).toThrow(/expected "from to \[status\]"/);
    expect(() => parseRedirects('/nl/a/ https://example.org/ 301')).toThrow(/not a plain site path/);
  });
});

describe('_headers', () => {
  const text = renderHeadersFile(manifest('/competenties/'));
  const rules = text.split('\n').filter((l) => l.startsWith('/'));
  it('gives every path the security headers and immutable folders a year of cache', () => {
    expect(text).toContain('/competenties/*\n  Strict-Transport-Security: max-age=31536000\n');
    expect(text).toContain('Permissions-Policy: ');
    expect(text).toContain('Cross-Origin-Opener-Policy: same-origin');
    expect(text).toContain(`/competenties/_astro/*\n  Cache-Control: ${CACHE_CONTROL.immutable}`);
    expect(text).toContain(
      `/competenties/pagefind/pagefind.nl-be_5322241271d7f.pf_meta\n  Cache-Control: ${CACHE_CONTROL.immutable}`,
    );
  });
  it('gives each page its CSP and revalidation, each other file its cache policy, once', () => {
    expect(text).toContain(
      `/competenties/nl/\n  Content-Security-Policy: ${POLICY}\n  Cache-Control: ${CACHE_CONTROL.revalidate}`,
    );
    expect(text).toContain(`/competenties/profile-data/*\n  Cache-Control: ${CACHE_CONTROL.revalidate}`); // a folder of data: one rule
    expect(text).toContain(`/competenties/pagefind/pagefind.js\n  Cache-Control: ${CACHE_CONTROL.revalidate}`);
    expect(rules).not.toContain('/competenties/_astro/app.Ab12.js'); // covered by its folder
    expect(rules).not.toContain('/competenties/nl/index.html.br');
    expect(rules).not.toContain('/competenties/_headers');
    expect(new Set(rules).size).toBe(rules.length);
  });
  it('gives a folder of revalidated files without pages one rule, and keeps mixed folders per file', () => {
    const site = manifest('/competenties/');
    site.files.push('data/a.csv', 'data/b.json', 'data/b.json.gz', 'nl/data.json');
    const grouped = renderHeadersFile(site);
    const groupedRules = grouped.split('\n').filter((l) => l.startsWith('/'));
    expect(grouped).toContain(`/competenties/data/*\n  Cache-Control: ${CACHE_CONTROL.revalidate}`);
    expect(groupedRules.filter((r) => r.startsWith('/competenties/data/'))).toEqual(['/competenties/data/*']);
    // nl/ holds pages, pagefind/ holds hashed files: their other files keep a rule each.
    expect(groupedRules).toContain('/competenties/nl/data.json');
    expect(groupedRules).toContain('/competenties/pagefind/pagefind.js');
    expect(groupedRules).not.toContain('/competenties/nl/*');
    expect(groupedRules).not.toContain('/competenties/pagefind/*');
  });
});

describe('nginx configuration', () => {
  const server = renderNginxServer(manifest('/competenties/'), { listen: '8080', root: '/srv/www', brotli: true });
  it('serves precompressed files and the language 404 pages under the base path', () => {
    expect(server).toContain('gzip_static on;');
    expect(server).toContain('brotli_static on;');
    expect(server).toContain('error_page 404 "/competenties/404.html";');
    expect(server).toMatch(
      /location "\/competenties\/nl\/" \{[^}]*error_page 404 "\/competenties\/nl\/404\/index.html";/,
    );
    expect(server).toMatch(
      /location = "\/competenties\/nl\/index.html" \{\n\s*add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none';" always;/,
    );
    expect(server).toMatch(
      new RegExp(`location \\^~ "/competenties/_astro/" \\{[^}]*Cache-Control "${CACHE_CONTROL.immutable}"`),
    );
    expect(renderNginxServer(manifest(), { listen: '80', root: '/x', brotli: false })).toContain('# brotli_static on;');
  });
  it('redirects earlier addresses with and without the trailing slash', () => {
    for (const from of ['/competenties/nl/oud/', '/competenties/nl/oud', '/competenties/nl/oud/index.html']) {
      expect(server).toMatch(new RegExp(`location = "${from}" \\{[^}]*return 301 "/competenties/nl/nieuw/";`));
    }
  });
  it('lets a redirect take the place of a page left at the old address, and writes each location once', () => {
    const site = manifest();
    site.files.push('nl/oud/index.html');
    site.pages.push({ file: 'nl/oud/index.html', policy: POLICY });
    site.redirects.push({ from: '/nl/oud/', to: '/nl/elders/', status: 301 }); // a second rule for the same address: the first wins
    const text = renderNginxServer(site, { listen: '80', root: '/x', brotli: false });
    const locations = [...text.matchAll(/location (= |\^~ )?"?([^" {]+)"? \{/g)].map((m) => `${m[1] ?? ''}${m[2]}`);
    expect(new Set(locations).size).toBe(locations.length);
    expect(text).toMatch(/location = "\/nl\/oud\/index.html" \{[^}]*return 301 "\/nl\/nieuw\/";/);
  });

  it('repeats every header in every location (add_header does not inherit)', () => {
    const locations = server.split(/\n {4}location /).slice(1);
    for (const location of locations.filter((l) => !l.includes('return 404'))) {
      expect(location).toContain('Strict-Transport-Security');
      expect(location).toContain('Cache-Control');
    }
  });
  it('refuses values that would change the configuration', () => {
    expect(quote("default-src 'self';")).toBe(`"default-src 'self';"`);
    expect(() => quote('a"b')).toThrow(/quote/);
    expect(() => quote('$uri')).toThrow(/"\$"/);
  });
  it.runIf(existsSync('/usr/sbin/nginx'))('is accepted by nginx -t', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'nginx-conf-'));
    const conf = join(prefix, 'nginx.conf');
    writeFileSync(
      conf,
      renderNginxMain(manifest('/competenties/'), {
        listen: '127.0.0.1:4479',
        root: prefix,
        brotli: false,
        prefix,
        mimeTypes: '/etc/nginx/mime.types',
      }),
    );
    try {
      expect(() =>
        execFileSync('/usr/sbin/nginx', ['-t', '-q', '-p', prefix, '-c', conf], { stdio: 'pipe' }),
      ).not.toThrow();
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});

describe('precompression', () => {
  it('compresses text files and WebAssembly, not images or Pagefind’s own compressed files', () => {
    for (const name of ['a.html', 'a.css', 'a.js', 'a.json', 'a.svg', 'a.wasm'])
      expect(isCompressible(name), name).toBe(true);
    for (const name of ['a.png', 'a.pf_fragment', 'wasm.nl-be.pagefind', 'a.html.br', 'a.html.gz'])
      expect(isCompressible(name), name).toBe(false);
  });
  it('writes brotli and gzip copies that decompress to the original', async () => {
    const body = Buffer.from('<p>competentie</p>'.repeat(200));
    const { br, gz } = await compressedCopies(body);
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
    expect(gunzipSync(gz).equals(body)).toBe(true);
    expect(br.length).toBeLessThan(gz.length);
  });
});

describe('CSP meta narrowed to the page’s own inline scripts and styles', () => {
  const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
  const script = 'console.log(1)';
  const style = 'a{color:red}';
  const page = (policy: string, body: string) =>
    `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}">${body}</head>`;
  const policy = `script-src 'self' 'sha256-${hash(script)}' 'sha256-${hash('other()')}'; style-src 'self' 'sha256-${hash(style)}' 'sha256-${hash('b{}')}';`;

  it('keeps the hashes of the inline elements present, drops the others', () => {
    const html = page(policy, `<script>${script}</script><style>${style}</style><script src="/x.js"></script>`);
    expect(metaPolicyOf(keepUsedHashes(html))).toBe(
      `script-src 'self' 'sha256-${hash(script)}'; style-src 'self' 'sha256-${hash(style)}';`,
    );
  });

  it('counts an external script as nothing, and leaves a page without a policy alone', () => {
    expect(inlineHashes(`<script type="module" src="/a.js"></script><style>${style}</style>`)).toEqual(
      new Set([hash(style)]),
    );
    const plain = `<head><script>${script}</script></head>`;
    expect(keepUsedHashes(plain)).toBe(plain);
  });
});
