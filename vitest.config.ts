import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { TEST_TIMEOUT_MS } from './src/testing/test-budget.ts';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
    // The one time budget (src/testing/test-budget.ts): a net for a loaded machine, not a wait.
    testTimeout: TEST_TIMEOUT_MS,
    hookTimeout: TEST_TIMEOUT_MS,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Pure tests run in node (no DOM start-up); a test that needs a DOM (every component test)
          // says so in its first line: `// @vitest-environment jsdom`.
          environment: 'node',
          include: ['src/**/*.test.{ts,tsx}'],
          // Every core (Vitest's default leaves one free: on a two-core CI box that halves the speed).
          maxWorkers: '100%',
        },
      },
      {
        extends: true,
        test: {
          // The script tests spawn node and run Workbox: each keeps a core busy for seconds. They run
          // after the unit project (groupOrder), so they never starve the component tests of a core.
          name: 'scripts',
          environment: 'node',
          include: ['scripts/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          maxWorkers: '100%',
        },
      },
    ],
  },
});
