// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedVocabulary } from '../../tests/fixtures/shipped-vocabulary';
import { HISTORY_RETRY_MS, MAP_WRITE_DEBOUNCE_MS, useUrlSync } from './use-url-sync';
import { createViewStore, type ViewStore } from './view-store';
import { ViewStoreProvider } from './view-store-context';
import { DEFAULT_VIEW } from './view-state';

const vocab = shippedVocabulary();
const SECTOR_ORDER = [...vocab.sectors];

function start(url = '/', options: { strict?: boolean } = {}) {
  window.history.replaceState(null, '', url);
  const store = createViewStore();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ViewStoreProvider store={store}>{children}</ViewStoreProvider>
  );
  // StrictMode runs effects twice, as `npm run dev` does.
  const hook = renderHook(() => useUrlSync(vocab), { wrapper, reactStrictMode: options.strict ?? false });
  // Spy only after the start-up replace, so counts are of what the user's actions cause.
  const push = vi.spyOn(window.history, 'pushState');
  const replace = vi.spyOn(window.history, 'replaceState');
  return { store, hook, push, replace, actions: store.getState().actions };
}

const search = () => window.location.search;
const moveMap = (store: ViewStore, i: number) =>
  act(() =>
    store
      .getState()
      .actions.setMapView({ south: 23 + i / 1000, west: 112.5, north: 23.2 + i / 1000, east: 112.8 }),
  );

afterEach(() => {
  vi.useRealTimers();
});

describe('useUrlSync: reading the link', () => {
  it('opens the view of the link and rewrites the address in canonical form', () => {
    const { store } = start('/?utm_source=x&tab=charts&sectors=storage,nev&lang=EN');
    expect(store.getState().view).toEqual({
      ...DEFAULT_VIEW,
      lang: 'en',
      sectors: ['nev', 'storage'],
      tab: 'charts',
    });
    expect(search()).toBe('?v=2&lang=en&sectors=nev,storage&tab=charts');
    expect(store.getState().ignored).toEqual([]);
  });

  it('applies the valid part of a bad link and keeps the notice, even under StrictMode', () => {
    const { store } = start('/?park=%3Cscript%3Ealert(1)%3C/script%3E&sectors=nev', { strict: true });
    expect(store.getState().view.sectors).toEqual(['nev']);
    expect(store.getState().view.park).toBeNull();
    expect(store.getState().ignored).toEqual([{ param: 'park', value: '<script>alert(1)</script>' }]);
    expect(search()).toBe('?v=2&sectors=nev');
  });
});

