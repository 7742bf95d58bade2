// Run after `npm install` on a machine whose registry mirror lacks other platforms' builds.
// npm then leaves the other platforms' optional compiler bindings out of package-lock.json, and
// `npm ci` refuses the lock ("Missing: @astrojs/compiler-binding-…"). This adds their entries as
// a full registry would: optional, limited to their os/cpu, so npm skips them on other machines.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const parentKey = 'node_modules/@astrojs/compiler-binding';
const parent = lock.packages[parentKey];
if (!parent) process.exit(0);
const platforms = {
  'android-arm64': { os: ['android'], cpu: ['arm64'] },
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
  'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'linux-x64-gnu': { os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
  'linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  'wasm32-wasi': { cpu: ['wasm32'] },
  'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
};
let added = 0;
for (const name of Object.keys(parent.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  const platform = platforms[name.replace('@astrojs/compiler-binding-', '')];
  if (lock.packages[key] || !platform) continue;
  lock.packages[key] = { version: parent.optionalDependencies[name], dev: true, license: 'MIT', optional: true, ...platform, engines: parent.engines };
  added += 1;
}
const entries = Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1));
lock.packages = Object.fromEntries(entries);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform binding(s) added.`);
