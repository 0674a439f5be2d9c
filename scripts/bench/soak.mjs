/* global window, document, requestAnimationFrame, KeyboardEvent -- these run in the page */
// `npm run bench:soak`: a day on a conference screen, compressed. The production build in
// Chromium, presentation mode on the default tour, stepped like a presenter's clicker (the → key
// events) as fast as each scene is drawn, for N scene changes. After each lap (one loop of the tour): the post-GC
// JS heap, DOM nodes, event listeners and the number of performance measures. Not part of CI.
//
//   node scripts/bench/soak.mjs [--dist dist] [--scenes 2000] [--js-flags="<V8 flags>"]
//
// Prints one table (first lap, last lap, the largest lap, the ratios) and writes
// test-results/soak.json with every lap. A heap snapshot after the first and the last lap splits the
// heap into V8's compiled code (which its optimising compilers add to as functions grow hot, and
// which is part of Runtime.getHeapUsage) and everything else (the app's objects, strings, DOM
// wrappers). `--js-flags="--no-maglev --no-turbofan"` runs a control with those compilers off.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-flags.mjs';
import { heapSplit } from './heap-split.mjs';
import { servePreview } from './serve.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    scenes: { type: 'string', default: '2000' },
    'js-flags': { type: 'string' },
  },
});
const target = Number(values.scenes);

const server = await servePreview(values.dist);
const jsFlags = values['js-flags'];
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, ...(jsFlags ? [`--js-flags=${jsFlags}`] : [])],
});
const laps = [];
try {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // A long interval: the scenes change by key, as fast as they are drawn, not by the clock.
  await page.goto(`${server.url}?mode=present&every=600`);
  await page.locator('.presentation-caption').waitFor();
  await page.locator('.leaflet-marker-pane .place-marker').first().waitFor();
  const count = await page.locator('.presentation-count').innerText();
  const perLap = Number(/\d+\D+(\d+)/.exec(count)?.[2] ?? '10');

  const sample = async (lap, changes) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    const measures = await page.evaluate(() => performance.getEntriesByType('measure').length);
    laps.push({
      lap,
      changes,
      heapMb: usedSize / 2 ** 20,
      nodes: metric('Nodes'),
      listeners: metric('JSEventListeners'),
      measures,
    });
  };

  // One lap is driven inside the page (the key events a clicker sends, each after the last scene is
  // drawn), so the harness adds no per-scene scripts of its own to the heap it measures.
  await page.evaluate(() => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    window.__soakLap = async (n) => {
      const count = () => document.querySelector('.presentation-count')?.textContent;
      for (let i = 0; i < n; i++) {
        const was = count();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        while (count() === was) await frame();
        await frame();
      }
    };
  });
  const started = Date.now();
  let changes = 0;
  let split = null;
  await sample(0, 0);
  while (changes < target) {
    const n = Math.min(perLap, target - changes);
    await page.evaluate((k) => window.__soakLap(k), n);
    changes += n;
    await sample(changes / perLap, changes);
    // After the samples, so a snapshot's own cost never shows in a lap's reading.
    if (laps.length === 2) split = { first: await heapSplit(cdp) };
    if (changes >= target && split) split.last = await heapSplit(cdp);
    const last = laps.at(-1);
    process.stderr.write(
      `lap ${last.lap}: ${changes} changes, heap ${last.heapMb.toFixed(2)} MB, ${last.nodes} nodes, ${last.listeners} listeners\n`,
    );
  }
  const seconds = (Date.now() - started) / 1000;
  await context.close();

  const first = laps[1] ?? laps[0];
  // V8 keeps compiling the app's functions to faster code for the first hundreds of scenes (its code
  // space is part of the heap): the 10th lap is the baseline of a warmed-up screen.
  const warm = laps[10] ?? first;
  const last = laps.at(-1);
  const peak = laps.reduce((a, b) => (b.heapMb > a.heapMb ? b : a));
  const rows = [
    ['scene changes', `${changes} (${laps.length - 1} laps of ${perLap}, ${seconds.toFixed(0)} s)`],
    [
      'post-GC JS heap, first lap → last lap',
      `${first.heapMb.toFixed(2)} → ${last.heapMb.toFixed(2)} MB (×${(last.heapMb / first.heapMb).toFixed(3)})`,
    ],
    [
      'post-GC JS heap, 10th lap → last lap',
      `${warm.heapMb.toFixed(2)} → ${last.heapMb.toFixed(2)} MB (×${(last.heapMb / warm.heapMb).toFixed(3)})`,
    ],
    ['post-GC JS heap, largest lap', `${peak.heapMb.toFixed(2)} MB (lap ${peak.lap})`],
    ...(split?.last
      ? [
          [
            'heap snapshot: V8 compiled code, first lap → last lap',
            `${split.first.codeMb.toFixed(2)} → ${split.last.codeMb.toFixed(2)} MB`,
          ],
          [
            'heap snapshot: everything else (app objects, strings, DOM), first lap → last lap',
            `${split.first.otherMb.toFixed(2)} → ${split.last.otherMb.toFixed(2)} MB (×${(split.last.otherMb / split.first.otherMb).toFixed(3)})`,
          ],
        ]
      : []),
    [
      'DOM nodes, first lap → last lap',
      `${first.nodes} → ${last.nodes} (${(((last.nodes - first.nodes) / first.nodes) * 100).toFixed(1)} %)`,
    ],
    ['event listeners, first lap → last lap', `${first.listeners} → ${last.listeners}`],
    ['performance measures, first lap → last lap', `${first.measures} → ${last.measures}`],
    ['page errors', String(errors.length)],
    ...(jsFlags ? [['V8 flags (a control run)', jsFlags]] : []),
  ];
  console.log(['| soak | value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n'));
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    'test-results/soak.json',
    JSON.stringify({ date: new Date().toISOString(), jsFlags, laps, split, errors }, null, 2),
  );
} finally {
  await browser.close();
  server.stop();
}
