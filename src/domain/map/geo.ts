import type { GeoFeature, Geography } from '../schema/geo-schema';

export type LatLngTuple = [number, number];
export type BoundsTuple = [LatLngTuple, LatLngTuple];

export const counties = (geo: Geography): GeoFeature[] =>
  geo.features.filter((f) => f.properties.role === 'county');
export const neighbours = (geo: Geography): GeoFeature[] =>
  geo.features.filter((f) => f.properties.role === 'neighbour');

/** [lng, lat] (GeoJSON) → [lat, lng] (Leaflet). */
export const toLatLng = ([lng, lat]: readonly [number, number]): LatLngTuple => [lat, lng];

/** The south-west and north-east corners of a set of features. */
export function boundsOf(features: readonly GeoFeature[]): BoundsTuple {
  let s = 90;
  let w = 180;
  let n = -90;
  let e = -180;
  for (const f of features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys)
      for (const ring of poly)
        for (const [lng, lat] of ring) {
          s = Math.min(s, lat);
          n = Math.max(n, lat);
          w = Math.min(w, lng);
          e = Math.max(e, lng);
        }
  }
  return [
    [s, w],
    [n, e],
  ];
}
