import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { COMPRESSIBLE_EXTENSIONS } from '../../src/lib/serving/compress';
import {
  CACHE_CONTROL,
  SECURITY_HEADERS,
  headerPolicy,
  metaPolicyOf,
  type Redirect,
} from '../../src/lib/serving/policy';
import { INSTALL_HINT } from '../../scripts/serve/nginx-install';
import { DIST_DIR, LOCALES, builtPages } from '../e2e/built-site';
import { get } from './http';

/**
 * The built site as nginx serves it with the generated configuration: headers, cache policy,
 * precompressed responses, the 404 page of each language, redirects, and the site working in
 * Chromium under the real headers.
 */
test.skip(Boolean(process.env.NGINX_MISSING), process.env.NGINX_MISSING ?? '');

const site = process.env.NGINX_SITE ?? '';
const url = (path: string) => `${site}${path.replace(/^\//, '')}`;
const dist = (file: string) => readFileSync(join(DIST_DIR, file));
const filesIn = (folder: string) =>
  readdirSync(join(DIST_DIR, folder))
    .filter((name) => !/\.(br|gz)$/.test(name))
    .map((name) => `${folder}/${name}`);

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  for (const [name, value] of SECURITY_HEADERS) expect(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
}

test('every page is served with its CSP header: its <meta> policy plus frame-ancestors', async () => {
  for (const path of builtPages()) {
    const response = await get(url(path));
    expect(response.status, path).toBe(200);
    const meta = metaPolicyOf(response.body.toString('utf8'));
    expect(meta, `CSP <meta> of /${path}`).toBeDefined();
    const header = response.headers['content-security-policy'];
    expect(header, path).toBe(headerPolicy(meta!));
    expect(header!.replace(/ frame-ancestors 'none';$/, ''), path).toBe(`${meta!.replace(/;\s*$/, '')};`);
    expectSecurityHeaders(response.headers, path);
    expect(response.headers['cache-control'], path).toBe(CACHE_CONTROL.revalidate);
    expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
  }
});

test('hashed assets are immutable for a year; data and unhashed files are revalidated', async () => {
  const hashed = [
    ...filesIn('_astro'),
    ...filesIn('pagefind/fragment'),
    ...filesIn('pagefind/index'),
    ...filesIn('pagefind/filter'),
  ];
  const metaFiles = filesIn('pagefind').filter((f) => f.endsWith('.pf_meta'));
  expect(hashed.length).toBeGreaterThan(20);
  for (const file of [...hashed, ...metaFiles]) {
    const response = await get(url(file), {}, 'HEAD');
    expect(response.status, file).toBe(200);
    expect(response.headers['cache-control'], file).toBe(CACHE_CONTROL.immutable);
    expectSecurityHeaders(response.headers, file);
  }
  for (const file of [
    'profile-data/nl.json',
    'favicon.svg',
    'sitemap-index.xml',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
  ]) {
    const response = await get(url(file), {}, 'HEAD');
    expect(response.status, file).toBe(200);
    expect(response.headers['cache-control'], file).toBe(CACHE_CONTROL.revalidate);
  }
});

test('the host configuration files are not published', async () => {
  for (const file of ['_headers', '_redirects']) expect((await get(url(file))).status, file).toBe(404);
});

test('the build wrote .br and .gz beside every text file, each the same content', () => {
  const walk = (dir: string): string[] =>
    readdirSync(join(DIST_DIR, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  const text = walk('').filter((f) => COMPRESSIBLE_EXTENSIONS.includes(f.split('.').pop()!));
  expect(text.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(40);
  for (const file of text) {
    expect(brotliDecompressSync(dist(`${file}.br`)).equals(dist(file)), `${file}.br`).toBe(true);
    expect(gunzipSync(dist(`${file}.gz`)).equals(dist(file)), `${file}.gz`).toBe(true);
  }
});

test('a browser that accepts brotli gets the .br file; gzip gets .gz; others the file itself', async () => {
  test.skip(!process.env.NGINX_BROTLI && process.env.CI !== 'true', `nginx has no brotli module here. ${INSTALL_HINT}`);
  const samples = [
    builtPages().find((p) => p.startsWith('nl/'))!,
    filesIn('_astro').find((f) => f.endsWith('.css'))!,
    filesIn('_astro').find((f) => f.endsWith('.js'))!,
    'profile-data/nl.json',
  ];
  for (const path of samples) {
    const file = path.endsWith('/') ? `${path}index.html` : path;
    const br = await get(url(path), { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(br.status, path).toBe(200);
    expect(br.headers['content-encoding'], path).toBe('br');
    expect(br.headers.vary, path).toMatch(/Accept-Encoding/i);
    expect(br.body.equals(dist(`${file}.br`)), `${path}: the body is the .br file`).toBe(true);

    const gz = await get(url(path), { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding'], path).toBe('gzip');
    expect(gz.body.equals(dist(`${file}.gz`)), `${path}: the body is the .gz file`).toBe(true);

    const plain = await get(url(path));
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    expect(plain.body.equals(dist(file)), path).toBe(true);
  }
});

test('an unknown address under a language gets that language’s 404 page; elsewhere the bilingual one', async () => {
  for (const locale of LOCALES) {
    const page = `${locale}/404/index.html`;
    expect(existsSync(join(DIST_DIR, page)), page).toBe(true);
    const response = await get(url(`${locale}/does-not-exist/`));
    expect(response.status).toBe(404);
    expect(response.body.equals(dist(page)), `the body of /${locale}/does-not-exist/ is ${page}`).toBe(true);
    expect(response.headers['content-security-policy']).toBe(headerPolicy(metaPolicyOf(dist(page).toString('utf8'))!));
    expectSecurityHeaders(response.headers, `404 in ${locale}`);
  }
  const other = await get(url('does-not-exist/'));
  expect(other.status).toBe(404);
  expect(other.body.equals(dist('404.html'))).toBe(true);
  expect((await get(url('_astro/does-not-exist.js'))).status).toBe(404);
});

test('earlier addresses redirect to the current ones, with and without the trailing slash', async () => {
  const redirects = JSON.parse(process.env.NGINX_REDIRECTS ?? '[]') as Redirect[];
  expect(redirects.length, 'redirects from dist/_redirects or the fixture').toBeGreaterThan(0);
  for (const redirect of redirects) {
    const target = url(redirect.to);
    for (const from of [redirect.from, redirect.from.replace(/\/$/, '')]) {
      const response = await get(url(from));
      expect(response.status, from).toBe(redirect.status);
      expect(response.headers.location, from).toBe(new URL(target).pathname);
      expectSecurityHeaders(response.headers, from);
    }
    expect((await get(target)).status, redirect.to).toBe(200);
  }
  // A folder without its trailing slash gets it (relative Location: keeps the visitor's host and scheme).
  const folder = await get(url('nl'));
  expect(folder.status).toBe(301);
  expect(folder.headers.location).toBe(new URL(url('nl/')).pathname);
});

test('under the real headers the site works in Chromium: search, no CSP violation, no error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const path = builtPages().find((p) => /^fr\/competences\/[^/]+\/$/.test(p))!;
  const response = await page.goto(url(path));
  expect(response?.headers()['content-encoding']).toBe(process.env.NGINX_BROTLI ? 'br' : 'gzip');
  await page.keyboard.press('/');
  await page.locator('input.search-input').fill('conflit');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto(url(''));
  await expect(page).toHaveURL(/\/(nl|fr)\/$/);
  expect(problems).toEqual([]);
});
