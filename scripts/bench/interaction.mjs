/* global window, document, requestAnimationFrame, requestIdleCallback -- these run in the page */
// Interaction latency as a user feels it: pointer-down to the next paint, read with the Event Timing
// API in Chromium while a real (CDP) mouse toggles a sector, at 1× and throttled CPU.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-flags.mjs';

export const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const nextPaint = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/** Event Timing entries arrive after the paint; keep every entry that belongs to an interaction. */
function observeEvents() {
  window.__bench = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.interactionId)
        window.__bench.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

export const median = (xs) => quantile(xs, 0.5);
export function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

/**
 * Opens `url` (optionally serving `dataset` instead of the shipped file), waits until the dashboard
 * is drawn, and returns the load time (navigation start → filter and map drawn) and the page.
 */
export async function openDashboard(browser, url, { dataset, cpu = 1, width = 1280, height = 800 } = {}) {
  // No service worker: each run measures the network path it always had.
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  if (dataset) {
    const body = JSON.stringify(dataset);
    await page.route('**/data/zhaoqing-2024.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
  }
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.addInitScript(observeEvents);
  await page.goto(url, { timeout: 300_000 });
  const loadMs = await page.waitForFunction(
    () =>
      document.querySelector('.sector-toggle') &&
      document.querySelector('.county-label') &&
      document.querySelector('[role="tabpanel"] > *')
        ? performance.now()
        : null,
    null,
    { polling: 'raf', timeout: 300_000 },
  );
  const load = await loadMs.jsonValue();
  await page.waitForLoadState('networkidle');
  await nextPaint(page);
  return { context, page, cdp, loadMs: load };
}

/** Resolves once the page has painted and then had an idle moment: the last click's work is done. */
export const settled = (page) =>
  page.evaluate(
    () =>
      new Promise((r) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            requestIdleCallback(() => requestAnimationFrame(() => r()), { timeout: 1000 }),
          ),
        ),
      ),
  );

/**
 * Toggles one sector `count` times (on, off, on…) with the mouse and returns each interaction's
 * latency in ms. Interactions faster than Event Timing's 16 ms threshold report no entry; they are
 * counted as 8 ms (its granularity), an upper bound.
 *
 * By default each click waits until the previous one's work is done (the panels that follow a
 * filter render in the frames after it), as a person's clicks are hundreds of ms apart;
 * `backToBack` clicks as soon as the toggle has painted, so a click can land on that work.
 */
export async function toggleLatencies(page, count, sector = 'nev', { backToBack = false } = {}) {
  const toggle = page.locator(`.sector-toggle[data-sector="${sector}"]`);
  await toggle.scrollIntoViewIfNeeded();
  const box = await toggle.boundingBox();
  if (!box) throw new Error('sector toggle not visible');
  await page.evaluate(() => {
    window.__bench = [];
  });
  for (let i = 0; i < count; i++) {
    const before = await toggle.getAttribute('aria-pressed');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(
      ([sel, was]) => document.querySelector(sel)?.getAttribute('aria-pressed') !== was,
      [`.sector-toggle[data-sector="${sector}"]`, before],
      { polling: 'raf' },
    );
    await (backToBack ? nextPaint(page) : settled(page));
  }
  await nextPaint(page);
  const entries = await page.evaluate(() => window.__bench);
  const byId = new Map();
  for (const e of entries) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
  const slow = [...byId.values()];
  return [...slow, ...Array(Math.max(0, count - slow.length)).fill(8)];
}

/** Post-GC JS heap in MB. */
export async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}
