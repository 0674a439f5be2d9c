import { spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_MESSAGES } from '../../src/i18n/all-messages';
import { launchBrowser, openPage } from './browser';
import { freePort, pollUntil, previewBuild } from './serve';

/**
 * The update policy (README, "Offline"): a deployment made while a screen is running installs in
 * the background and waits — the running page is not taken over and keeps working — and is taken
 * at the next load, but only once no other window of the dashboard runs the old version.
 *
 * Two builds on one origin: the production build, then a copy whose page carries a marker (and so
 * a new service worker), served in its place on the same port.
 */

const zh = ALL_MESSAGES['zh-Hans'];
const MARKER = '<meta name="x-test-build" content="second" />';

let browser: Browser;
let work: string;
let port: number;
let server: ChildProcess | undefined;

async function serve(dir: string): Promise<string> {
  if (server) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill();
    await exited;
  }
  const served = await previewBuild(dir, port);
  server = served.server;
  return served.url;
}

beforeAll(async () => {
  browser = await launchBrowser();
  work = mkdtempSync(join(tmpdir(), 'offline-update-'));
  cpSync('dist', join(work, 'first'), { recursive: true });
  cpSync('dist', join(work, 'second'), { recursive: true });
  const page = join(work, 'second', 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</head>', `  ${MARKER}\n  </head>`));
  // The worker of the second build: same chunks, a new revision of index.html.
  const built = spawnSync(process.execPath, ['scripts/build-sw.mjs', join(work, 'second')], {
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`build-sw failed: ${built.stderr}`);
  port = await freePort();
});
afterAll(async () => {
  server?.kill();
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The question applyWaitingUpdate asks (scripts/sw/sw-extra.js), put to one of the two workers. */
const askIfAlone = (page: Page, worker: 'waiting' | 'active') =>
  page.evaluate(async (which) => {
    const target = (await navigator.serviceWorker.getRegistration())?.[which];
    const { port1, port2 } = new MessageChannel();
    const reply = new Promise<boolean>((resolve) => (port1.onmessage = (e) => resolve(e.data === true)));
    target?.postMessage({ type: 'SKIP_WAITING_IF_ALONE' }, [port2]);
    return reply;
  }, worker);

const isSecondBuild = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="x-test-build"]') !== null);

async function waitForLive(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.live === 'true');
  await page.locator('.leaflet-marker-pane .place-marker').first().waitFor();
}

describe('an update of the offline copy', () => {
  it('waits while a screen runs, and is taken at the next load once it is the only window', async () => {
    const { page, context, errors } = await openPage(browser, { serviceWorkers: 'allow' });
    const url = await serve(join(work, 'first'));
    await page.goto(url);
    await waitForLive(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await isSecondBuild(page)).toBe(false);

    // The deployment changes under the running page; the browser notices the new worker.
    await serve(join(work, 'second'));
    await page.evaluate(() => {
      window.__controllerChanged = false;
      navigator.serviceWorker.addEventListener('controllerchange', () => (window.__controllerChanged = true));
      return navigator.serviceWorker.getRegistration().then((r) => r?.update());
    });
    await page.waitForFunction(() =>
      navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state === 'installed'),
    );

    // The running page is not taken over, and a lazy part still loads.
    await page.getByRole('tab', { name: zh.panel.charts }).click();
    await page.locator('.charts-panel figure[data-chart] g.chart-mark').first().waitFor();
    expect(await page.evaluate(() => window.__controllerChanged)).toBe(false);

    // A second window of the dashboard: reloading the first does not take the update.
    const other = await context.newPage();
    await other.goto(url);
    await waitForLive(other);
    expect(await askIfAlone(page, 'waiting')).toBe(false);
    expect(await isSecondBuild(page)).toBe(false);

    // Alone again: the next load takes the new version (one extra reload, right after load). The
    // closed window leaves the workers' list of clients a moment after Playwright reports it
    // closed: ask the running worker (for which skipWaiting means nothing) until it counts one.
    await other.close();
    await pollUntil(() => askIfAlone(page, 'active'), { timeout: 10_000, what: 'one window left' });
    let loads = 0;
    page.on('load', () => loads++);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('meta[name="x-test-build"]') !== null);
    await waitForLive(page);
    await page.waitForFunction(() =>
      navigator.serviceWorker.getRegistration().then((r) => !r?.waiting && r?.active?.state === 'activated'),
    );
    // The reload asked for (the old version, which finds the update waiting) and the update's own.
    expect(loads).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});

declare global {
  interface Window {
    __controllerChanged?: boolean;
  }
}
