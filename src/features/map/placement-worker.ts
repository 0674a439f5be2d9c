/// <reference lib="webworker" />
import {
  placeMarkers,
  type Placement,
  type PlacementInput,
  type PlacementOptions,
} from '../../domain/map/park-placement';
import type { LabelBox } from '../../domain/map/map-labels';

/**
 * Marker placement off the main thread: a low zoom's placement takes tens of milliseconds on a
 * phone, which in the page would be a long task on every zoom (and at start-up).
 */
export interface PlacementScene {
  items: readonly PlacementInput[];
  labels: readonly LabelBox[];
  options: PlacementOptions;
}
export type PlacementRequest = { kind: 'scene'; scene: PlacementScene } | { kind: 'place'; zoom: number };
export interface PlacementReply {
  zoom: number;
  placement: Placement;
}

let scene: PlacementScene | null = null;
self.onmessage = (event: MessageEvent<PlacementRequest>) => {
  const message = event.data;
  if (message.kind === 'scene') {
    scene = message.scene;
    return;
  }
  if (!scene) return;
  const placement = placeMarkers(scene.items, scene.labels, message.zoom, scene.options);
  self.postMessage({ zoom: message.zoom, placement } satisfies PlacementReply);
};
