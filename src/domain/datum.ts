import gcoord from 'gcoord';
import type { GeoFeature } from './geo-schema';
import type { BoundsTuple, LatLngTuple } from './geo';
import type { Datum } from './tile-config';

/**
 * Our coordinates are WGS-84 (facts file). A GCJ-02 base map (AMap/Gaode, Tencent) is offset by
 * about 600 m around Zhaoqing, so when one is configured every point and shape is moved into
 * GCJ-02 before it is drawn; WGS-84 and CGCS2000 (Tianditu) base maps take the data as it is.
 */
export function toDatum([lat, lng]: LatLngTuple, datum: Datum): LatLngTuple {
  if (datum !== 'gcj02') return [lat, lng];
  const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
  return [y, x];
}

export function boundsToDatum([sw, ne]: BoundsTuple, datum: Datum): BoundsTuple {
  return [toDatum(sw, datum), toDatum(ne, datum)];
}

/** A feature with every vertex and its label point moved into `datum` (unchanged for WGS-84). */
export function featureToDatum(feature: GeoFeature, datum: Datum): GeoFeature {
  if (datum !== 'gcj02') return feature;
  const move = ([lng, lat]: readonly [number, number]): [number, number] => {
    const [y, x] = toDatum([lat, lng], datum);
    return [x, y];
  };
  const ring = (r: [number, number][]) => r.map(move);
  const geometry: GeoFeature['geometry'] =
    feature.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: feature.geometry.coordinates.map(ring) }
      : { type: 'MultiPolygon', coordinates: feature.geometry.coordinates.map((p) => p.map(ring)) };
  return {
    ...feature,
    properties: { ...feature.properties, labelPoint: move(feature.properties.labelPoint) },
    geometry,
  };
}
