import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    // Pure tests run in node (no DOM start-up); a test that needs a DOM (every component test)
    // says so in its first line: `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
    // Every core (Vitest's default leaves one free: on a two-core CI box that halves the speed).
    maxWorkers: '100%',
  },
});
