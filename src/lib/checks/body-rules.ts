import { bodyField, error, type ContentCheck } from './types';

/**
 * What the compile step of the build refuses in a body (src/content-tools/body/): code
 * (import/export, expressions), HTML, components outside the allowlist, event handlers, style=,
 * links with a dangerous scheme, and MDX that does not compile at all. `npm run check` compiles
 * every body the same way, so it reports exactly what would stop the build.
 */
export const bodyRules: ContentCheck = {
  id: 'body-rules',
  about: 'every body compiles and holds only Markdown and the allowed components',
  fixtures: [
    'body-import',
    'body-export-leak',
    'body-expression',
    'body-script',
    'body-style-element',
    'body-iframe',
    'body-object',
    'body-embed',
    'body-form',
    'body-meta-refresh',
    'body-link-element',
    'body-base',
    'body-onclick',
    'body-img-onerror',
    'body-style-attribute',
    'body-javascript-link',
    'body-data-link',
    'body-data-image',
    'body-unknown-component',
    'body-component-prop',
    'body-unclosed-brace',
    'body-unclosed-tag',
    'body-html-comment',
  ],
  run: ({ entries }) =>
    (entries.entryFiles ?? []).flatMap((f) =>
      f.bodyViolations.map((v) => error(f.file, bodyField(v.line, v.column), v.message, v.fix)),
    ),
};
