// Loaded by the generated dist/sw.js (importScripts, first), with two things Workbox's generateSW
// has no option for. scripts/build-sw.mjs copies it into dist/ under a content-hashed name and
// replaces the two placeholders below. Plain script, no modules: it runs in the service worker.
/* global self, caches */
const DATA_CACHE = '__DATA_CACHE__';
const DATA_FILES = ['__DATA_FILES__'];

// The data and geography are network-first (a deployment corrects a figure without a rebuild), so
// Workbox does not precache them; but the page fetched them before this worker existed, so its
// runtime cache would be empty on the first offline load. Fill it at install: the worker is not
// activated (and `navigator.serviceWorker.ready` does not resolve) until these are stored.
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(DATA_CACHE).then((cache) => cache.addAll(DATA_FILES)));
});

// A waiting version takes over only if no other window of the dashboard is open: each of those
// runs the old version and may still need the old chunks, which activation deletes from the cache.
// The page asks (src/data/apply-waiting-update.ts) and gets the answer on the message's port.
self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'SKIP_WAITING_IF_ALONE') return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const alone = windows.length <= 1;
      if (event.ports[0]) event.ports[0].postMessage(alone);
      return alone ? self.skipWaiting() : undefined;
    }),
  );
});
