import {
  CACHE_CONTROL,
  IMMUTABLE_FOLDERS,
  PRIVATE_FILES,
  SECURITY_HEADERS,
  cacheClassOf,
  pageUrl,
  type SiteManifest,
} from './policy.ts';

/**
 * `_headers` in the format Netlify and Cloudflare Pages read: a path (or `/folder/*`) followed by
 * indented `Name: value` lines. Such hosts combine the headers of every rule that matches a path,
 * so each header name comes from exactly one rule per path: the security headers from `/*`, the
 * cache policy from either an immutable folder or the file's own rule, the CSP from the page's.
 */
export function renderHeadersFile(site: SiteManifest): string {
  const rule = (path: string, headers: readonly (readonly [string, string])[]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const rules: string[] = [rule(`${site.base}*`, SECURITY_HEADERS)];
  for (const folder of IMMUTABLE_FOLDERS)
    rules.push(rule(`${site.base}${folder}*`, [['Cache-Control', CACHE_CONTROL.immutable]]));

  const pageFiles = new Set(site.pages.map((p) => p.file));
  const all = new Set(site.files);
  for (const page of site.pages) {
    rules.push(
      rule(pageUrl(site.base, page.file), [
        ['Content-Security-Policy', page.policy],
        ['Cache-Control', CACHE_CONTROL.revalidate],
      ]),
    );
  }
  for (const file of site.files) {
    if (pageFiles.has(file) || PRIVATE_FILES.includes(file) || isCompressedCopy(file, all)) continue;
    const cache = cacheClassOf(file);
    // Files in an immutable folder are covered by its rule; hashed files elsewhere get their own.
    if (cache === 'immutable' && IMMUTABLE_FOLDERS.some((folder) => file.startsWith(folder))) continue;
    rules.push(rule(`${site.base}${file}`, [['Cache-Control', CACHE_CONTROL[cache]]]));
  }
  return `# Written by the build (src/lib/serving/): do not edit.\n${rules.join('\n')}\n`;
}

/** `x.html.br` and `x.html.gz` beside `x.html`: the precompressed copies, served in its place. */
export function isCompressedCopy(file: string, files: ReadonlySet<string>): boolean {
  const original = file.replace(/\.(br|gz)$/, '');
  return original !== file && files.has(original);
}
