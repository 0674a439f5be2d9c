import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  STALE_CHUNK_RELOAD_KEY,
  STALE_CHUNK_RELOAD_WINDOW_MS,
  reloadOnStaleChunk,
  type ReloadHost,
} from './reload-on-stale-chunk';

/** A window stand-in: events, a session store and a reload counter (runs in node). */
function fakeWindow(storage: Map<string, string> = new Map()) {
  const events = new EventTarget();
  const reload = vi.fn();
  const host: ReloadHost = {
    addEventListener: (type, listener) => events.addEventListener(type, listener),
    removeEventListener: (type, listener) => events.removeEventListener(type, listener),
    sessionStorage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
    },
    location: { reload },
  };
  const preloadError = () => events.dispatchEvent(new Event('vite:preloadError', { cancelable: true }));
  return { host, reload, storage, preloadError };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-30T08:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('reloadOnStaleChunk', () => {
  it('reloads the page when a chunk of an older deployment cannot be loaded, and does not cancel the error', () => {
    const w = fakeWindow();
    reloadOnStaleChunk(w.host);
    const notCancelled = w.preloadError();
    expect(w.reload).toHaveBeenCalledTimes(1);
    expect(notCancelled).toBe(true); // the import still rejects, so the part's boundary shows it
    expect(w.storage.get(STALE_CHUNK_RELOAD_KEY)).toBe(String(Date.now()));
  });

  it('reloads only once: a failure soon after that reload (the same tab, a new page) is left to Retry', () => {
    const storage = new Map<string, string>();
    const first = fakeWindow(storage);
    reloadOnStaleChunk(first.host);
    first.preloadError();
    // The reloaded page shares the tab's sessionStorage.
    const second = fakeWindow(storage);
    reloadOnStaleChunk(second.host);
    vi.advanceTimersByTime(5_000);
    second.preloadError();
    second.preloadError();
    expect(first.reload).toHaveBeenCalledTimes(1);
    expect(second.reload).not.toHaveBeenCalled();
  });

  it('reloads again for a later deployment, long after the last reload', () => {
    const w = fakeWindow();
    reloadOnStaleChunk(w.host);
    w.preloadError();
    vi.advanceTimersByTime(STALE_CHUNK_RELOAD_WINDOW_MS + 1);
    w.preloadError();
    expect(w.reload).toHaveBeenCalledTimes(2);
  });

  it('never reloads when sessionStorage is unavailable, since it could not stop a loop', () => {
    const w = fakeWindow();
    const blocked: ReloadHost = {
      ...w.host,
      sessionStorage: {
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
        setItem: () => undefined,
      },
    };
    reloadOnStaleChunk(blocked);
    w.preloadError();
    expect(w.reload).not.toHaveBeenCalled();
  });

  it('stops listening when its cleanup runs', () => {
    const w = fakeWindow();
    reloadOnStaleChunk(w.host)();
    w.preloadError();
    expect(w.reload).not.toHaveBeenCalled();
  });
});
