import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic (content helpers, formatters, checks), no browser. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
