import { useEffect } from 'react';
import {
  latLng,
  latLngBounds,
  point,
  type LatLng,
  type LatLngExpression,
  type Map as LeafletMap,
} from 'leaflet';
import { useMap } from 'react-leaflet';
import type { BoundsTuple } from '../../domain/map/geo';
import { clipArea, fitArea, roundArea, sameArea, type MapArea } from '../../domain/map/map-area';
import { REGION_AREA, ZOOM_RANGE } from '../../state/view-state';
import type { ViewStoreState } from '../../state/view-store';
import { useViewStoreApi } from '../../state/view-store-context';

/** The map's zoom steps (Leaflet's zoomSnap): fitting an area picks one of them. */
export const ZOOM_SNAP = 0.25;
const FIT = { snap: ZOOM_SNAP, min: ZOOM_RANGE.min, max: ZOOM_RANGE.max };

export const FIT_PADDING: [number, number] = [12, 12];
/** Of the spare width beside a fitted Zhaoqing, the share left on the west side. */
const EAST_BIAS_WEST_SHARE = 0.2;
/** A presentation's move from one scene's subject to the next: smooth, and under a second. */
export const SCENE_MOVE_SECONDS = 0.8;

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The area the map is to show: while presenting, the scene's frame; else the view's own. */
const areaOf = (state: ViewStoreState): MapArea | null =>
  state.view.mode === 'present' ? (state.sceneFrame ?? state.view.map) : state.view.map;

/**
 * The one link between Leaflet's view and the view state (`view.map`, the area shown, or while
 * presenting the scene's frame, `sceneFrame`):
 * - on start: fit Zhaoqing when the link has no map area, else fit the linked area into this
 *   map, whatever its size (a desktop's area on a phone, a phone's on a wall);
 * - a pan or zoom by the user is written back as the area now in view (the URL hook debounces and
 *   replaces history); fits and moves made here are not, so a fresh page never gains a `map=`;
 * - a change from outside (Back/Forward, a pasted link) moves the map;
 * - when the container changes size (panel, window, rotation, fullscreen) Leaflet re-measures,
 *   so it never draws grey or misplaced, and the area (or Zhaoqing) is fitted again.
 * Moves made here are synchronous (animate: false), which is what lets `programmatic` tell them apart;
 * only a presentation's scenes move smoothly (SCENE_MOVE_SECONDS; a jump with reduced motion), and
 * while presenting the tour owns the map, so nothing is written back.
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
    /** The area in view, cut to the region (zoomed far out, a wide map shows more). */
    const current = (): MapArea => {
      const b = map.getBounds();
      const area = { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() };
      return roundArea(clipArea(area, REGION_AREA));
    };
    const there = (center: LatLngExpression, zoom: number) => {
      const c = map.getCenter();
      const to = latLng(center);
      return zoom === map.getZoom() && Math.abs(c.lat - to.lat) < 1e-6 && Math.abs(c.lng - to.lng) < 1e-6;
    };
    // Zhaoqing fitted, in one move or none: every move re-clips every outline, and at start-up
    // the map is already there twice over (its own fit, then the container's first resize).
    const fit = () => {
      const { center, zoom } = fittedZhaoqing(map, bounds);
      if (!there(center, zoom)) quietly(() => map.setView(center, zoom, { animate: false }));
    };
    const presenting = () => store.getState().view.mode === 'present';
    const show = (area: MapArea, smooth = false) => {
      const size = map.getSize();
      const { center, zoom } = fitArea(area, [size.x, size.y], FIT);
      if (there(center, zoom)) return;
      if (smooth && !reducedMotion()) map.flyTo(center, zoom, { duration: SCENE_MOVE_SECONDS });
      else quietly(() => map.setView(center, zoom, { animate: false }));
    };

    let last = areaOf(store.getState());
    if (last) show(last);
    else fit();

    const onMoveEnd = () => {
      if (programmatic || presenting()) return;
      const next = current();
      const stored = store.getState().view.map;
      if (stored && sameArea(stored, next)) return;
      last = next;
      store.getState().actions.setMapView(next);
    };
    map.on('moveend', onMoveEnd);

    const unsubscribe = store.subscribe((state) => {
      const next = areaOf(state);
      if (next === last) return;
      last = next;
      if (next === null) fit();
      else show(next, presenting());
    });

    let measured = map.getSize();
    const observer = new ResizeObserver(() => {
      // The first call only reports the size the map has already fitted.
      const box = map.getContainer();
      if (box.clientWidth === measured.x && box.clientHeight === measured.y) return;
      quietly(() => map.invalidateSize({ pan: true }));
      measured = map.getSize();
      const area = areaOf(store.getState());
      if (area === null) fit();
      // A presentation's frame is flown to: a resize may come mid-flight (full screen entered).
      else show(area, presenting());
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

/**
 * Where Leaflet's fitBounds(bounds, FIT_PADDING) would put the map, with the spare width (a wide
 * map) mostly east, so the Greater Bay Area shows beside Zhaoqing: computed, not moved to.
 */
function fittedZhaoqing(map: LeafletMap, bounds: BoundsTuple): { center: LatLng; zoom: number } {
  const box = latLngBounds(bounds);
  const padding = FIT_PADDING[0];
  const zoom = map.getBoundsZoom(box, false, point(2 * padding, 2 * padding));
  const sw = map.project(box.getSouthWest(), zoom);
  const ne = map.project(box.getNorthEast(), zoom);
  const middle = sw.add(ne).divideBy(2);
  const width = map.getSize().x;
  const spare = width - 2 * padding - (ne.x - sw.x);
  // Where the west edge would be, and where it goes: its padding plus a share of the spare width.
  const west = width / 2 - (ne.x - sw.x) / 2;
  const shift = spare > 8 ? west - (padding + spare * EAST_BIAS_WEST_SHARE) : 0;
  return { center: map.unproject(middle.add(point(shift, 0)), zoom), zoom };
}
