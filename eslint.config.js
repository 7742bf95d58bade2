// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * House rules, checked in `npm test`: ESLint's and typescript-eslint's recommended rules, Astro's
 * rules for .astro files. Accessibility is checked in the browser (axe-core in the Playwright suite),
 * where it can see the rendered page.
 */
export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-*/',
    'node_modules/',
    '.astro/',
    'test-results/',
    'playwright-report/',
    'tests/fixtures/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_`-prefixed names are deliberately unused (placeholders in destructuring and signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Command-line tools and benchmarks print their results.
    files: ['src/content-tools/**', 'scripts/**', '.ci/**', 'tests/**', 'src/integrations/**'],
    rules: { 'no-console': 'off' },
  },
);
