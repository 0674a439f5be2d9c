// Writes the service worker (dist/sw.js) that lets the dashboard load and run with no network after
// a first visit (README, "Offline"). Run at the end of scripts/prerender.mjs (so by `npm run build`
// and `npm run prerender`), or alone on a built directory. After the prerender, because the
// prerendered index.html it writes is part of what is cached, and its revision must be that of the
// final file. (That
// order is why this uses workbox-build directly rather than vite-plugin-pwa, which generates the
// worker inside `vite build`, before the prerender has written the page.)
//
//   node scripts/build-sw.mjs [distDir]
//
// - Precached (cache-first, all downloaded when the worker installs): index.html, every JS and CSS
//   chunk in assets/ (the lazy ones too: map, charts, Share dialog, the other languages' strings,
//   the placement worker).
// - Network-first, the cache as fallback: data/*.json and geo/*.json, filled at install
//   (scripts/sw/sw-extra.js) so the first offline load has them.
// - Updates: a new worker installs in the background and waits (no skipWaiting); it is taken at
//   the next load, or at a safe point the page chooses (src/data/apply-waiting-update.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSW } from 'workbox-build';

/** The runtime cache of the data and geography (the same name in sw-extra.js and Workbox's route). */
export const DATA_CACHE = 'zq344-data';
/** Files whose names carry Vite's content hash: their URL is their revision. */
export const HASHED = /^assets\/.+-[\w-]{8}\.\w+$/;
/** data/…json and geo/…json, wherever the app is deployed (its base is relative). */
const DATA_ROUTE = /\/(?:data|geo)\/[^/?]+\.json(?:\?.*)?$/;

const listJson = (dist, dir) =>
  readdirSync(join(dist, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${dir}/${f}`);

/** Writes dist/sw-extra-<hash>.js (replacing an older one) and returns its file name. */
function writeExtra(dist, dataFiles) {
  const source = readFileSync(new URL('./sw/sw-extra.js', import.meta.url), 'utf8')
    .replace("'__DATA_CACHE__'", JSON.stringify(DATA_CACHE))
    .replace("['__DATA_FILES__']", JSON.stringify(dataFiles));
  if (source.includes('__DATA_')) throw new Error('scripts/sw/sw-extra.js: a placeholder was not filled in');
  const name = `sw-extra-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
  for (const old of readdirSync(dist).filter((f) => /^sw-extra-.*\.js$/.test(f))) rmSync(join(dist, old));
  writeFileSync(join(dist, name), source);
  return name;
}

export async function buildServiceWorker(distDir) {
  const dist = resolve(distDir);
  const dataFiles = [...listJson(dist, 'data'), ...listJson(dist, 'geo')];
  const extra = writeExtra(dist, dataFiles);
  return generateSW({
    globDirectory: dist,
    globPatterns: ['index.html', 'assets/**/*.{js,css,svg,png,woff2}'],
    swDest: join(dist, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    // One file, no workbox-*.js beside it to fetch (and to keep in step with sw.js).
    inlineWorkboxRuntime: true,
    importScripts: [extra],
    dontCacheBustURLsMatching: HASHED,
    // Every address of the page (any query: the view lives in it) is the prerendered index.html.
    navigateFallback: 'index.html',
    navigateFallbackAllowlist: [/\/(?:index\.html)?(?:\?.*)?$/],
    // A running page is never taken over: no skipWaiting. clientsClaim only matters the first
    // time (there is no old version to take over from): the first page's lazy chunks then come
    // from the cache too. A new version claims only pages that are already its own.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: DATA_ROUTE,
        handler: 'NetworkFirst',
        // A network that hangs (an expo's Wi-Fi) falls back to the stored file instead of waiting.
        options: { cacheName: DATA_CACHE, networkTimeoutSeconds: 4 },
      },
    ],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const { count, size, warnings } = await buildServiceWorker(dist);
  for (const w of warnings) console.warn(`service worker: ${w}`);
  console.log(
    `service worker: ${count} files precached (${(size / 1024).toFixed(1)} KB raw), data and geography network-first`,
  );
}
