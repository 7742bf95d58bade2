import { defineConfig } from 'vitest/config';

/** Integration tests: each builds the site (astro build) from a copy of the project; slow, run one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
