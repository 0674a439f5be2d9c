import { placementByZoom, type Placement } from '../../domain/map/park-placement';
import { takePlacementWorker } from './placement-worker-start';
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
  const ready = new Map<number, Placement>();
  const waiting = new Map<number, { promise: Promise<Placement>; resolve: (p: Placement) => void }>();
  // Started on the first request and again after a dispose (React's StrictMode runs an effect's
  // clean-up and the effect again on the same source): a disposed source is never left dead.
  let worker: Worker | null = null;
  const start = (): Worker => {
    if (worker) return worker;
    const started = takePlacementWorker();
    started.onmessage = (event: MessageEvent<PlacementReply>) => {
      const { zoom, placement } = event.data;
      ready.set(zoom, placement);
      waiting.get(zoom)?.resolve(placement);
      waiting.delete(zoom);
    };
    started.postMessage({ kind: 'scene', scene } satisfies PlacementRequest);
    worker = started;
    return started;
  };
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
      start().postMessage({ kind: 'place', zoom } satisfies PlacementRequest);
      return promise;
    },
    dispose: () => {
      worker?.terminate();
      worker = null;
      // Unanswered requests are asked again by the next request for the same zoom.
      waiting.clear();
    },
  };
}
