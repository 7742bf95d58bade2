import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Dictionary } from '../i18n/types';
import type { FormerSlugEntry, Redirect } from '../lib/former-slugs';

/**
 * After the build, writes a page at every former address of a competency (frontmatter
 * `formerSlugs`) that sends the reader to the current page, and the same redirects to
 * `_redirects` (src/lib/former-slugs.ts). The pages are written after Astro's own and after the
 * search index (list this integration after Pagefind's), so they are in neither the sitemap nor the search.
 */
interface Modules {
  readContent: () => Promise<{ competencies: FormerSlugEntry[] }>;
  loadDictionaries: () => Promise<Dictionary[]>;
  formerSlugRedirects: (entries: readonly FormerSlugEntry[], dictionaries: readonly Dictionary[]) => Redirect[];
  redirectLines: (redirects: readonly Redirect[]) => string;
  redirectPage: (redirect: Redirect, dictionary: Dictionary, site: string, base: string) => string;
}

export default function formerSlugsIntegration(): AstroIntegration {
  let site = 'http://localhost/';
  let base = '/';
  return {
    name: 'former-slugs',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // TypeScript modules with extensionless imports: loaded with tsx, as the content check does.
        const { tsImport } = await import('tsx/esm/api');
        const load = (path: string) => tsImport(path, import.meta.url) as Promise<Partial<Modules>>;
        const m = Object.assign(
          {},
          await load('../content-tools/read-content.ts'),
          await load('../content-tools/locales.ts'),
          await load('../lib/former-slugs.ts'),
        ) as Modules;
        const dictionaries = await m.loadDictionaries();
        const redirects = m.formerSlugRedirects((await m.readContent()).competencies, dictionaries);
        const root = fileURLToPath(dir);
        for (const redirect of redirects) {
          const folder = join(root, ...redirect.from.split('/').filter(Boolean));
          await mkdir(folder, { recursive: true });
          await writeFile(
            join(folder, 'index.html'),
            m.redirectPage(
              redirect,
              dictionaries.find((d) => d.locale.code === redirect.locale)!,
              site,
              base,
            ),
          );
        }
        await writeFile(join(root, '_redirects'), m.redirectLines(redirects));
        logger.info(`wrote ${redirects.length} redirect(s) from former addresses`);
      },
    },
  };
}
