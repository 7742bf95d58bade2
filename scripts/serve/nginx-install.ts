import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian's packages put nginx's pieces (the official nginx image uses the same paths). */
export const MIME_TYPES = '/etc/nginx/mime.types';
const BROTLI_MODULE_CANDIDATES = ['/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', '/etc/nginx/modules/ngx_http_brotli_static_module.so'];
export const INSTALL_HINT = 'Install it with: sudo apt-get install nginx libnginx-mod-http-brotli-static (Debian/Ubuntu).';

/** ngx_brotli's static module on this machine, if any. */
export const findBrotliModule = (): string | undefined => BROTLI_MODULE_CANDIDATES.find((path) => existsSync(path));

/** The nginx executable (`$NGINX` or `nginx` on the PATH, or Debian's /usr/sbin/nginx), if any. */
export function findNginx(): string | undefined {
  for (const candidate of [process.env.NGINX, 'nginx', '/usr/sbin/nginx'].filter(Boolean) as string[]) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}
