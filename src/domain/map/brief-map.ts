import type { Dataset, Localized, Tier } from '../schema/dataset-schema';
import type { Geography } from '../schema/geo-schema';
import { boundsOf, counties, toLatLng, type LatLngTuple } from './geo';
import { mapItems, type DrawnPrecision, type MarkerSymbol } from './map-items';
import { outlinePaths } from './outline-path';
import { project } from './web-mercator';

/**
 * The brief's small static map: the city's county outlines (the same paths as the map's stand-in,
 * outline-path.ts), the counties of the chosen parks highlighted, and each park's symbol where the
 * map would anchor it (map-items.ts: a published point, an extent's centre, or the county's label
 * point). Nothing is placed more precisely than its source allows: a park known only to its county,
 * or only to lie inside another park's extent, is marked approximate; a park whose location is
 * unpublished gets no symbol at all. Pure: the brief renders it as SVG, no tiles.
 */

export interface BriefMapCounty {
  code: string;
  d: string;
  highlighted: boolean;
  name: Localized;
  /** The county's label point, in map units. */
  labelX: number;
  labelY: number;
}

export interface BriefMapPlace {
  parkId: string;
  /** 1-based position in the brief's park order (the number beside the symbol in a comparison). */
  number: number;
  x: number;
  y: number;
  symbol: MarkerSymbol;
  tier: Tier | null;
  precision: DrawnPrecision;
  /** Only the county (or only the extent it lies in) is known: drawn at that place, marked so. */
  approximate: boolean;
  /** A published extent, as a box in map units. */
  extent: { x: number; y: number; width: number; height: number } | null;
}

export interface BriefMap {
  width: number;
  height: number;
  counties: BriefMapCounty[];
  places: BriefMapPlace[];
  /** Parks in the brief whose location is unpublished: listed under the map, not drawn. */
  unplaced: string[];
}

/**
 * Symbols that would overlap (two county-level parks of one county, a park and the park inside it)
 * stand side by side, this far apart (a share of the map's width), in the brief's order.
 */
const SPREAD = 0.065;

export function briefMap(
  geography: Geography,
  dataset: Dataset,
  parkIds: readonly string[],
  size = 1000,
): BriefMap {
  const features = counties(geography);
  const outline = outlinePaths(features, size);
  // outlinePaths frames the projected vertices; the bounds' corners project to the same frame.
  const [[s, w], [n, e]] = boundsOf(features);
  const [minX, minY] = project([n, w], 0);
  const [maxX, maxY] = project([s, e], 0);
  const scale = size / Math.max(maxX - minX, maxY - minY, Number.EPSILON);
  const at = (p: LatLngTuple): [number, number] => {
    const [x, y] = project(p, 0);
    return [(x - minX) * scale, (y - minY) * scale];
  };

  const labelPoints = new Map(features.map((f) => [f.properties.code, toLatLng(f.properties.labelPoint)]));
  const items = new Map(
    mapItems(dataset, labelPoints)
      .placed.filter((i) => i.kind === 'park')
      .map((i) => [i.id, i]),
  );
  const highlighted = new Set<string>();
  const places: BriefMapPlace[] = [];
  const unplaced: string[] = [];
  parkIds.forEach((parkId, index) => {
    const item = items.get(parkId);
    if (!item) {
      unplaced.push(parkId);
      return;
    }
    highlighted.add(item.division);
    const [ax, y] = at(item.anchor);
    let x = ax;
    while (places.some((p) => Math.abs(p.x - x) < SPREAD * size && Math.abs(p.y - y) < SPREAD * size))
      x += SPREAD * size;
    let extent: BriefMapPlace['extent'] = null;
    if (item.extent) {
      const [x0, y0] = at([item.extent[1][0], item.extent[0][1]]);
      const [x1, y1] = at([item.extent[0][0], item.extent[1][1]]);
      extent = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    }
    places.push({
      parkId,
      number: index + 1,
      x,
      y,
      symbol: item.symbol,
      tier: item.tier,
      precision: item.precision,
      approximate: item.precision === 'county' || item.precision === 'within',
      extent,
    });
  });
  for (const parkId of parkIds) {
    const park = dataset.parks.find((p) => p.id === parkId);
    if (park && park.location.precision !== 'unpublished') highlighted.add(park.location.division);
  }
  return {
    width: outline.width,
    height: outline.height,
    counties: outline.paths.map((p, i) => {
      const feature = features[i];
      const [labelX, labelY] = feature ? at(toLatLng(feature.properties.labelPoint)) : [0, 0];
      return {
        ...p,
        highlighted: highlighted.has(p.code),
        name: feature?.properties.name ?? { 'zh-Hans': '', 'zh-Hant': '', en: '' },
        labelX,
        labelY,
      };
    }),
    places,
    unplaced,
  };
}
