import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The pages of the built site (`dist/`), as paths relative to the base URL: `nl/competenties/x/`. */
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';

export function builtPages(dir = DIST_DIR): string[] {
  const pages: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name === 'index.html' && !readFileSync(path, 'utf8').includes('data-redirect-page')) {
        // (pages left at former addresses, src/lib/former-slugs.ts, are not pages of the site)
        const folder = relative(dir, current).split(sep).join('/');
        pages.push(folder ? `${folder}/` : '');
      }
    }
  };
  walk(dir);
  return pages.sort();
}

export const LOCALES = ['nl', 'fr'] as const;

/** The base path the site is built for (BASE_PATH, default `/`), and a site path under it. */
export const BASE_PATH = process.env.BASE_PATH ?? '/';
export const sitePath = (path: string) => `${BASE_PATH.replace(/\/$/, '')}${path}`;
/** A pattern for site paths that start with `path` (e.g. `/nl/`), under the base path. */
export const sitePathPattern = (path: string) =>
  new RegExp(`^${sitePath(path).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`);
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
