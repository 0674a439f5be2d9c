// `npm run bench`: the performance table of issue "fast on a phone". Not part of the test run.
//
//   node scripts/bench/run-bench.mjs [--dist dist] [--dist before=/tmp/old/dist] [--runs 5]
//        [--toggles 50] [--scales 1000,10000,100000] [--only lighthouse,phone,taps,interaction,scale]
//        [--tabs overview,parks,charts] [--back-to-back] [--no-floor]
//
// Each --dist is a production build (label=dir); several are measured alternately in one run, so a
// before/after comparison shares the machine's noise. Beside them, unless --no-floor, the floor: a
// bare app of the same libraries (bare-app/main.tsx), built here and measured in the same
// Lighthouse and slow-phone runs. Prints the machine (CPU model, cores, Lighthouse's benchmark
// index) and one Markdown table, and writes test-results/bench.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { withSyntheticProjects } from '../../tests/fixtures/synthetic-projects.mjs';
import { buildBareApp } from './bare-app.mjs';
import { heapMb, launch, median, openDashboard, quantile, toggleLatencies } from './interaction.mjs';
import { lighthouseOnce } from './lighthouse.mjs';
import { parkTaps } from './park-taps.mjs';
import { servePreview } from './serve.mjs';
import { slowPhoneOnce } from './slow-phone.mjs';

const FLOOR_LABEL = 'floor: bare React + Leaflet';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', multiple: true, default: ['dist'] },
    runs: { type: 'string', default: '5' },
    toggles: { type: 'string', default: '50' },
    scales: { type: 'string', default: '1000,10000,100000' },
    only: { type: 'string', default: 'lighthouse,phone,taps,interaction,scale' },
    tabs: { type: 'string', default: 'overview,parks,charts' },
    'back-to-back': { type: 'boolean', default: false },
    floor: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const builds = values.dist.map((d) => {
  const [label, dir] = d.includes('=') ? d.split('=') : [d, d];
  return { label, dir, floor: false };
});
const parts = new Set(values.only.split(','));
// Only the first-screen parts: the bare app has no filter, tabs or register to measure.
const FLOOR_PARTS = ['lighthouse', 'phone'];
if (values.floor && FLOOR_PARTS.some((p) => parts.has(p)))
  builds.push({ label: FLOOR_LABEL, dir: await buildBareApp('test-results/bare-app'), floor: true });
const runs = Number(values.runs);
const toggles = Number(values.toggles);
const tabs = values.tabs.split(',');
const pace = { backToBack: values['back-to-back'] };
const scales = values.scales.split(',').filter(Boolean).map(Number);

const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '—');
const builds_ = builds.map((b) => b.label);
/** One table: a row per measurement, a column per build (side by side, same run). */
const rows = new Map();
const put = (row, build, text) => {
  if (!rows.has(row)) rows.set(row, new Map());
  rows.get(row).set(build, text);
};
const table = () =>
  [
    `| measurement | ${builds_.join(' | ')} |`,
    `|---|${builds_.map(() => '---').join('|')}|`,
    ...[...rows].map(([row, cells]) => `| ${row} | ${builds_.map((b) => cells.get(b) ?? '—').join(' | ')} |`),
  ].join('\n');

const servers = [];
for (const b of builds) servers.push({ ...b, ...(await servePreview(b.dir)) });
/** The dashboard's builds: what the parts other than the first screen's measure. */
const apps = servers.filter((s) => !s.floor);
// A figure means little without the machine that made it: printed above the table, and in the JSON.
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, benchmarkIndex: [] };
const results = {
  date: new Date().toISOString(),
  machine,
  lighthouse: [],
  phone: [],
  taps: [],
  interaction: [],
  scale: [],
};

