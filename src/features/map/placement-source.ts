import { placementByZoom, type Placement } from '../../domain/park-placement';
import type { PlacementReply, PlacementRequest, PlacementScene } from './placement-worker';

/**
 * Placements for one scene (items, names, bounds), by zoom: computed in a Web Worker where there is
 * one (each asked once, answers cached), else in the page (jsdom, very old browsers).
 */
export interface PlacementSource {
  /** The placement for `zoom` if it is ready. */
  get(zoom: number): Placement | undefined;
  /** Computes `zoom` (once); resolves when it is ready. */
  request(zoom: number): Promise<Placement>;
  dispose(): void;
}

export function createPlacementSource(scene: PlacementScene): PlacementSource {
  if (typeof Worker === 'undefined') {
    const place = placementByZoom(scene.items, scene.labels, scene.options);
    return {
      get: place,
      request: (zoom) => Promise.resolve(place(zoom)),
      dispose: () => undefined,
    };
  }
  const worker = new Worker(new URL('./placement-worker.ts', import.meta.url), {
    type: 'module',
    name: 'placement',
  });
  const ready = new Map<number, Placement>();
  const waiting = new Map<number, { promise: Promise<Placement>; resolve: (p: Placement) => void }>();
  worker.onmessage = (event: MessageEvent<PlacementReply>) => {
    const { zoom, placement } = event.data;
    ready.set(zoom, placement);
    waiting.get(zoom)?.resolve(placement);
    waiting.delete(zoom);
  };
  const send = (message: PlacementRequest) => worker.postMessage(message);
  send({ kind: 'scene', scene });
  return {
    get: (zoom) => ready.get(zoom),
    request: (zoom) => {
      const done = ready.get(zoom);
      if (done) return Promise.resolve(done);
      const pending = waiting.get(zoom);
      if (pending) return pending.promise;
      let resolve: (p: Placement) => void = () => undefined;
      const promise = new Promise<Placement>((r) => {
        resolve = r;
      });
      waiting.set(zoom, { promise, resolve });
      send({ kind: 'place', zoom });
      return promise;
    },
    dispose: () => {
      worker.terminate();
      waiting.clear();
    },
  };
}
