/**
 * `npm run nginx:config -- [options]`: prints (or writes) the nginx configuration of the built
 * site, from the same serving policy as `dist/_headers` (src/lib/serving/). Options: USAGE below.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findBrotliModule, MIME_TYPES } from './nginx-install';
import { renderNginxMain, renderNginxServer } from '../../src/lib/serving/nginx';
import { readSite } from '../../src/lib/serving/read-site';

const USAGE = `Usage: npm run nginx:config -- --root <dir> [options]
Writes the nginx configuration of the built site (run it after npm run build, with the same BASE_PATH).
  --root <dir>      the folder nginx serves at / (the site's files go to <root><base>); required
  --dist <dir>      the built site (default: $DIST_DIR or dist)
  --base <path>     the base path the site was built for (default: $BASE_PATH or /)
  --listen <addr>   nginx listen parameters (default: 8080), e.g. 80, 127.0.0.1:8080, "443 ssl"
  --brotli <mode>   on | off | auto: serve the .br files (needs ngx_brotli's static module, Debian's
                    libnginx-mod-http-brotli-static; auto: on when this machine has it)
  --standalone <p>  a complete nginx.conf that runs as an ordinary user, in the foreground, with
                    everything it writes (pid, logs, temporary files) under the folder <p>;
                    without it: only the server { } block, for conf.d/ or sites-enabled/
  --out <file>      write there instead of printing`;

const { values } = parseArgs({
  options: {
    help: { type: 'boolean', default: false },
    dist: { type: 'string', default: process.env.DIST_DIR ?? 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    root: { type: 'string' },
    listen: { type: 'string', default: '8080' },
    brotli: { type: 'string', default: 'auto' },
    standalone: { type: 'string' },
    out: { type: 'string' },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const fail = (message: string): never => {
  console.error(`nginx:config: ${message}\n\n${USAGE}`);
  process.exit(1);
};
if (!values.root) fail('--root <dir> is required: the folder nginx serves at "/" (the site goes to <root><base>).');
if (!['on', 'off', 'auto'].includes(values.brotli)) fail(`--brotli is "${values.brotli}"; use on, off or auto.`);
const brotliModule = findBrotliModule();
const brotli = values.brotli === 'on' || (values.brotli === 'auto' && brotliModule !== undefined);

let site;
try {
  site = readSite(values.dist, values.base);
} catch (error) {
  fail(`cannot read the built site in "${values.dist}" (run npm run build first): ${(error as Error).message}`);
}
const options = { listen: values.listen, root: resolve(values.root!), brotli };
const text = values.standalone
  ? renderNginxMain(site!, { ...options, prefix: resolve(values.standalone), mimeTypes: MIME_TYPES, brotliModule })
  : renderNginxServer(site!, options);
if (values.out) {
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  writeFileSync(values.out, text);
  console.error(
    `nginx:config: wrote ${values.out} (${site!.pages.length} pages, ${site!.redirects.length} redirects, brotli ${brotli ? 'on' : 'off'})`,
  );
} else {
  process.stdout.write(text);
}
