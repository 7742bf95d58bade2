// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import cspHeaders from './src/integrations/csp-headers.ts';
import contentCheck from './src/integrations/content-check.ts';
// MDX bodies are prose: the body rules run in the compile step itself (CONTRIBUTING.md, "What a body may contain").
import { bodyProcessorOptions } from './src/content-tools/body/plugin.ts';
import { typographyHastPlugin } from './src/lib/rehype-typography.ts';
import formerSlugs from './src/integrations/former-slugs.ts';
import precompress from './src/integrations/precompress.ts';
import { assetsInlineLimit } from './src/lib/serving/inline-assets.ts';
import { CLIENT_CHUNK_GROUPS } from './src/lib/serving/chunk-groups.ts';

// Where the site is published. Canonical URLs, hreflang alternates and the sitemap are absolute,
// so they need the origin; SITE_URL and BASE_PATH let a deployment (or a test) override both.
const site = process.env.SITE_URL ?? 'https://competenties.example.org';
const base = process.env.BASE_PATH ?? '/';
// DIST_DIR lets two builds (e.g. a test run beside a preview) use separate output folders.
const outDir = process.env.DIST_DIR ?? './dist';
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

// The one Markdown/MDX processor of the site: the body rules (nothing but prose reaches a page) and
// the typography of each language (src/lib/typography.ts), which replaces the processor's own
// (English) smart punctuation.
const bodyProcessor = satteri({
  ...bodyProcessorOptions,
  features: { smartPunctuation: false },
  hastPlugins: [typographyHastPlugin],
});

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Small stylesheets travel inside the page (src/lib/serving/inline-assets.ts); the browser's
  // JavaScript is cut into fewer, larger files (src/lib/serving/chunk-groups.ts says which and why).
  vite: {
    build: { assetsInlineLimit },
    environments: {
      client: { build: { rolldownOptions: { output: { codeSplitting: { groups: [...CLIENT_CHUNK_GROUPS] } } } } },
    },
  },

  integrations: [
    contentCheck(),
    mdx({ processor: bodyProcessor }),
    preact(),
    sitemap({ filter: (page) => !/\/404\/$/.test(page) }),
    pagefind(),
    formerSlugs(),
    cspHeaders(),
    precompress(),
  ],
  markdown: { processor: bodyProcessor },
  devToolbar: { enabled: false },
  // Editors get completion and inline errors in MDX frontmatter from the collections' schemas (CONTRIBUTING.md).
  experimental: { contentIntellisense: true },
  // Content-Security-Policy as a <meta> on every page: only the site's own origin. Astro adds the
  // hashes of its own inline scripts and styles. Pagefind compiles WebAssembly ('wasm-unsafe-eval');
  // style *attributes* (CSS custom properties set in markup) are allowed, style elements are not.
  // src/integrations/csp-headers.ts writes the same policies to dist/_headers for hosts that read it
  // (and `npm run nginx:config` into an nginx configuration); precompress (last) writes .br and .gz files.
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
