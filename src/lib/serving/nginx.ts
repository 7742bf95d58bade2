import {
  CACHE_CONTROL,
  IMMUTABLE_FOLDERS,
  PRIVATE_FILES,
  SECURITY_HEADERS,
  cacheClassOf,
  type CacheClass,
  type SiteManifest,
} from './policy.ts';

/**
 * The nginx configuration of a build, from the same policy as `_headers` (./policy.ts):
 * security headers and cache policy on every response, each page's CSP, precompressed files
 * (gzip_static, and brotli_static when ngx_brotli's static module is loaded), the 404 page of each
 * language, the redirects of earlier addresses, all under the site's base path.
 *
 * nginx's `add_header` in a location replaces the headers of the levels above, so every location
 * below lists all of its headers (the file is generated: repeating them costs nothing).
 */
export interface NginxSiteOptions {
  /** `listen` parameters: `8080`, `127.0.0.1:4470`, `443 ssl`. */
  listen: string;
  /** The folder served at `/`: the build's files are at `<root><base>` (a sub-path site in a subfolder). */
  root: string;
  /** Serve `.br` files (needs ngx_brotli's static module; Debian: libnginx-mod-http-brotli-static). */
  brotli: boolean;
  serverName?: string;
}

/** A `server { }` block (http context: Debian's sites-enabled/, the official image's conf.d/). */
export function renderNginxServer(site: SiteManifest, options: NginxSiteOptions): string {
  const base = site.base;
  const lines: string[] = [];
  const block = (head: string, body: string[]) =>
    lines.push('', `    ${head} {`, ...body.map((l) => `        ${l}`), '    }');

  lines.push(
    'server {',
    `    listen ${options.listen};`,
    `    server_name ${options.serverName ?? '_'};`,
    `    root ${quote(options.root)};`,
    '    index index.html;',
    '    server_tokens off;',
    '    charset utf-8;',
    '    # Redirects keep the scheme and host the visitor used (e.g. behind a TLS proxy).',
    '    absolute_redirect off;',
    '    # The build writes foo.gz and foo.br beside every text file; nginx sends them as they are.',
    '    gzip_static on;',
    '    gzip_vary on;',
    options.brotli
      ? '    brotli_static on;'
      : '    # brotli_static on;  (needs ngx_brotli: load_module ngx_http_brotli_static_module.so)',
    `    error_page 404 ${quote(`${base}404.html`)};`,
  );

  for (const file of PRIVATE_FILES) block(`location = ${quote(`${base}${file}`)}`, ['return 404;']);

  if (site.redirects.length > 0) lines.push('', '    # Earlier addresses (dist/_redirects).');
  /** Exact locations taken by redirects: a page left at an old address (a redirect page) is not served. */
  const redirected = new Set<string>();
  for (const redirect of site.redirects) {
    const from = `${base}${redirect.from.replace(/^\//, '')}`;
    const to = `${base}${redirect.to.replace(/^\//, '')}`;
    const variants = from.endsWith('/') && from.length > 1 ? [from, from.slice(0, -1), `${from}index.html`] : [from];
    for (const variant of variants.filter((v) => !redirected.has(v))) {
      redirected.add(variant);
      block(`location = ${quote(variant)}`, [...headers('revalidate'), `return ${redirect.status} ${quote(to)};`]);
    }
  }

  lines.push('', '    # Files with a content hash in their name.');
  for (const folder of IMMUTABLE_FOLDERS) block(`location ^~ ${quote(`${base}${folder}`)}`, headers('immutable'));
  const hashedElsewhere = (f: string) =>
    cacheClassOf(f) === 'immutable' && !IMMUTABLE_FOLDERS.some((folder) => f.startsWith(folder));
  for (const file of site.files.filter((f) => hashedElsewhere(f) && !redirected.has(`${base}${f}`))) {
    block(`location = ${quote(`${base}${file}`)}`, headers('immutable'));
  }

  lines.push('', '    # Pages, each with its Content-Security-Policy (reached as /x/ through `index`).');
  for (const page of site.pages.filter((p) => !redirected.has(`${base}${p.file}`))) {
    block(`location = ${quote(`${base}${page.file}`)}`, headers('revalidate', page.policy));
  }

  lines.push('', '    # Each language folder has its own 404 page.');
  for (const { folder, file } of site.notFound.filter((n) => n.folder !== '')) {
    block(`location ${quote(`${base}${folder}`)}`, [
      ...headers('revalidate'),
      `error_page 404 ${quote(`${base}${file}`)};`,
    ]);
  }
  block(`location ${quote(base)}`, headers('revalidate'));
  lines.push('}');
  return `# Written by \`npm run nginx:config\` from the build (src/lib/serving/): do not edit, regenerate.\n${lines.join('\n')}\n`;
}

export interface NginxMainOptions extends NginxSiteOptions {
  /** A folder nginx may write to: pid file, error log, temporary files. */
  prefix: string;
  /** nginx's mime.types (Debian and the official image: /etc/nginx/mime.types). */
  mimeTypes: string;
  /** Path of ngx_http_brotli_static_module.so to load (when `brotli` and the module is not loaded by an include). */
  brotliModule?: string;
}

/**
 * A complete nginx.conf around the server block, for running nginx as an ordinary user, in the
 * foreground, with everything it writes under `prefix` (tests, a quick local check).
 */
export function renderNginxMain(site: SiteManifest, options: NginxMainOptions): string {
  const p = options.prefix.replace(/\/$/, '');
  const server = renderNginxServer(site, options).replace(/^#.*\n/, '');
  return [
    '# Written by `npm run nginx:config` from the build (src/lib/serving/): do not edit, regenerate.',
    ...(options.brotli && options.brotliModule ? [`load_module ${quote(options.brotliModule)};`] : []),
    'worker_processes 1;',
    'daemon off;',
    `pid ${quote(`${p}/nginx.pid`)};`,
    `error_log ${quote(`${p}/error.log`)} warn;`,
    'events { worker_connections 256; }',
    'http {',
    `    include ${quote(options.mimeTypes)};`,
    '    default_type application/octet-stream;',
    '    sendfile on;',
    `    access_log ${quote(`${p}/access.log`)};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (t) => `    ${t}_temp_path ${quote(`${p}/${t}_temp`)};`,
    ),
    ...server
      .trimEnd()
      .split('\n')
      .map((l) => `    ${l}`),
    '}',
    '',
  ].join('\n');
}

function headers(cache: CacheClass, policy?: string): string[] {
  const all: (readonly [string, string])[] = [
    ...(policy ? [['Content-Security-Policy', policy] as const] : []),
    ...SECURITY_HEADERS,
    ['Cache-Control', CACHE_CONTROL[cache]],
  ];
  return all.map(([name, value]) => `add_header ${name} ${quote(value)} always;`);
}

/** A double-quoted nginx string; refuses what would change its meaning (quotes, variables, backslashes, new lines). */
export function quote(value: string): string {
  if (/["$\\\n\r]/.test(value)) {
    throw new Error(
      `Cannot write ${JSON.stringify(value)} into the nginx configuration: it contains a quote, "$", a backslash or a line break.`,
    );
  }
  return `"${value}"`;
}
