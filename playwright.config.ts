import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium-flags.mjs';
import { freePort } from './scripts/bench/serve.mjs';

/**
 * Browser tests: Debian's Chromium (never `playwright install`: this machine reaches no browser
 * download) against `vite preview` of the production build in dist/ (`npm run build` first).
 *
 * The port: a fixed one collides on a machine shared by several test runs (or a dev server), so
 * the main process picks a free loopback port once, when it first loads this file, and puts it in
 * `process.env.E2E_PORT`. Playwright forks its workers with the main process's environment, and
 * each worker loads this file again: it finds E2E_PORT set and uses the same port, so every test
 * reaches the one server the main process started (`webServer`). Set E2E_PORT yourself to choose it.
 */
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  // Traces of failed tests; not test-results/ itself, which also holds CI's other reports, the
  // screenshots and the unit tests' JSON (Playwright empties its outputDir when it starts).
  outputDir: 'test-results/e2e-artifacts',
  forbidOnly: true,
  // No flaky test is allowed: a retry would hide one.
  retries: 0,
  // Two cores: a third worker measured no faster (156.8 s against 159.9 s for the same 39 tests).
  // Every test has a context of its own, so any two may run side by side: the long ones no longer
  // leave one worker idle at the end (a describe that shares a costly `beforeAll` says `default`).
  workers: 2,
  fullyParallel: true,
  // Generous for a two-core machine shared with other builds: tests wait for conditions, so a
  // passing test never waits this long; only a failing one does.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    // The app's reader: a 1280×800 desktop in a Simplified Chinese browser (tests override it).
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    // `page.route` never sees a request the app's worker answers from its cache, and the tests that
    // fake failures (a chunk, a data file) rely on it: only the offline test lets workers run.
    serviceWorkers: 'block',
    // No trace: recording one for every test (to keep the failing ones) made the suite 35 % slower
    // (215.5 s against 159.9 s for the same 39 tests). A failure keeps its screenshot and its error;
    // `npx playwright test --trace on` records traces when a failure needs one.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // Fails at once, saying why, if there is no build to serve.
    command:
      `test -f dist/index.html || { echo 'No dist/: run npm run build before the browser tests.' >&2; exit 1; }; ` +
      `exec node node_modules/vite/bin/vite.js preview --outDir dist --port ${port} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
