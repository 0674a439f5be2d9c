/* global document, window -- these run in the page */
// Choosing parks (clicks on their markers) on a phone-sized page at 4× CPU, on a fast network once
// the page has loaded: each tap's latency (Event Timing, pointer-down to the next paint), and the
// longest task in the two seconds after that paint, where the work a tap leaves for later shows up
// (issue 26's "no long task": a task a second tap would have to wait for).
import { openDashboard, settled } from './interaction.mjs';

const AFTER_MS = 2000;

/**
 * `taps` park choices, alternating between the first two markers: every tap's latency, and the
 * longest task after each tap's paint (the first tap's is the one with most to do: it loads the
 * details' and the brief's parts and the park-facts file).
 */
export async function parkTaps(browser, url, taps = 6) {
  const { context, page } = await openDashboard(browser, url, { cpu: 4, width: 390, height: 844 });
  try {
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
    });
    const markers = page.locator('.leaflet-marker-pane .place-marker');
    const latency = [];
    const after = [];
    for (let i = 0; i < taps; i++) {
      await settled(page);
      const { heading, before } = await page.evaluate(() => {
        window.__bench = [];
        return {
          heading: document.querySelector('.place-details h2')?.textContent ?? null,
          before: performance.now(),
        };
      });
      await markers.nth(i % 2).click();
      await page.waitForFunction(
        (was) => {
          const h = document.querySelector('.place-details h2');
          return h !== null && h.textContent !== was;
        },
        heading,
        { polling: 'raf' },
      );
      await settled(page);
      // The tap's interaction: its slowest event (pointerdown, pointerup, click) says when its
      // answer was painted. Under Event Timing's 16 ms threshold there is no entry: 8 ms, from
      // just before the click (an upper bound, as for the toggles).
      const { start, duration } = await page.evaluate(
        (t0) =>
          window.__bench.reduce((a, e) => (a.duration >= e.duration ? a : e), { start: t0, duration: 8 }),
        before,
      );
      // The page's own clock: a slow machine waits longer, never sees less of the two seconds.
      await page.waitForFunction((end) => performance.now() > end, start + duration + AFTER_MS, {
        polling: 100,
      });
      const longest = await page.evaluate(
        ([from, to]) =>
          Math.max(
            0,
            ...window.__longTasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration),
          ),
        [start + duration, start + duration + AFTER_MS],
      );
      latency.push(duration);
      after.push(longest);
    }
    return { latency, after };
  } finally {
    await context.close();
  }
}
