import { useEffect, useMemo, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import type { BoundsTuple, LatLngTuple } from '../../domain/geo';
import type { LabelBox } from '../../domain/map-labels';
import type { MapItem } from '../../domain/map-items';
import { placementByZoom, type Placement } from '../../domain/park-placement';

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

const idle = (work: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 50);
  return () => clearTimeout(id);
};

/**
 * Placement per zoom level, computed once and cached for as long as the items and names stay the
 * same; the zoom levels next to the current one are computed ahead while the browser is idle, so
 * a zoom step usually finds its placement ready.
 */
export function usePlacement({ items, labels, within, regions }: Inputs, zoom: number): Placement {
  const place = useMemo(
    () => placementByZoom(items, labels, { within, regions }),
    [items, labels, within, regions],
  );
  useEffect(() => {
    const ahead = [zoom + 0.25, zoom - 0.25, zoom + 1, zoom - 1].filter((z) => z >= 6 && z <= 14);
    let cancel = () => {};
    const next = () => {
      const z = ahead.shift();
      if (z === undefined) return;
      cancel = idle(() => {
        place(z);
        next();
      });
    };
    next();
    return () => cancel();
  }, [place, zoom]);
  return place(zoom);
}
