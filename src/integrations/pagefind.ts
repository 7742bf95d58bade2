import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/**
 * Builds the Pagefind full-text index after every `astro build`, into `<outDir>/pagefind/`.
 * Pagefind reads `<html lang>` and writes one index per language, with that language's stemming.
 * Only elements marked `data-pagefind-body` are indexed (the content of competency, level,
 * function and context pages), so navigation and other chrome stay out of the index.
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
        logger.info(`indexed ${page_count} pages into ${join(site, 'pagefind')}`);
        await pagefind.close();
      },
    },
  };
}
