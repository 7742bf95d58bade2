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
  const others = site.files.filter(
    (file) => !pageFiles.has(file) && !PRIVATE_FILES.includes(file) && !isCompressedCopy(file, all),
  );
  const grouped = new Set<string>();
  for (const file of others) {
    const cache = cacheClassOf(file);
    // Files in an immutable folder are covered by its rule; hashed files elsewhere get their own.
    if (cache === 'immutable' && IMMUTABLE_FOLDERS.some((folder) => file.startsWith(folder))) continue;
    const folder = revalidatedFolderOf(file, others, pageFiles);
    if (folder !== undefined) {
      if (!grouped.has(folder))
        rules.push(rule(`${site.base}${folder}*`, [['Cache-Control', CACHE_CONTROL.revalidate]]));
      grouped.add(folder);
      continue;
    }
    rules.push(rule(`${site.base}${file}`, [['Cache-Control', CACHE_CONTROL[cache]]]));
  }
  return `# Written by the build (src/lib/serving/): do not edit.\n${rules.join('\n')}\n`;
}

/**
 * The top folder (`data/`) whose every file is revalidated and holds no page, so one rule
 * (`/data/*`) can stand for its files: hosts limit the number of rules (Cloudflare Pages reads the
 * first 100), and every page needs a rule of its own for its CSP. Undefined for a file at the root
 * or in a folder that also holds pages or hashed files.
 */
export function revalidatedFolderOf(
  file: string,
  files: readonly string[],
  pages: ReadonlySet<string>,
): string | undefined {
  const slash = file.indexOf('/');
  if (slash === -1) return undefined;
  const folder = file.slice(0, slash + 1);
  const inFolder = files.filter((other) => other.startsWith(folder));
  const mixed = inFolder.some((other) => pages.has(other) || cacheClassOf(other) !== 'revalidate');
  return mixed || [...pages].some((page) => page.startsWith(folder)) ? undefined : folder;
}

/** `x.html.br` and `x.html.gz` beside `x.html`: the precompressed copies, served in its place. */
export function isCompressedCopy(file: string, files: ReadonlySet<string>): boolean {
  const original = file.replace(/\.(br|gz)$/, '');
  return original !== file && files.has(original);
}
