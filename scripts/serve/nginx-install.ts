import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian's packages put nginx's pieces (the official nginx image uses the same paths). */
export const MIME_TYPES = '/etc/nginx/mime.types';
const BROTLI_MODULE_CANDIDATES = [
  '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
  '/etc/nginx/modules/ngx_http_brotli_static_module.so',
];
export const INSTALL_HINT =
  'Install it with: sudo apt-get install nginx libnginx-mod-http-brotli-static (Debian/Ubuntu).';

/** ngx_brotli's static module on this machine, if any. */
export const findBrotliModule = (): string | undefined => BROTLI_MODULE_CANDIDATES.find((path) => existsSync(path));

/** The nginx executable: `$NGINX` when set (only it), else `nginx` on the PATH or Debian's /usr/sbin/nginx. */
export function findNginx(): string | undefined {
  const candidates = process.env.NGINX ? [process.env.NGINX] : ['nginx', '/usr/sbin/nginx'];
  for (const candidate of candidates) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}
