/**
 * Which stylesheets the build writes into the page instead of linking them (Astro's
 * `build.inlineStylesheets: 'auto'` asks Vite's `build.assetsInlineLimit` per stylesheet).
 *
 * A page's stylesheets below the limit travel inside its HTML: one compressed stream instead of
 * one request per sheet, none of them blocking the first paint. Measured on a competency page
 * (2026-12-03, gzip): three linked sheets of 5.1 kB became 3.0 kB more HTML, 2.1 kB less on a first
 * visit; a following page carries its sheets again (about 3 kB) where a cached file would cost
 * nothing. The catch-all pages' stylesheet (about 26 kB, every view of `[...path].astro`) stays a
 * cached file: inlined it would cost every such page about 5 kB.
 */
export const STYLESHEET_INLINE_LIMIT = 12 * 1024;

/**
 * Vite's `build.assetsInlineLimit` as a function: stylesheets up to the limit are inlined; for any
 * other file the answer is left to Vite (`undefined`: its default, 4 kB, for the rare imported asset).
 */
export function assetsInlineLimit(filePath: string, content: Buffer): boolean | undefined {
  if (!filePath.endsWith('.css')) return undefined;
  return content.length <= STYLESHEET_INLINE_LIMIT;
}
