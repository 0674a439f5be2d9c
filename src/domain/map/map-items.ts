import type { Dataset, Park, ParkLocation, Tier } from '../schema/dataset-schema';
import type { BoundsTuple, LatLngTuple } from './geo';
import { sourcedSectors } from '../parks/sector-match';

/**
 * What the map draws for parks, firms and projects, and where each is anchored (park-placement.ts
 * keeps them apart around these anchors). Pure: the map feature feeds it the label points.
 *
 * Honesty rules (docs/facts/zhaoqing-2024.md, "Nothing is placed more precisely than its source allows"):
 * - a county-level item stands beside its county's label point, never at an invented spot;
 * - an item with a published extent (the High-tech Zone, X01) stands at the extent's centre;
 * - an item only known to be inside such an extent (`within`) stands with it, drawn as such;
 * - an item whose location is unpublished is not drawn at all (the list still shows it).
 */
export type MarkerSymbol = 'core' | 'core-sub' | 'park' | 'cluster' | 'entity';
export type MarkerLayer = 'core' | 'parks' | 'entities';
export type DrawnPrecision = Exclude<ParkLocation['precision'], 'unpublished'>;

/** Diameters in CSS pixels: the map draws its icons at these sizes and placement keeps them apart. */
export const SYMBOL_SIZE: Record<MarkerSymbol, number> = {
  core: 28,
  'core-sub': 22,
  park: 20,
  cluster: 20,
  entity: 12,
};

/**
 * WCAG 2.5.8 (target size, minimum): every marker is a pointer target of at least 24 × 24 CSS px.
 * A smaller symbol is drawn centred in a square box this big (features/map/marker-icon.ts), and
 * placement keeps these squares from overlapping, so no target covers part of another.
 */
export const TARGET_SIZE = 24;

/** Half the side of a marker's pointer target: its symbol's box, or TARGET_SIZE if that is bigger. */
export const targetHalf = (symbol: MarkerSymbol): number => Math.max(SYMBOL_SIZE[symbol], TARGET_SIZE) / 2;

/**
 * The room a marker takes in a block of symbols, `gap` (kept free between neighbours) included:
 * never less than its target, so the targets of a row or a column of a block just touch.
 */
export const placedSize = (symbol: MarkerSymbol, gap: number): number =>
  Math.max(SYMBOL_SIZE[symbol], TARGET_SIZE - gap);

export interface MapItem {
  id: string;
  kind: 'park' | 'entity';
  symbol: MarkerSymbol;
  layer: MarkerLayer;
  /** null for firms and projects. */
  tier: Tier | null;
  precision: DrawnPrecision;
  division: string;
  /** Where the source puts it: the county's label point, an extent's centre, or a published point. */
  anchor: LatLngTuple;
  /** Items sharing a group share their anchor and are laid out together. */
  group: string;
  /** The published extent of an `area` item. */
  extent: BoundsTuple | null;
  sectors: readonly string[];
  /** The sectors a source states (inferred links left out): what "sourced links only" matches. */
  sourcedSectors: readonly string[];
}

export interface MapItems {
  placed: MapItem[];
  /** Ids of parks and entities that have no drawable location (listed, not mapped). */
  unplaced: string[];
}

const centreOf = ([[s, w], [n, e]]: BoundsTuple): LatLngTuple => [(s + n) / 2, (w + e) / 2];

type Where = Pick<MapItem, 'precision' | 'division' | 'anchor' | 'group' | 'extent'>;

function locate(
  location: ParkLocation,
  labelPoints: ReadonlyMap<string, LatLngTuple>,
  parkLocation: (id: string) => ParkLocation | undefined,
  depth = 0,
): Where | null {
  switch (location.precision) {
    case 'unpublished':
      return null;
    case 'within': {
      // Drawn with its parent's items (at its extent's centre), but with no extent of its own.
      const parentLoc = parkLocation(location.parent);
      const parent = parentLoc && depth < 4 ? locate(parentLoc, labelPoints, parkLocation, depth + 1) : null;
      if (!parent) return null;
      return { ...parent, precision: 'within', division: location.division, extent: null };
    }
    case 'county': {
      const anchor = labelPoints.get(location.division);
      if (!anchor) return null;
      return {
        precision: 'county',
        division: location.division,
        anchor,
        group: `county:${location.division}`,
        extent: null,
      };
    }
    case 'area': {
      const extent: BoundsTuple = [
        [location.bounds[0][0], location.bounds[0][1]],
        [location.bounds[1][0], location.bounds[1][1]],
      ];
      return {
        precision: 'area',
        division: location.division,
        anchor: centreOf(extent),
        group: `area:${extent.flat().join(',')}`,
        extent,
      };
    }
    case 'exact':
      return {
        precision: 'exact',
        division: location.division,
        anchor: [location.lat, location.lng],
        group: `exact:${location.lat},${location.lng}`,
        extent: null,
      };
  }
}

/** Core parks are stars (smaller inside another core park), clusters diamonds, other parks circles. */
export function parkSymbol(park: Pick<Park, 'tier' | 'parent' | 'kind'>): MarkerSymbol {
  if (park.tier === 'core') return park.parent ? 'core-sub' : 'core';
  return park.kind === 'cluster' ? 'cluster' : 'park';
}

/** Every park and entity with a drawable location, in dataset order (parks first). */
export function mapItems(dataset: Dataset, labelPoints: ReadonlyMap<string, LatLngTuple>): MapItems {
  const placed: MapItem[] = [];
  const unplaced: string[] = [];
  const parkLocation = (id: string) => dataset.parks.find((p) => p.id === id)?.location;
  for (const park of dataset.parks) {
    const where = locate(park.location, labelPoints, parkLocation);
    if (!where) {
      unplaced.push(park.id);
      continue;
    }
    placed.push({
      id: park.id,
      kind: 'park',
      symbol: parkSymbol(park),
      layer: park.tier === 'core' ? 'core' : 'parks',
      tier: park.tier,
      sectors: park.sectors,
      sourcedSectors: sourcedSectors(park),
      ...where,
    });
  }
  for (const entity of dataset.entities) {
    const where = locate(entity.location, labelPoints, parkLocation);
    if (!where) {
      unplaced.push(entity.id);
      continue;
    }
    placed.push({
      id: entity.id,
      kind: 'entity',
      symbol: 'entity',
      layer: 'entities',
      tier: null,
      sectors: entity.sectors,
      sourcedSectors: sourcedSectors(entity),
      ...where,
    });
  }
  return { placed, unplaced };
}
