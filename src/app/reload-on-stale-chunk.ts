/** Where the time of the last such reload is kept (per tab, so other tabs are not affected). */
export const STALE_CHUNK_RELOAD_KEY = 'zq344:stale-chunk-reload';
/** A failure this soon after such a reload is not a stale page: the chunk is really unreachable. */
export const STALE_CHUNK_RELOAD_WINDOW_MS = 60_000;

/** The parts of `window` this needs (a stand-in in tests). */
export interface ReloadHost {
  addEventListener(type: 'vite:preloadError', listener: () => void): void;
  removeEventListener(type: 'vite:preloadError', listener: () => void): void;
  readonly sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  readonly location: Pick<Location, 'reload'>;
}

/**
 * After a new deployment, a page opened before it asks for chunks whose hashed names no longer
 * exist. Vite's loader announces each such failure with a `vite:preloadError` event on window;
 * the cure is to load the page again, which loses nothing because the view lives in the URL.
 *
 * Once only: the time of the reload is kept in sessionStorage, and a failure within
 * STALE_CHUNK_RELOAD_WINDOW_MS of it does not reload again, so an unreachable chunk cannot make the
 * page reload in a loop; that part's own error boundary then shows its message and Retry. The
 * event is not cancelled, so the failed import still rejects and the boundary sees it.
 * Where sessionStorage is unavailable the page is never reloaded (the loop could not be guarded).
 *
 * Call once at start-up, before the first render; returns a function that removes the listener.
 */
export function reloadOnStaleChunk(host: ReloadHost = window): () => void {
  const onPreloadError = () => {
    const now = Date.now();
    try {
      const last = Number(host.sessionStorage.getItem(STALE_CHUNK_RELOAD_KEY) ?? 0);
      if (now - last < STALE_CHUNK_RELOAD_WINDOW_MS) return;
      host.sessionStorage.setItem(STALE_CHUNK_RELOAD_KEY, String(now));
    } catch {
      return; // storage blocked (private mode, sandboxed frame): no guard, so no reload
    }
    host.location.reload();
  };
  host.addEventListener('vite:preloadError', onPreloadError);
  return () => host.removeEventListener('vite:preloadError', onPreloadError);
}
