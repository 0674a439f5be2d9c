import { defineConfig } from 'vitest/config';

// Browser tests: Node drives Debian's Chromium (playwright-core) against `vite preview` of the build.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['./tests/e2e/global-setup.ts'],
    // Fails any test during which a page reported a Content-Security-Policy violation.
    setupFiles: ['./tests/e2e/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time (two cores): each mostly waits on its own Chromium.
    fileParallelism: true,
    maxWorkers: 2,
    // describe.concurrent blocks (the axe states) run two tests at a time.
    maxConcurrency: 2,
  },
});
