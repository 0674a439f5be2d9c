import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { BoundsTuple } from '../../domain/geo';
import type { MapView } from '../../state/view-state';
import { useViewStoreApi } from '../../state/view-store-context';

/** Links keep 4 decimals (≈ 10 m) and 2 for zoom; smaller differences are the same view. */
const round = (n: number, digits: number) => Number(n.toFixed(digits));
const sameView = (a: MapView, b: MapView) =>
  Math.abs(a.lat - b.lat) < 1.5e-4 && Math.abs(a.lng - b.lng) < 1.5e-4 && Math.abs(a.zoom - b.zoom) < 0.011;

export const FIT_PADDING: [number, number] = [12, 12];
/** Of the spare width beside a fitted Zhaoqing, the share left on the west side. */
const EAST_BIAS_WEST_SHARE = 0.2;

/**
 * The one link between Leaflet's view and the view state (`view.map`):
 * - on start: fit Zhaoqing when the link has no map position, else show the linked position;
 * - a pan or zoom by the user is written back (the URL hook debounces and replaces history);
 *   fits and moves made here are not, so a fresh page never gains a `map=` param;
 * - a change from outside (Back/Forward, a pasted link) moves the map;
 * - when the container changes size (panel, window, rotation, fullscreen) Leaflet re-measures,
 *   so it never draws grey or misplaced; a map still "fitted" is fitted again.
 * Moves made here are synchronous (animate: false), which is what lets `programmatic` tell them apart.
 */
export function MapViewSync({ bounds }: { bounds: BoundsTuple }) {
  const map = useMap();
  const store = useViewStoreApi();

  useEffect(() => {
    let programmatic = false;
    const quietly = (move: () => void) => {
      programmatic = true;
      try {
        move();
      } finally {
        programmatic = false;
      }
    };
    const current = (): MapView => {
      const c = map.getCenter();
      return { lat: round(c.lat, 4), lng: round(c.lng, 4), zoom: round(map.getZoom(), 2) };
    };
    const fit = () =>
      quietly(() => {
        map.fitBounds(bounds, { padding: FIT_PADDING, animate: false });
        // Spare width (a wide map) goes mostly east, so the Greater Bay Area shows beside Zhaoqing.
        const west = map.latLngToContainerPoint([bounds[1][0], bounds[0][1]]).x;
        const east = map.latLngToContainerPoint([bounds[0][0], bounds[1][1]]).x;
        const spare = map.getSize().x - 2 * FIT_PADDING[0] - (east - west);
        if (spare > 8)
          map.panBy([west - (FIT_PADDING[0] + spare * EAST_BIAS_WEST_SHARE), 0], { animate: false });
      });
    const show = (view: MapView) => {
      if (!sameView(view, current()))
        quietly(() => map.setView([view.lat, view.lng], view.zoom, { animate: false }));
    };

    let last = store.getState().view.map;
    if (last) show(last);
    else fit();

    const onMoveEnd = () => {
      if (programmatic) return;
      const next = current();
      const stored = store.getState().view.map;
      if (stored && sameView(stored, next)) return;
      last = next;
      store.getState().actions.setMapView(next);
    };
    map.on('moveend', onMoveEnd);

    const unsubscribe = store.subscribe((state) => {
      const next = state.view.map;
      if (next === last) return;
      last = next;
      if (next === null) fit();
      else show(next);
    });

    const observer = new ResizeObserver(() => {
      quietly(() => map.invalidateSize({ pan: true }));
      if (store.getState().view.map === null) fit();
    });
    observer.observe(map.getContainer());

    return () => {
      map.off('moveend', onMoveEnd);
      unsubscribe();
      observer.disconnect();
    };
  }, [map, store, bounds]);

  return null;
}
