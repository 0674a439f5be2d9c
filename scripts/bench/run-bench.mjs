// `npm run bench`: the performance table of issue "fast on a phone". Not part of the test run.
//
//   node scripts/bench/run-bench.mjs [--dist dist] [--dist before=/tmp/old/dist] [--runs 5]
//        [--toggles 50] [--scales 1000,10000,100000] [--only lighthouse,interaction,scale]
//
// Each --dist is a production build (label=dir); several are measured alternately in one run, so a
// before/after comparison shares the machine's noise. Prints one Markdown table per part and writes
// test-results/bench.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { withSyntheticProjects } from '../../tests/fixtures/synthetic-projects.mjs';
import { heapMb, launch, median, openDashboard, quantile, toggleLatencies } from './interaction.mjs';
import { lighthouseOnce } from './lighthouse.mjs';
import { servePreview } from './serve.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', multiple: true, default: ['dist'] },
    runs: { type: 'string', default: '5' },
    toggles: { type: 'string', default: '50' },
    scales: { type: 'string', default: '1000,10000,100000' },
    only: { type: 'string', default: 'lighthouse,interaction,scale' },
    tabs: { type: 'string', default: 'overview,parks,charts' },
  },
});
const builds = values.dist.map((d) => {
  const [label, dir] = d.includes('=') ? d.split('=') : [d, d];
  return { label, dir };
});
const runs = Number(values.runs);
const toggles = Number(values.toggles);
const parts = new Set(values.only.split(','));
const tabs = values.tabs.split(',');
const scales = values.scales.split(',').filter(Boolean).map(Number);

const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '—');
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const servers = [];
for (const b of builds) servers.push({ ...b, ...(await servePreview(b.dir)) });
const results = { date: new Date().toISOString(), lighthouse: [], interaction: [], scale: [] };
const out = [];

try {
  if (parts.has('lighthouse')) {
    for (const formFactor of ['mobile', 'desktop']) {
      const samples = new Map(servers.map((s) => [s.label, []]));
      // Alternate builds run by run, so both see the same machine.
      for (let i = 0; i < runs; i++)
        for (const s of servers) {
          const r = await lighthouseOnce(s.url, formFactor);
          samples.get(s.label).push(r);
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
    out.push(
      `### Lighthouse 12 (median of ${runs})\n\n` +
        table(
          ['build', 'form factor', 'score', 'FCP', 'LCP', 'TBT', 'CLS', 'KB transferred'],
          results.lighthouse.map((r) => [
            r.build,
            r.formFactor,
            r.score,
            `${(r.fcp / 1000).toFixed(2)} s`,
            `${(r.lcp / 1000).toFixed(2)} s`,
            ms(r.tbt),
            r.cls.toFixed(3),
            (r.bytes / 1024).toFixed(0),
          ]),
        ),
    );
  }

  const browser = parts.has('interaction') || parts.has('scale') ? await launch() : null;
  if (parts.has('interaction')) {
    for (const cpu of [1, 4])
      for (const tab of tabs)
        for (const s of servers) {
          const { context, page } = await openDashboard(browser, `${s.url}?tab=${tab}`, { cpu });
          const lat = await toggleLatencies(page, toggles);
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
    out.push(
      `### Sector toggle, pointer-down to next paint (Event Timing, ${toggles} toggles; ≤ 8 = under the 16 ms reporting threshold)\n\n` +
        table(
          ['build', 'CPU', 'tab', 'median', 'p95', 'max'],
          results.interaction.map((r) => [r.build, `${r.cpu}×`, r.tab, ms(r.median), ms(r.p95), ms(r.max)]),
        ),
    );
  }

  if (parts.has('scale')) {
    const shipped = JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8'));
    const geography = JSON.parse(readFileSync('public/geo/zhaoqing.json', 'utf8'));
    for (const n of scales) {
      const dataset = withSyntheticProjects(shipped, geography, n);
      for (const s of servers)
        for (const cpu of [1, 4]) {
          let row;
          try {
            const { context, page, cdp, loadMs } = await openDashboard(browser, s.url, { dataset, cpu });
            const lat = await toggleLatencies(page, Math.min(toggles, 20));
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
    out.push(
      '### Synthetic projects (toggle latency over 20 toggles)\n\n' +
        table(
          [
            'build',
            'projects',
            'CPU',
            'load (to map and filter drawn)',
            'JS heap after GC',
            'toggle median',
            'toggle p95',
          ],
          results.scale.map((r) =>
            r.error
              ? [r.build, r.n.toLocaleString('en'), `${r.cpu}×`, r.error, '', '', '']
              : [
                  r.build,
                  r.n.toLocaleString('en'),
                  `${r.cpu}×`,
                  ms(r.loadMs),
                  `${r.heap.toFixed(1)} MB`,
                  ms(r.median),
                  ms(r.p95),
                ],
          ),
        ),
    );
  }
  await browser?.close();
} finally {
  for (const s of servers) s.stop();
}

console.log(out.join('\n\n'));
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.json', JSON.stringify(results, null, 2));
