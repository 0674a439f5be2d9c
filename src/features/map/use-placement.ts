import { startTransition, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import type { BoundsTuple, LatLngTuple } from '../../domain/map/geo';
import type { LabelBox } from '../../domain/map/map-labels';
import type { MapItem } from '../../domain/map/map-items';
import type { Placement } from '../../domain/map/park-placement';
import { createPlacementSource } from './placement-source';

/** The map's zoom, updated when a zoom ends (never during the animation). */
export function useMapZoom(map: LeafletMap): number {
  const [zoom, setZoom] = useState(() => map.getZoom());
  useEffect(() => {
    const onZoom = () => setZoom(map.getZoom());
    map.on('zoomend', onZoom);
    return () => {
      map.off('zoomend', onZoom);
    };
  }, [map]);
  return zoom;
}

interface Inputs {
  items: readonly MapItem[];
  labels: readonly LabelBox[];
  within: BoundsTuple;
  regions: ReadonlyMap<string, readonly (readonly LatLngTuple[])[]>;
}

/**
 * Placement for the current zoom, computed off the main thread and cached per zoom for as long as
 * the items and names stay the same; the zoom levels next to the current one are asked for once
 * it is drawn, so a zoom step usually finds its placement ready. Until the first placement arrives
 * nothing is placed (null); while a new one is computed (a zoom, a language), the last one stands
 * in, and `current` is false.
 */
export function usePlacement(
  { items, labels, within, regions }: Inputs,
  zoom: number,
): { placement: Placement | null; current: boolean } {
  const source = useMemo(
    () => createPlacementSource({ items, labels, options: { within, regions } }),
    [items, labels, within, regions],
  );
  useEffect(() => () => source.dispose(), [source]);
  const [latest, setLatest] = useState<Placement | null>(null);
  // A layout effect: the worker is asked in the task that commits the map, not after its paint
  // (on a slow phone the passive effects ran 100–200 ms later, all of it before the first names).
  useLayoutEffect(() => {
    let live = true;
    void source.request(zoom).then((placement) => {
      // A transition: the symbols and names re-render in slices, not as one long task (issue 26).
      if (live) startTransition(() => setLatest(placement));
    });
    return () => {
      live = false;
    };
  }, [source, zoom]);
  // Until the new one arrives the last placement stands in, even for other names (a language
  // switch): the markers take their new names at once and move the few pixels a moment later.
  const exact = source.get(zoom);
  const drawn = exact !== undefined;
  // The neighbouring zooms once this one is drawn: their answers (each a message to read on the
  // main thread) must not compete with drawing the first names.
  useEffect(() => {
    if (!drawn) return;
    for (const z of [zoom + 0.25, zoom - 0.25, zoom + 1, zoom - 1])
      if (z >= 6 && z <= 14) void source.request(z);
  }, [source, zoom, drawn]);
  return { placement: exact ?? latest, current: exact !== undefined };
}
