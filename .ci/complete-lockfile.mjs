// Run after `npm install` on a machine whose registry mirror lacks other platforms' builds.
// npm then leaves other platforms' optional native packages (e.g. @astrojs/compiler-binding-darwin-arm64,
// @pagefind/windows-x64) out of package-lock.json, and `npm ci` refuses the lock ("Missing: … from lock
// file"). This adds their entries as a full registry would: optional, limited to their os/cpu, so npm
// skips them on every machine they are not for.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));

const OS = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  android: 'android',
  freebsd: 'freebsd',
};
const CPU = { x64: 'x64', arm64: 'arm64', ia32: 'ia32', wasm32: 'wasm32', arm: 'arm' };
const LIBC = { gnu: 'glibc', musl: 'musl' };

/** os/cpu/libc from a platform package name such as `@scope/pkg-linux-arm64-musl`, or null. */
function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const os = tokens.map((t) => OS[t]).find(Boolean);
  const cpu = tokens.map((t) => CPU[t]).find(Boolean);
  const libc = tokens.map((t) => LIBC[t]).find(Boolean);
  if (!cpu || (!os && cpu !== 'wasm32')) return null;
  return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

let added = 0;
const unknown = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const depKey = `node_modules/${name}`;
    if (lock.packages[depKey]) continue;
    const platform = platformOf(name);
    if (!platform) {
      unknown.push(`${name} (optional dependency of ${key || 'the root'})`);
      continue;
    }
    lock.packages[depKey] = { version, dev: entry.dev ?? true, optional: true, ...platform };
    added += 1;
  }
}
const entries = Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1));
lock.packages = Object.fromEntries(entries);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform package(s) added.`);
if (unknown.length > 0)
  console.log(`Not added (platform not recognised; npm ci may refuse the lock):\n  ${unknown.join('\n  ')}`);
