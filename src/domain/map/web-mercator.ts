import type { BoundsTuple, LatLngTuple } from './geo';

/** Web Mercator in pixels, as Leaflet's EPSG:3857 computes it (256-px tiles). */
export type Point = readonly [number, number];

export function project([lat, lng]: LatLngTuple, zoom: number): Point {
  const scale = 256 * 2 ** zoom;
  const clamped = Math.max(Math.min(lat, 85.0511287798), -85.0511287798);
  const sin = Math.sin((clamped * Math.PI) / 180);
  return [((lng + 180) / 360) * scale, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale];
}

export function unproject([x, y]: Point, zoom: number): LatLngTuple {
  const scale = 256 * 2 ** zoom;
  const lng = (x / scale) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / scale))) * 180) / Math.PI;
  return [lat, lng];
}

/** The zoom Leaflet's fitBounds picks for a map of `size` pixels (same snapping and limits). */
export function fitZoom(
  bounds: BoundsTuple,
  size: Point,
  {
    padding = 12,
    snap = 0.25,
    min = 0,
    max = 18,
  }: { padding?: number; snap?: number; min?: number; max?: number } = {},
): number {
  const [sw, ne] = bounds;
  const a = project([ne[0], sw[1]], 0);
  const b = project([sw[0], ne[1]], 0);
  const scale = Math.min((size[0] - 2 * padding) / (b[0] - a[0]), (size[1] - 2 * padding) / (b[1] - a[1]));
  let zoom = Math.log2(scale);
  zoom = Math.round(zoom / (snap / 100)) * (snap / 100);
  zoom = Math.floor(zoom / snap) * snap;
  return Math.max(min, Math.min(max, zoom));
}
