// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import cspHeaders from './src/integrations/csp-headers.ts';
import contentCheck from './src/integrations/content-check.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { typographyHastPlugin } from './src/lib/rehype-typography.ts';
import formerSlugs from './src/integrations/former-slugs.ts';

// Where the site is published. Canonical URLs, hreflang alternates and the sitemap are absolute,
// so they need the origin; SITE_URL and BASE_PATH let a deployment (or a test) override both.
const site = process.env.SITE_URL ?? 'https://competenties.example.org';
const base = process.env.BASE_PATH ?? '/';
// DIST_DIR lets two builds (e.g. a test run beside a preview) use separate output folders.
const outDir = process.env.DIST_DIR ?? './dist';
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), preact(), sitemap({ filter: (page) => !/\/404\/$/.test(page) }), pagefind(), formerSlugs(), cspHeaders()],
  // MDX bodies get the typography of their language, as the frontmatter texts do (src/lib/typography.ts);
  // it replaces the processor's own (English) smart punctuation.
  markdown: { processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [typographyHastPlugin] }) },
  devToolbar: { enabled: false },
  // Content-Security-Policy as a <meta> on every page: only the site's own origin. Astro adds the
  // hashes of its own inline scripts and styles. Pagefind compiles WebAssembly ('wasm-unsafe-eval');
  // style *attributes* (CSS custom properties set in markup) are allowed, style elements are not.
  // src/integrations/csp-headers.ts writes the same policies to dist/_headers for hosts that read it.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
