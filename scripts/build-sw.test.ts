import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServiceWorker, DATA_CACHE } from './build-sw.mjs';

/**
 * What the offline copy holds, on a small stand-in of dist/ (the real one is exercised by
 * tests/e2e/offline.e2e.ts): every chunk and the page precached, the data left to the network-first
 * route and stored at install, and no worker that takes over a running page.
 */

const dist = mkdtempSync(join(tmpdir(), 'build-sw-'));
const FILES = [
  'index.html',
  'assets/index-AbCd1234.js',
  'assets/charts-panel-Ef_h5678.js',
  'assets/charts-panel-Xy-z9012.css',
  'assets/zh-Hant-sa-oTphb.js',
  'assets/first-screen-43e41816.js',
  'geo/zhaoqing.json',
  'data/zhaoqing-2024.json',
  'data/zhaoqing-followup.json',
  'data/zhaoqing-parks.json',
  '.vite/manifest.json',
];
let sw = '';
let extra = '';

beforeAll(async () => {
  for (const file of FILES) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), file.endsWith('.json') ? '{}' : `/* ${file} */`);
  }
  await buildServiceWorker(dist);
  sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const [extraName] = readdirSync(dist).filter((f) => /^sw-extra-[0-9a-f]{8}\.js$/.test(f));
  extra = readFileSync(join(dist, extraName ?? 'missing'), 'utf8');
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const precached = () => [...sw.matchAll(/\{url:"([^"]+)",revision:(null|"[0-9a-f]+")\}/g)].map((m) => m[1]);

describe('the service worker build', () => {
  it('precaches the page and every chunk (lazy ones too), not the data', () => {
    expect(precached().sort()).toEqual(
      [
        'assets/charts-panel-Ef_h5678.js',
        'assets/charts-panel-Xy-z9012.css',
        'assets/first-screen-43e41816.js',
        'assets/index-AbCd1234.js',
        'assets/zh-Hant-sa-oTphb.js',
        'index.html',
      ].sort(),
    );
    // Hashed names are their own revision; the page carries one.
    expect(sw).toContain('{url:"assets/index-AbCd1234.js",revision:null}');
    expect(sw).toMatch(/\{url:"index\.html",revision:"[0-9a-f]{32}"\}/);
  });

  it('stores the data and geography at install, for the network-first route', () => {
    expect(extra).toContain(
      `const DATA_FILES = ${JSON.stringify(['data/zhaoqing-2024.json', 'data/zhaoqing-followup.json', 'data/zhaoqing-parks.json', 'geo/zhaoqing.json'])};`,
    );
    expect(extra).toContain(`const DATA_CACHE = ${JSON.stringify(DATA_CACHE)};`);
    expect(sw).toContain(`cacheName:"${DATA_CACHE}"`);
    expect(sw).toMatch(/importScripts\("sw-extra-[0-9a-f]{8}\.js"\)/);
  });

  it('never takes over a running page by itself: skipWaiting only when the page asks', () => {
    // Workbox's generated worker calls skipWaiting only in its SKIP_WAITING message handler, and
    // the extra script only after counting the windows.
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
    expect(extra).toContain("'SKIP_WAITING_IF_ALONE'");
  });
});