describe('useUrlSync: writing', () => {
  it('pushes one history entry per discrete change', () => {
    const { actions, push, replace } = start();
    act(() => actions.toggleSector('storage', SECTOR_ORDER));
    expect(search()).toBe('?v=2&sectors=storage');
    act(() => actions.toggleSector('nev', SECTOR_ORDER));
    expect(search()).toBe('?v=2&sectors=nev,storage');
    act(() => actions.selectPark('high-tech-zone'));
    act(() => actions.setTab('charts'));
    act(() => actions.setLang('zh-Hant'));
    expect(search()).toBe('?v=2&lang=zh-Hant&sectors=nev,storage&park=high-tech-zone&tab=charts');
    expect(push).toHaveBeenCalledTimes(5);
    expect(replace).not.toHaveBeenCalled();
  });

  it('pushes entering a presentation, then replaces its entry scene by scene, and pushes leaving it', () => {
    const { actions, store, push, replace } = start();
    act(() => actions.setPresenting(true));
    expect(push).toHaveBeenCalledTimes(1);
    for (let scene = 1; scene <= 50; scene++)
      act(() => actions.replaceView({ ...store.getState().view, scene, sectors: scene % 2 ? ['nev'] : [] }));
    expect(search()).toBe('?v=2&mode=present&scene=51');
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(50);
    act(() => actions.setPresenting(false));
    expect(push).toHaveBeenCalledTimes(2);
  });

  it('writes nothing when an action leaves the view as it was', () => {
    const { actions, push, replace } = start('/?tab=parks');
    act(() => actions.setTab('parks'));
    act(() => actions.setIgnored([]));
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });

  it('turns 200 map moves in 10 s into one replace and no push', () => {
    vi.useFakeTimers();
    const { store, push, replace } = start();
    for (let i = 0; i < 200; i++) {
      moveMap(store, i);
      act(() => vi.advanceTimersByTime(50));
    }
    expect(replace).toHaveBeenCalledTimes(0); // still moving: nothing written yet
    act(() => vi.advanceTimersByTime(MAP_WRITE_DEBOUNCE_MS));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
    expect(search()).toBe('?v=2&map=23.199,112.5,23.399,112.8');
  });

  it('stays under Safari’s 100 history updates in 30 s with the worst spacing of moves', () => {
    vi.useFakeTimers();
    const { store, replace } = start();
    // Just slower than the debounce: every move is written.
    for (let i = 0; i < 100; i++) {
      moveMap(store, i);
      act(() => vi.advanceTimersByTime(MAP_WRITE_DEBOUNCE_MS + 1));
    }
    expect(replace).toHaveBeenCalledTimes(100);
    // So the worst case is one replace per debounce period (plus the move before it). Safari throws
    // past 100 history updates in 30 s: a debounce of 300 ms or more stays within that.
    expect(MAP_WRITE_DEBOUNCE_MS).toBeGreaterThanOrEqual(300);
  });

  it('writes the pending map move into the current entry before pushing a discrete change', () => {
    vi.useFakeTimers();
    const { store, actions, push, replace } = start('/?tab=parks');
    moveMap(store, 50);
    act(() => actions.toggleSector('nev', SECTOR_ORDER));
    expect(replace.mock.calls.map((c) => c[2])).toEqual(['/?v=2&map=23.05,112.5,23.25,112.8&tab=parks']);
    expect(push.mock.calls.map((c) => c[2])).toEqual([
      '/?v=2&sectors=nev&map=23.05,112.5,23.25,112.8&tab=parks',
    ]);
    const order = (spy: typeof push) => spy.mock.invocationCallOrder[0] ?? Infinity;
    expect(order(replace)).toBeLessThan(order(push));
    act(() => vi.advanceTimersByTime(5_000));
    expect(replace).toHaveBeenCalledTimes(1); // the flushed write is not repeated
  });

  it('writes a pending map move when the app unmounts', () => {
    vi.useFakeTimers();
    const { store, hook } = start();
    moveMap(store, 1);
    hook.unmount();
    expect(search()).toBe('?v=2&map=23.001,112.5,23.201,112.8');
  });

  it('survives the browser refusing a history update (Safari’s rate limit) and catches up', () => {
    vi.useFakeTimers();
    const { store, actions, push } = start();
    push.mockImplementationOnce(() => {
      throw new DOMException('Attempt to use history.pushState() more than 100 times', 'SecurityError');
    });
    act(() => actions.setTab('charts'));
    expect(store.getState().view.tab).toBe('charts');
    expect(search()).toBe('');
    act(() => vi.advanceTimersByTime(HISTORY_RETRY_MS));
    expect(search()).toBe('?v=2&tab=charts');
  });
});

describe('useUrlSync: Back and Forward', () => {
  it('restores the view of the entry the browser returns to, without writing', () => {
    const { store, actions, push, replace } = start('/?tab=parks');
    act(() => actions.toggleSector('nev', SECTOR_ORDER));
    act(() => actions.setLang('en'));
    push.mockClear();

    // What the browser does on Back: move to the older entry, then fire popstate.
    act(() => {
      window.history.replaceState(null, '', '/?v=1&sectors=nev&tab=parks');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    replace.mockClear();
    expect(store.getState().view).toEqual({ ...DEFAULT_VIEW, sectors: ['nev'], tab: 'parks' });
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });

  it('goes Back and Forward through real history entries', async () => {
    const { store, actions } = start('/');
    act(() => actions.setTab('charts'));
    act(() => actions.toggleSector('storage', SECTOR_ORDER));
    expect(search()).toBe('?v=2&sectors=storage&tab=charts');

    act(() => window.history.back());
    await waitFor(() => expect(store.getState().view.sectors).toEqual([]));
    expect(store.getState().view.tab).toBe('charts');
    expect(search()).toBe('?v=2&tab=charts');

    act(() => window.history.back());
    await waitFor(() => expect(store.getState().view).toEqual(DEFAULT_VIEW));

    act(() => window.history.forward());
    await waitFor(() => expect(store.getState().view.tab).toBe('charts'));
    act(() => window.history.forward());
    await waitFor(() => expect(store.getState().view.sectors).toEqual(['storage']));
  });

  it('drops a pending map write when the user goes Back: that entry is already left', () => {
    vi.useFakeTimers();
    const { store, actions, replace } = start('/');
    act(() => actions.setTab('charts'));
    moveMap(store, 7);
    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    replace.mockClear();
    act(() => vi.advanceTimersByTime(5_000));
    expect(replace).not.toHaveBeenCalled();
    expect(search()).toBe('');
    expect(store.getState().view).toEqual(DEFAULT_VIEW);
  });
});
