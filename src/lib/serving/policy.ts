/**
 * What the site's responses carry, in one place: the security headers every response gets, the
 * cache policy of each file, and each page's Content-Security-Policy. Both `dist/_headers` (for a
 * CDN or static host that reads it) and the nginx configuration are rendered from this module,
 * so the two cannot drift apart.
 */

/** Headers on every response (pages, assets, errors, redirects). */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  // One year; no includeSubDomains/preload: those commit every subdomain of the host's domain,
  // a decision for whoever owns the domain, not for this site.
  ['Strict-Transport-Security', 'max-age=31536000'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  // No page of the site may be framed. Each page's CSP header says so too (frame-ancestors), but a
  // host that reads only some of `_headers`' rules (Cloudflare Pages reads the first 100; there is
  // a rule per page) still sends this one, which comes first.
  ['X-Frame-Options', 'DENY'],
  // Features the site never uses, refused to the page and to anything it might embed. The
  // clipboard stays allowed (the copy buttons write to it).
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  ],
];

export const CACHE_CONTROL = {
  /** Files whose name changes with their content: cached for a year, never revalidated. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, data and files with a stable name: kept, but revalidated (ETag) at every use. */
  revalidate: 'public, no-cache',
} as const;
export type CacheClass = keyof typeof CACHE_CONTROL;

/**
 * Folders (relative to the site's base) whose every file has a content hash in its name:
 * Vite's bundles, and Pagefind's index chunks, fragments and filters.
 */
export const IMMUTABLE_FOLDERS: readonly string[] = [
  '_astro/',
  'pagefind/fragment/',
  'pagefind/index/',
  'pagefind/filter/',
];
/** Other hashed files: Pagefind's metadata file (`pagefind.<language>_<hash>.pf_meta`). */
const IMMUTABLE_FILE = /^pagefind\/pagefind\.[\w-]+_[0-9a-f]+\.pf_meta$/i;

/** The cache class of a file of the site, by its path relative to the base (`_astro/x.js`, `nl/index.html`). */
export function cacheClassOf(file: string): CacheClass {
  if (IMMUTABLE_FOLDERS.some((folder) => file.startsWith(folder)) || IMMUTABLE_FILE.test(file)) return 'immutable';
  return 'revalidate';
}

/** What only a header can say (a `<meta>` policy cannot forbid framing). */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/**
 * The Content-Security-Policy header of a page: its `<meta>` policy (the attribute's value, HTML
 * entities decoded) followed by the directives only a header can carry.
 */
export function headerPolicy(metaPolicy: string): string {
  const policy = metaPolicy.trim().replace(/;\s*$/, '');
  return `${policy}; ${HEADER_ONLY_DIRECTIVES};`;
}

/** The `<meta http-equiv="content-security-policy">` policy of an HTML document, decoded; undefined when it has none. */
export function metaPolicyOf(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent="([^"]*)"/i.exec(tag)?.[1];
  if (content === undefined || content === null) return undefined;
  return content
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A page of the built site and its policy. */
export interface SitePage {
  /** The HTML file, relative to the base: `nl/index.html`, `404.html`. */
  file: string;
  /** Its Content-Security-Policy header (see headerPolicy). */
  policy: string;
}

/** A redirect from an earlier address (paths relative to the site, without the base). */
export interface Redirect {
  from: string;
  to: string;
  status: number;
}

/** Everything the server configurations need to know about a build. */
export interface SiteManifest {
  /** The base path the site is built for: `/` or `/competenties/`. */
  base: string;
  /** Every file of the build, relative to the base, `/`-separated, sorted. */
  files: string[];
  pages: SitePage[];
  /** Per-language 404 pages: the folder they serve (`nl/`) and the page (`nl/404/index.html`); `''` for the rest. */
  notFound: { folder: string; file: string }[];
  redirects: Redirect[];
}

/** The URL path of a page file: `nl/index.html` -> `/nl/` under the base; `404.html` stays. */
export function pageUrl(base: string, file: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Normalises a base path to `/x/` form. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

/** Files not published by the servers: the host configuration files themselves. */
export const PRIVATE_FILES: readonly string[] = ['_headers', '_redirects'];
