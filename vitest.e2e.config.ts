import { defineConfig } from 'vitest/config';

/** End-to-end: real headless Chromium against the built app (dist/), run after `vite build`. */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A real browser on a busy 2-core machine: what the app promises may take seconds to show.
    expect: { poll: { timeout: 10_000 } },
  },
});