try {
  if (parts.has('lighthouse')) {
    for (const formFactor of ['mobile', 'desktop']) {
      const samples = new Map(servers.map((s) => [s.label, []]));
      // Alternate builds run by run, so both see the same machine.
      for (let i = 0; i < runs; i++)
        for (const s of servers) {
          const r = await lighthouseOnce(s.url, formFactor);
          samples.get(s.label).push(r);
          machine.benchmarkIndex.push(r.benchmarkIndex);
          process.stderr.write(`lighthouse ${formFactor} ${s.label} #${i + 1}: ${r.score}\n`);
        }
      for (const s of servers) {
        const xs = samples.get(s.label);
        const m = (k) => median(xs.map((x) => x[k]));
        results.lighthouse.push({
          build: s.label,
          formFactor,
          score: m('score'),
          fcp: m('fcp'),
          lcp: m('lcp'),
          tbt: m('tbt'),
          cls: m('cls'),
          bytes: m('bytes'),
          lcpElement: xs[0].lcpElement,
        });
      }
    }
    for (const r of results.lighthouse) {
      const k = `Lighthouse ${r.formFactor} (median of ${runs})`;
      put(`${k}: score`, r.build, String(r.score));
      put(`${k}: FCP`, r.build, `${(r.fcp / 1000).toFixed(2)} s`);
      put(`${k}: LCP`, r.build, `${(r.lcp / 1000).toFixed(2)} s`);
      put(`${k}: TBT`, r.build, ms(r.tbt));
      put(`${k}: CLS`, r.build, r.cls.toFixed(3));
      put(`${k}: bytes`, r.build, `${(r.bytes / 1024).toFixed(0)} KB`);
    }
  }

  const browser = ['phone', 'taps', 'interaction', 'scale'].some((p) => parts.has(p)) ? await launch() : null;
  if (parts.has('phone')) {
    const links = [
      ['a shared sector link', '?v=2&lang=en&sectors=nev'],
      ['a plain visit', ''],
    ];
    for (const [what, query] of links) {
      const samples = new Map(servers.map((s) => [s.label, []]));
      for (let i = 0; i < runs; i++)
        for (const s of servers) {
          const r = await slowPhoneOnce(browser, `${s.url}${query}`);
          samples.get(s.label).push(r);
          process.stderr.write(`slow phone, ${what}, ${s.label} #${i + 1}: ${JSON.stringify(r)}\n`);
        }
      for (const s of servers) {
        const xs = samples.get(s.label);
        const m = (k) => median(xs.map((x) => x[k]));
        results.phone.push({ build: s.label, what, fcp: m('fcpMs'), named: m('namedMs'), tap: m('tapMs') });
        const k = `slow phone (Fast 3G, 4× CPU, 390×844), ${what} (median of ${runs})`;
        put(`${k}: first paint`, s.label, ms(m('fcpMs')));
        put(`${k}: markers drawn and named`, s.label, ms(m('namedMs')));
        put(`${k}: first tap answered`, s.label, ms(m('tapMs')));
      }
    }
  }
  if (parts.has('taps')) {
    const TAPS = 6;
    const samples = new Map(apps.map((s) => [s.label, []]));
    for (let i = 0; i < runs; i++)
      for (const s of apps) {
        const r = await parkTaps(browser, s.url, TAPS);
        samples.get(s.label).push(r);
        process.stderr.write(`park taps, ${s.label} #${i + 1}: ${JSON.stringify(r)}\n`);
      }
    for (const s of apps) {
      const xs = samples.get(s.label);
      const row = {
        build: s.label,
        latency: median(xs.flatMap((x) => x.latency)),
        firstAfter: median(xs.map((x) => x.after[0])),
        laterAfter: median(xs.flatMap((x) => x.after.slice(1))),
      };
      results.taps.push(row);
      const k = `park taps, 390×844, 4× CPU (${TAPS} taps × ${runs})`;
      put(`${k}: tap to paint, median`, s.label, ms(row.latency));
      put(`${k}: longest task in the 2 s after the first tap's paint, median`, s.label, ms(row.firstAfter));
      put(`${k}: the same after the later taps, median`, s.label, ms(row.laterAfter));
    }
  }
  if (parts.has('interaction')) {
    for (const cpu of [1, 4])
      for (const tab of tabs)
        for (const s of apps) {
          const { context, page } = await openDashboard(browser, `${s.url}?tab=${tab}`, { cpu });
          const lat = await toggleLatencies(page, toggles, 'nev', pace);
          await context.close();
          const row = {
            build: s.label,
            cpu,
            tab,
            median: median(lat),
            p95: quantile(lat, 0.95),
            max: Math.max(...lat),
          };
          results.interaction.push(row);
          process.stderr.write(`toggle ${s.label} ${cpu}× ${tab}: median ${row.median} p95 ${row.p95}\n`);
        }
    for (const r of results.interaction)
      put(
        `toggle, ${r.tab} tab, ${r.cpu}× CPU: median / p95 (of ${toggles})`,
        r.build,
        `${ms(r.median)} / ${ms(r.p95)}`,
      );
  }

  if (parts.has('scale')) {
    const shipped = JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8'));
    const geography = JSON.parse(readFileSync('public/geo/zhaoqing.json', 'utf8'));
    for (const n of scales) {
      const dataset = withSyntheticProjects(shipped, geography, n);
      for (const s of apps)
        for (const cpu of [1, 4]) {
          let row;
          try {
            const { context, page, cdp, loadMs } = await openDashboard(browser, s.url, { dataset, cpu });
            const lat = await toggleLatencies(page, Math.min(toggles, 20), 'nev', pace);
            row = {
              build: s.label,
              n,
              cpu,
              loadMs,
              heap: await heapMb(cdp),
              median: median(lat),
              p95: quantile(lat, 0.95),
            };
            await context.close();
          } catch (e) {
            row = { build: s.label, n, cpu, error: String(e.message ?? e).split('\n')[0] };
          }
          results.scale.push(row);
          process.stderr.write(`scale ${s.label} ${n} ${cpu}×: ${JSON.stringify(row)}\n`);
        }
    }
    for (const r of results.scale) {
      const k = `${r.n.toLocaleString('en')} projects, ${r.cpu}× CPU`;
      if (r.error) {
        put(`${k}: load`, r.build, r.error);
        continue;
      }
      put(`${k}: load (map and filter drawn)`, r.build, ms(r.loadMs));
      put(`${k}: JS heap after GC`, r.build, `${r.heap.toFixed(1)} MB`);
      put(`${k}: toggle median / p95 (of 20)`, r.build, `${ms(r.median)} / ${ms(r.p95)}`);
    }
  }
  await browser?.close();
} finally {
  for (const s of servers) s.stop();
}

const benchmarkIndex = median(machine.benchmarkIndex);
console.log(
  `Machine: ${machine.cpu}, ${machine.cores} cores${
    Number.isFinite(benchmarkIndex)
      ? `, Lighthouse benchmark index ${Math.round(benchmarkIndex)} (median)`
      : ''
  }.\n` +
    `Toggle latency: Event Timing, pointer-down to next paint; 8 ms = under its 16 ms threshold; ${
      pace.backToBack
        ? 'each click as soon as the last one painted'
        : 'each click once the last one’s work is done'
    }.\n\n${table()}`,
);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.json', JSON.stringify(results, null, 2));
