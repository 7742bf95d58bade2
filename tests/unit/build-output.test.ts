import { describe, expect, it } from 'vitest';
import { chunkGroupOf } from '../../src/lib/serving/chunk-groups';
import { STYLESHEET_INLINE_LIMIT, assetsInlineLimit } from '../../src/lib/serving/inline-assets';

describe('stylesheets inside the page', () => {
  it('inlines a stylesheet up to the limit and links a larger one', () => {
    expect(assetsInlineLimit('_astro/LevelPicker.abc.css', Buffer.alloc(7_700))).toBe(true);
    expect(assetsInlineLimit('_astro/a.css', Buffer.alloc(STYLESHEET_INLINE_LIMIT))).toBe(true);
    expect(assetsInlineLimit('_astro/_..abc.css', Buffer.alloc(STYLESHEET_INLINE_LIMIT + 1))).toBe(false);
  });

  it('leaves every other file to Vite', () => {
    expect(assetsInlineLimit('_astro/mark.svg', Buffer.alloc(100))).toBeUndefined();
    expect(assetsInlineLimit('_astro/page.js', Buffer.alloc(100))).toBeUndefined();
  });
});

describe('JavaScript chunk groups', () => {
  const nm = '/work/repo/node_modules';
  const src = '/work/repo/src';

  it('puts Preact, its hooks and its JSX runtime together, not preact/compat', () => {
    expect(chunkGroupOf(`${nm}/preact/dist/preact.module.js`)).toBe('preact');
    expect(chunkGroupOf(`${nm}/preact/hooks/dist/hooks.module.js`)).toBe('preact');
    expect(chunkGroupOf(`${nm}/preact/jsx-runtime/dist/jsxRuntime.module.js`)).toBe('preact');
    expect(chunkGroupOf(`${nm}/preact/compat/dist/compat.module.js`)).toBeUndefined();
    expect(chunkGroupOf(`${nm}/@preact/signals/dist/signals.module.js`)).toBeUndefined();
  });

  it('puts the level picker and the copy tools together', () => {
    expect(chunkGroupOf(`${src}/islands/level-selector/level-picker.ts`)).toBe('page-tools');
    expect(chunkGroupOf(`${src}/islands/copy-tools/copy-tools.ts`)).toBe('page-tools');
    expect(chunkGroupOf(`${src}/islands/copy-tools/copy-actions.ts`)).toBeUndefined();
  });

  it('keeps what every page or another island loads out of the page tools (Windows paths too)', () => {
    expect(chunkGroupOf('\0vite/preload-helper.js')).toBe('preload-helper');
    expect(chunkGroupOf(`${src}/islands/shared/language-links.ts`)).toBe('language-links');
    expect(chunkGroupOf('C:\\repo\\src\\islands\\shared\\language-links.ts')).toBe('language-links');
    expect(chunkGroupOf(`${src}/islands/visualiser/ProgressionVisualiser.tsx`)).toBeUndefined();
  });
});
