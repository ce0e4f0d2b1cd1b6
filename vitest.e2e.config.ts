import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // Builds dist/ once for every e2e file (tests/e2e/support/globalSetup.ts).
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // A browser on a loaded CI machine needs more than vitest's 1 s default to re-render and redraw; a wait that is
    // never met still fails, only later.
    expect: { poll: { timeout: 10_000 } },
  },
});
