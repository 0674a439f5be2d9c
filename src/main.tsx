import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BOOT_STATUS_CLASS, LIVE_KEY } from '../scripts/first-screen-contract.mjs';
import { App, createAppQueryClient } from './app/app';
import { initialLang } from './app/initial-lang';
import { reloadOnStaleChunk } from './app/reload-on-stale-chunk';
import { loadMessages } from './i18n/resources';
import { datasetQuery, geographyQuery } from './data/queries';
import { decodeView } from './state/url-codec';
import { preloadPresentation } from './features/present/presentation-host';
import { preloadParkList } from './features/parks/parks-tab';
import { warmPlacementWorker } from './features/map/placement-worker-start';
import { preloadMap } from './features/map/map-slot';
import type { ViewState } from './state/view-state';

// After a new deployment, a chunk name of the old one leads to one clean reload (once).
reloadOnStaleChunk();

const preloadForLink = (view: ViewState): Promise<void> | null =>
  view.mode === 'present' ? preloadPresentation() : view.tab === 'parks' ? preloadParkList() : null;

// The map's code and its worker (which places the names) load and start while the page renders.
void preloadMap();
warmPlacementWorker();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The data were preloaded with the page (index.html); the first render waits for them, so the
// prerendered first screen is replaced once, by the live dashboard, never by a loading screen.
const client = createAppQueryClient();
const lang = initialLang(window.location.search, navigator.languages);
const ready = Promise.all([
  loadMessages(lang),
  client.prefetchQuery(datasetQuery),
  client.prefetchQuery(geographyQuery),
  // A link's first commit shows its view whole, not a lazy part's loading line that its chunk then
  // replaces (a jump): a presentation (presentation-host.tsx says why), the park list. Read through
  // the one codec, so an old link's migrated form decides as the store will.
  preloadForLink(decodeView(window.location.search).view),
]);

void ready.then(([messages]) => {
  // first-screen.ts shows this notice while the app is not live (a slow server); it is now.
  document.querySelector(`.${BOOT_STATUS_CLASS}`)?.remove();
  document.documentElement.dataset[LIVE_KEY] = 'true';
  // A transition renders in slices that leave the main thread free between them (no long task),
  // then swaps the first screen for the live one in a single commit.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App queryClient={client} messages={{ [lang]: messages }} />
      </StrictMode>,
    );
  });
});

// The offline copy (README, "Offline"): registered from its own chunk once the page has loaded and
// the main thread is idle, so neither the module nor the worker's downloads compete with the first
// screen, and its import (with its preload tags) is not part of this module's first task. Not in
// `vite dev`, which has no service worker to register.
if (import.meta.env.PROD) {
  const registerOffline = () => {
    const register = () =>
      void import('./data/register-service-worker').then((m) => m.registerServiceWorker());
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 0);
  };
  if (document.readyState === 'complete') registerOffline();
  else window.addEventListener('load', registerOffline, { once: true });
}
