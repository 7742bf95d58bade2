import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/** Pagefind's ready-made search interfaces: the site has its own (src/islands/search/). */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Builds the Pagefind full-text index after every `astro build`, into `<outDir>/pagefind/`.
 * Pagefind reads `<html lang>` and writes one index per language, with that language's stemming.
 * Only elements marked `data-pagefind-body` are indexed (the content of competency, level,
 * function and context pages), so navigation and other chrome stay out of the index.
 * Pagefind's ready-made interfaces are removed rather than published.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        const { errors, page_count } = await index.addDirectory({ path: site });
        if (errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        for (const file of UNUSED_UI_FILES) rmSync(join(site, 'pagefind', file), { force: true });
        logger.info(`indexed ${page_count} pages into ${join(site, 'pagefind')}`);
        await pagefind.close();
      },
    },
  };
}
