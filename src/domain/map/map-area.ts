import type { LatLngTuple } from './geo';
import { project, unproject, type Point } from './web-mercator';

/**
 * The part of the map a view shows, as the area itself (edges in decimal degrees), not as a
 * centre and zoom: a centre and zoom show a different area on every screen size, so a link made on
 * a 1920-px desktop showed a phone only the middle of it. An area is fitted into whatever map it
 * opens on (`fitArea`), so the same places are in view on a phone and on a wall.
 */
export interface MapArea {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Links keep 4 decimals (≈ 10 m, about a pixel at the deepest zoom); more only lengthens them. */
export const AREA_DIGITS = 4;
const STEP = 10 ** -AREA_DIGITS;

const round = (n: number) => Number(n.toFixed(AREA_DIGITS));

export const roundArea = (a: MapArea): MapArea => ({
  south: round(a.south),
  west: round(a.west),
  north: round(a.north),
  east: round(a.east),
});

/** Equal to link precision: smaller differences are the same area, and the same link. */
export const sameArea = (a: MapArea, b: MapArea): boolean =>
  Math.abs(a.south - b.south) < 1.5 * STEP &&
  Math.abs(a.west - b.west) < 1.5 * STEP &&
  Math.abs(a.north - b.north) < 1.5 * STEP &&
  Math.abs(a.east - b.east) < 1.5 * STEP;

/** `a` cut to the box `within` (a map zoomed far out on a wide screen shows more than the region). */
export function clipArea(a: MapArea, within: MapArea): MapArea {
  return {
    south: Math.max(a.south, within.south),
    west: Math.max(a.west, within.west),
    north: Math.min(a.north, within.north),
    east: Math.min(a.east, within.east),
  };
}

/** Whether `a` is an area at all (north of its south, east of its west) and lies inside `within`. */
export const isAreaWithin = (a: MapArea, within: MapArea): boolean =>
  a.south < a.north &&
  a.west < a.east &&
  a.south >= within.south &&
  a.north <= within.north &&
  a.west >= within.west &&
  a.east <= within.east;

/** The area a map of `size` pixels shows around `center` at `zoom` (Web Mercator, as Leaflet). */
export function areaAround(center: LatLngTuple, zoom: number, size: Point): MapArea {
  const [x, y] = project(center, zoom);
  const [north, west] = unproject([x - size[0] / 2, y - size[1] / 2], zoom);
  const [south, east] = unproject([x + size[0] / 2, y + size[1] / 2], zoom);
  return { south, west, north, east };
}

export interface FitOptions {
  /** Zoom steps the map allows (Leaflet's zoomSnap); 0: any zoom. */
  snap: number;
  min: number;
  max: number;
}

/**
 * A zoom this close below the next step still counts as that step: an area written at a zoom of
 * exactly 9.5 and rounded to link precision must open at 9.5 again, not a step further out. At
 * most 1.4 % of the area (a sliver at its edges) may be cut by it.
 */
const SNAP_TOLERANCE = 0.02;

/**
 * Where a map of `size` pixels must look to show all of `area`: its centre (in Mercator, so the
 * area sits in the middle on screen too) and the deepest allowed zoom at which it fits.
 */
export function fitArea(
  area: MapArea,
  size: Point,
  { snap, min, max }: FitOptions,
): { center: LatLngTuple; zoom: number } {
  const [x0, y0] = project([area.north, area.west], 0);
  const [x1, y1] = project([area.south, area.east], 0);
  const width = Math.max(x1 - x0, 1e-12);
  const height = Math.max(y1 - y0, 1e-12);
  let zoom = Math.log2(Math.min(size[0] / width, size[1] / height));
  if (snap > 0) zoom = Math.floor((zoom + SNAP_TOLERANCE) / snap) * snap;
  zoom = Math.max(min, Math.min(max, zoom));
  const center = unproject([(x0 + x1) / 2, (y0 + y1) / 2], 0);
  return { center, zoom };
}
