/* global document, CSSStyleSheet -- these run in the page */
// `npm run bench:frames`: where a sector toggle's time goes, from pointer-down to the frame on screen,
// unrounded (Event Timing rounds to 8 ms), read from Chromium's own EventLatency trace events.
// Not part of CI.
//
//   node scripts/bench/frame-stages.mjs [--dist dist] [--toggles 20] [--rounds 2] [--cpu 1]
//
// Each variant is the same build with a part of the page taken away by a style sheet, plus a bare
// toggle button on an empty page: the difference between rows is what that part costs the frame.
// Variants alternate round by round, so all share the machine's noise. Prints one table and
// writes test-results/frame-stages.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launch, median, openDashboard, settled } from './interaction.mjs';
import { servePreview } from './serve.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    toggles: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '2' },
    cpu: { type: 'string', default: '1' },
  },
});
const toggles = Number(values.toggles);
const cpu = Number(values.cpu);

/** The page as it is, then without what a toggle changes on the map, then without the map. */
const VARIANTS = [
  { name: 'the dashboard (overview tab)', hide: null },
  { name: 'its map markers hidden', hide: '.leaflet-marker-pane' },
  { name: 'its map markers and names hidden', hide: '.leaflet-marker-pane, .leaflet-place-names-pane' },
  { name: 'its whole map hidden', hide: '.map-box' },
  { name: 'a bare toggle button, empty page', bare: true },
];

const BARE_PAGE = `<!doctype html><meta charset="utf-8"><div role="tabpanel"><p>·</p></div>
<span class="county-label">·</span><button class="sector-toggle" data-sector="nev" aria-pressed="false">NEV</button>`;

/** The stages of Chromium's EventLatency, in the order a frame goes through them. */
const STAGES = [
  ['RendererMainProcessing', 'pointer-down handling'],
  ['SendBeginMainFrameToCommit', 'main frame (style, layout, paint)'],
  ['EndCommitToActivation', 'raster'],
  ['SubmitCompositorFrameToPresentationCompositorFrame', 'draw and present'],
];

/** Pairs the trace's async begin/end events into spans. */
function spans(events) {
  const open = new Map();
  const out = [];
  for (const e of events.sort((a, b) => a.ts - b.ts)) {
    const key = `${e.name}|${e.id ?? e.id2?.local}|${e.tid}`;
    if (e.ph === 'b') open.set(key, e);
    else if (e.ph === 'e' && open.has(key)) {
      const b = open.get(key);
      open.delete(key);
      out.push({ name: e.name, id: e.id ?? e.id2?.local, ts: b.ts, ms: (e.ts - b.ts) / 1000, args: b.args });
    }
  }
  return out;
}

/** Toggles `count` times; returns, per toggle, the pointer-down latency and its stages (ms). */
async function measure(page, cdp, count) {
  const toggle = page.locator('.sector-toggle[data-sector="nev"]');
  const box = await toggle.boundingBox();
  if (!box) throw new Error('sector toggle not visible');
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'cc,input,benchmark', transferMode: 'ReportEvents' });
  for (let i = 0; i < count; i++) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await settled(page);
  }
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  const all = spans(events);
  return all
    .filter((s) => s.name === 'EventLatency' && JSON.stringify(s.args).includes('MOUSE_PRESSED'))
    .map((latency) => {
      const row = { total: latency.ms };
      for (const [stage] of STAGES)
        row[stage] = all.find(
          (s) =>
            s.name === stage &&
            s.id === latency.id &&
            s.ts >= latency.ts &&
            s.ts <= latency.ts + latency.ms * 1000,
        )?.ms;
      return row;
    });
}

const server = await servePreview(values.dist);
const browser = await launch();
const results = new Map(VARIANTS.map((v) => [v.name, []]));
try {
  for (let round = 0; round < Number(values.rounds); round++)
    for (const v of VARIANTS) {
      const { context, page, cdp } = v.bare
        ? await bareToggle(browser)
        : await openDashboard(browser, `${server.url}?tab=overview`, { cpu });
      if (v.bare && cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      if (v.hide)
        // A constructed style sheet: the page's Content-Security-Policy refuses a <style> element.
        await page.evaluate((selector) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(`${selector} { display: none !important; }`);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        }, v.hide);
      await settled(page);
      results.get(v.name).push(...(await measure(page, cdp, toggles)));
      await context.close();
      process.stderr.write(`${v.name}: round ${round + 1} done\n`);
    }
} finally {
  await browser.close();
  server.stop();
}

async function bareToggle(b) {
  const context = await b.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.setContent(BARE_PAGE);
  await page.evaluate(() => {
    const button = document.querySelector('button');
    button.addEventListener('click', () =>
      button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true')),
    );
  });
  return { context, page, cdp: await context.newCDPSession(page) };
}

const ms = (xs) => {
  const known = xs.filter((x) => Number.isFinite(x));
  return known.length ? `${median(known).toFixed(1)} ms` : '—';
};
const lines = [
  `| ${cpu}× CPU, median of ${Number(values.rounds) * toggles} toggles | pointer-down → on screen | ${STAGES.map(([, label]) => label).join(' | ')} |`,
  `|---|---|${STAGES.map(() => '---').join('|')}|`,
  ...[...results].map(
    ([name, rows]) =>
      `| ${name} | ${ms(rows.map((r) => r.total))} | ${STAGES.map(([stage]) => ms(rows.map((r) => r[stage]))).join(' | ')} |`,
  ),
];
console.log(
  `Unrounded pointer-down → presentation, from Chromium's EventLatency trace (Event Timing reports 16 ms below 20).\n\n${lines.join('\n')}`,
);
mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/frame-stages.json',
  JSON.stringify({ date: new Date().toISOString(), cpu, variants: Object.fromEntries(results) }, null, 2),
);
