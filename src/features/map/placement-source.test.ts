import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlacementSource } from './placement-source';
import { warmPlacementWorker } from './placement-worker-start';
import type { PlacementRequest } from './placement-worker';

/** A stand-in Worker: answers each placement request on the next tick, unless terminated. */
class FakeWorker {
  static started = 0;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  private dead = false;
  constructor() {
    FakeWorker.started++;
  }
  postMessage(message: PlacementRequest) {
    if (message.kind !== 'place') return;
    queueMicrotask(() => {
      if (!this.dead)
        this.onmessage?.({ data: { zoom: message.zoom, placement: { offsets: new Map(), leaders: [] } } });
    });
  }
  terminate() {
    this.dead = true;
  }
}

const scene = { items: [], labels: [], options: {} };

describe('createPlacementSource (with a worker)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.started = 0;
  });

  it('asks once per zoom, caches the answer, and starts the worker only when asked', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const source = createPlacementSource(scene);
    expect(FakeWorker.started).toBe(0);
    expect(source.get(8)).toBeUndefined();
    const [a, b] = await Promise.all([source.request(8), source.request(8)]);
    expect(a).toBe(b);
    expect(source.get(8)).toBe(a);
    expect(FakeWorker.started).toBe(1);
  });

  it('comes back to life after a dispose, as StrictMode’s clean-up and re-run need', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const source = createPlacementSource(scene);
    const lost = source.request(9);
    source.dispose();
    // The request the dispose cut off is asked again, and answered, by the next one.
    const again = await source.request(9);
    expect(again.leaders).toEqual([]);
    expect(FakeWorker.started).toBe(2);
    void lost;
  });

  it('takes the worker started ahead of the map (main.tsx) for its first placement, once', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    warmPlacementWorker();
    warmPlacementWorker();
    expect(FakeWorker.started).toBe(1);
    const source = createPlacementSource(scene);
    await source.request(8);
    expect(FakeWorker.started).toBe(1);
    // After a dispose the warm one is gone: the source starts its own.
    source.dispose();
    await source.request(9);
    expect(FakeWorker.started).toBe(2);
  });
});

describe('createPlacementSource (no worker: jsdom, old browsers)', () => {
  it('places in the page, at once', () => {
    const source = createPlacementSource(scene);
    expect(source.get(8)?.offsets.size).toBe(0);
  });
});
