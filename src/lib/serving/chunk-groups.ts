/**
 * How the browser's JavaScript is cut into files (Rolldown's `output.codeSplitting.groups`, for
 * Astro's client build). Left to itself the bundler makes one file per shared module; small files
 * compress badly (each starts gzip afresh) and each is a request. The groups, measured on a
 * competency page (2026-12-03, gzip):
 * - `preact`: Preact, its hooks and its JSX runtime always load together (three files of 6.0 kB,
 *   one of 5.7 kB). `preact/compat` stays out: only the self-assessment uses it.
 * - `page-tools`: the level picker and the copy tools with what they import, on competency and
 *   level pages (three files of 2.6 kB, one of 2.2 kB). A level page loads the level picker too
 *   (about 1 kB it does not run).
 * - `preload-helper` and `language-links` keep files of their own (higher priority): every page
 *   loads the first (search), the profile builder the second; neither should drag the page tools in.
 */
export interface ChunkGroup {
  name: string;
  test: RegExp;
  priority?: number;
}

export const CLIENT_CHUNK_GROUPS: readonly ChunkGroup[] = [
  { name: 'preact', test: /node_modules[\\/]preact[\\/](dist|hooks|jsx-runtime)[\\/]/ },
  { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 2 },
  { name: 'language-links', test: /src[\\/]islands[\\/]shared[\\/]language-links\.ts$/, priority: 2 },
  {
    name: 'page-tools',
    test: /src[\\/]islands[\\/](level-selector[\\/]level-picker|copy-tools[\\/]copy-tools)\.ts$/,
    priority: 1,
  },
];

/** The group a module lands in (the highest priority first, then the order above), or undefined. */
export function chunkGroupOf(moduleId: string): string | undefined {
  return [...CLIENT_CHUNK_GROUPS]
    .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0))
    .find((group) => group.test.test(moduleId))?.name;
}
