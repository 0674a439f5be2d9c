// Prints what a first visit downloads (gzip, and brotli as npm start sends it) and fails the build
// when a budget in size-budget.json is exceeded (gzip: what any server gives). Two budgets, two
// questions:
//   initial JS             the scripts the page needs before it is live: the entry and everything
//                          it imports statically (the boot script is inline, in the HTML);
//   first-screen transfer  everything the first screen shows: the HTML (prerendered screens), all
//                          of the above, the CSS, the data, the geography, the map's own chunks
//                          (lazy, but preloaded from the HTML) and the worker the page starts for
//                          marker placement. That is a Simplified Chinese reader's
//                          visit; another language's UI strings are printed beside it.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const refs = (re) => [...html.matchAll(re)].map((m) => m[1].replace(/^\.\//, ''));

const entry = Object.values(manifest).find((c) => c.isEntry);
if (!entry) throw new Error('no entry in the Vite manifest');
const staticClosure = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || staticClosure.has(chunk.file)) return;
  staticClosure.add(chunk.file);
  (chunk.imports ?? []).forEach(visit);
};
visit(Object.keys(manifest).find((k) => manifest[k] === entry));

// Any classic script the page loads by URL (none today: the boot script is inline).
const classic = refs(/<script src="([^"]+\.js)"><\/script>/g);
const initialJs = [...classic, ...staticClosure];
// A language's UI strings (data-lang): the boot script keeps only the reader's preload, and a
// Simplified Chinese reader (the default) needs none: they are reported beside the budget, not in it.
const languageJs = [
  ...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"[^>]*data-lang="([^"]+)"/g),
].map((m) => ({ file: m[1], lang: m[2] }));
const preloadedJs = refs(/<link rel="modulepreload"[^>]*href="([^"]+)"/g).filter(
  (f) => !staticClosure.has(f) && !languageJs.some((l) => l.file === f),
);
// Workers the page starts (new URL('…-worker-….js', import.meta.url)), beside the chunks in assets/.
const workers = [...initialJs, ...preloadedJs].flatMap((f) =>
  [...readFileSync(join(dist, f), 'utf8').matchAll(/new URL\(`([\w-]+\.js)`/g)].map((m) => `assets/${m[1]}`),
);
const css = refs(/<link rel="stylesheet"[^>]*href="([^"]+)"/g);
const preloadedCss = refs(/<link rel="preload" as="style"[^>]*href="([^"]+)"/g);

// What `npm start` sends a browser that accepts brotli: the build's .br copy (precompress.mjs), or
// the file itself where there is none (under a kilobyte).
const brotliSize = (f, raw) =>
  existsSync(join(dist, `${f}.br`)) ? statSync(join(dist, `${f}.br`)).size : raw;
const size = (files) =>
  [...new Set(files)].reduce(
    (acc, f) => {
      const buf = readFileSync(join(dist, f));
      return {
        raw: acc.raw + buf.length,
        gzip: acc.gzip + gzipSync(buf, { level: 9 }).length,
        br: acc.br + brotliSize(f, buf.length),
      };
    },
    { raw: 0, gzip: 0, br: 0 },
  );
const sum = (...parts) =>
  parts.reduce((a, p) => ({ raw: a.raw + p.raw, gzip: a.gzip + p.gzip, br: a.br + p.br }), {
    raw: 0,
    gzip: 0,
    br: 0,
  });
const htmlSize = {
  raw: Buffer.byteLength(html),
  gzip: gzipSync(html, { level: 9 }).length,
  br: brotliSize('index.html', Buffer.byteLength(html)),
};

const rows = {
  'HTML (prerendered)': htmlSize,
  'initial JS': size(initialJs),
  'map chunks (JS, CSS, worker)': size([...preloadedJs, ...preloadedCss, ...workers]),
  'initial CSS': size(css),
  geography: size(['geo/zhaoqing.json']),
  dataset: size(['data/zhaoqing-2024.json']),
};
rows['first-screen transfer'] = sum(...Object.values(rows));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const budget = existsSync('size-budget.json') ? JSON.parse(readFileSync('size-budget.json', 'utf8')) : null;
if (!budget) {
  console.error('size-budget.json is missing: the budgets are part of the build.');
  process.exit(1);
}
console.log('\nFirst-load sizes (what a visitor downloads: gzip from any server, br from npm start):');
console.log(
  `  ${'part'.padEnd(24)} ${'gzip'.padStart(9)} ${'br'.padStart(9)} ${'raw'.padStart(10)} ${'budget'.padStart(9)}`,
);
for (const [name, s] of Object.entries(rows)) {
  const max = budget[name];
  const mark = max === undefined ? '' : s.gzip > max * 1024 ? '  OVER' : '  ok';
  console.log(
    `  ${name.padEnd(24)} ${kb(s.gzip).padStart(9)} ${kb(s.br).padStart(9)} ${kb(s.raw).padStart(10)} ${max === undefined ? '' : `${max} KB`.padStart(9)}${mark}`,
  );
}
for (const { lang, file } of languageJs)
  console.log(`  + UI strings in ${lang}: ${kb(size([file]).gzip)} (${file})`);
console.log(`  initial JS files: ${initialJs.join(', ')}`);
console.log(`  map chunks: ${[...preloadedJs, ...preloadedCss, ...workers].join(', ')}`);

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/sizes.json', JSON.stringify(rows, null, 2));

const over = Object.entries(budget).filter(([k, max]) => !rows[k] || rows[k].gzip > max * 1024);
for (const [k, max] of over)
  console.error(
    rows[k] ? `over budget: ${k} ${kb(rows[k].gzip)} gzip > ${max} KB` : `budget names an unknown part: ${k}`,
  );
if (over.length) process.exit(1);
