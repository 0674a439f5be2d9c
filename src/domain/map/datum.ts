import type { GeoFeature } from '../schema/geo-schema';
import type { BoundsTuple, LatLngTuple } from './geo';

/**
 * Our coordinates are WGS-84 (docs/facts/zhaoqing-2024.md). A GCJ-02 base map (AMap/Gaode, Tencent) is offset by
 * about 600 m around Zhaoqing, so when one is configured every point and shape is moved into
 * GCJ-02 before it is drawn; WGS-84 and CGCS2000 (Tianditu) base maps take the data as it is.
 *
 * The transform itself (gcoord) is passed in as a `DatumShift`, so only a deployment with a GCJ-02
 * tile layer downloads it (features/map/datum-shift.ts); `null` means "draw as it is".
 */
export type DatumShift = (lngLat: readonly [number, number]) => [number, number];

export function toDatum([lat, lng]: LatLngTuple, shift: DatumShift | null): LatLngTuple {
  if (!shift) return [lat, lng];
  const [x, y] = shift([lng, lat]);
  return [y, x];
}

export function boundsToDatum([sw, ne]: BoundsTuple, shift: DatumShift | null): BoundsTuple {
  return [toDatum(sw, shift), toDatum(ne, shift)];
}

/** A feature with every vertex and its label point moved (the same feature when `shift` is null). */
export function featureToDatum(feature: GeoFeature, shift: DatumShift | null): GeoFeature {
  if (!shift) return feature;
  const ring = (r: [number, number][]) => r.map(shift);
  const geometry: GeoFeature['geometry'] =
    feature.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: feature.geometry.coordinates.map(ring) }
      : { type: 'MultiPolygon', coordinates: feature.geometry.coordinates.map((p) => p.map(ring)) };
  return {
    ...feature,
    properties: { ...feature.properties, labelPoint: shift(feature.properties.labelPoint) },
    geometry,
  };
}
