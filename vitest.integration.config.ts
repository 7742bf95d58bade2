import { defineConfig } from 'vitest/config';

/** Integration tests: build a site (or run the content tools) on fixture content. Slower than unit tests. */
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
