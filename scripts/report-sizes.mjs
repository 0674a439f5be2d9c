// Prints what a first visit downloads (gzip): the initial JavaScript (entry + modulepreloads),
// CSS, the geography and the dataset. Exits non-zero when a budget in size-budget.json is exceeded.
import { readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = (re) => [...html.matchAll(re)].map((m) => m[1].replace(/^\.\//, ''));
const initialJs = [
  ...new Set([
    ...refs(/<script[^>]+src="([^"]+\.js)"/g),
    ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ]),
];
const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);

const size = (files) =>
  files.reduce(
    (acc, f) => {
      const buf = readFileSync(join(dist, f));
      return { raw: acc.raw + buf.length, gzip: acc.gzip + gzipSync(buf, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );

const rows = {
  'initial JS': size(initialJs),
  'initial CSS': size(css),
  geography: size(['geo/zhaoqing.json']),
  dataset: size(['data/zhaoqing-2024.json']),
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nFirst-load sizes (what a visitor downloads):');
for (const [name, s] of Object.entries(rows)) {
  console.log(`  ${name.padEnd(12)} ${kb(s.gzip).padStart(9)} gzip  ${kb(s.raw).padStart(9)} raw`);
}
console.log(`  initial JS files: ${initialJs.join(', ')}`);

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/sizes.json', JSON.stringify(rows, null, 2));

const budgetFile = 'size-budget.json';
if (existsSync(budgetFile)) {
  const budget = JSON.parse(readFileSync(budgetFile, 'utf8'));
  const over = Object.entries(budget).filter(([k, max]) => rows[k] && rows[k].gzip > max * 1024);
  for (const [k, max] of over) console.error(`  over budget: ${k} ${kb(rows[k].gzip)} gzip > ${max} KB`);
  if (over.length) process.exit(1);
}
