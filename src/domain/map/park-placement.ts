import type { BoundsTuple, LatLngTuple } from './geo';
import type { GeoFeature } from '../schema/geo-schema';
import { SYMBOL_SIZE, targetHalf, type MarkerSymbol, type DrawnPrecision } from './map-items';
import {
  blockLayout,
  candidateOffsets,
  firstFit,
  ownLabel,
  settlingOrder,
  type BlockLayout,
} from './placement-blocks';
import { extentBoxes, holds } from './extent-boxes';
import { project, type Point } from './web-mercator';
import { type LabelBox } from './map-labels';
import { rasteriseCounties } from './county-raster';
import { ObstacleIndex } from './obstacle-index';

/**
 * How parks, firms and projects are kept apart on the map without being placed more precisely than
 * their sources allow: county-level groups in compact blocks beside the county name, moved (with a
 * leader line) only as far as needed to clear other symbols and names. Pure: the map feature feeds
 * it the current zoom and draws what it returns.
 */
export interface PlacementInput {
  id: string;
  group: string;
  /** The county-level division the sources place it in. */
  division?: string;
  anchor: LatLngTuple;
  symbol: MarkerSymbol;
  precision: DrawnPrecision;
  /** The published extent of an `area` item: its group is drawn inside it, or led into it. */
  extent?: BoundsTuple | null;
}

/** Pixels from the anchor to the marker's centre (x right, y down), valid at the zoom asked for. */
export type Offset = readonly [number, number];

export interface PlacementOptions {
  /** Free pixels between two markers, and between a marker and a label. */
  gap?: number;
  /** Markers per row under a county's name. */
  perRow?: number;
  /** Search step and reach, in pixels, when a marker's spot is taken. */
  step?: number;
  maxRadius?: number;
  /**
   * Keep every symbol inside this box (grown by `margin` pixels): the map's fitted view always
   * shows Zhaoqing's box plus its padding, so nothing starts off-screen.
   */
  within?: BoundsTuple;
  margin?: number;
  /**
   * Each county's outline (outer rings, [lat, lng]): a county's symbols are kept inside their own
   * county where there is room, so a park is never drawn in the wrong county if it can be helped.
   */
  regions?: ReadonlyMap<string, readonly (readonly LatLngTuple[])[]>;
}

/** Each county's outer rings as [lat, lng], for `regions`. */
export function countyRegions(features: readonly GeoFeature[]): Map<string, LatLngTuple[][]> {
  return new Map(
    features.map((f) => {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const rings = polys.flatMap((poly) =>
        poly[0] ? [poly[0].map(([lng, lat]): LatLngTuple => [lat, lng])] : [],
      );
      return [f.properties.code, rings];
    }),
  );
}

/** A line from where the source puts a group to where its symbols had to move. */
export interface Leader {
  group: string;
  anchor: LatLngTuple;
  /** The block's centre, in pixels from the anchor. */
  to: Offset;
}

export interface Placement {
  offsets: Map<string, Offset>;
  leaders: Leader[];
}

/**
 * Places every item so that no two markers overlap and no marker covers a label, at `zoom`.
 * Each group (the items of one county, or of one published extent) is kept together as a block:
 * under its county's name if there is room, else beside or above it, else at the nearest free
 * spot, with a leader line back to the name. Groups are settled one by one, those with core
 * parks first. Greedy rather than a force simulation, so it always ends and is deterministic.
 *
 * Cost: obstacles sit in a spatial hash and counties in a raster, so each candidate spot is O(1);
 * candidates are numbers, never tuples (no garbage on the hot path), and a block is only tried
 * where its county's box can hold it.
 */
export function placeMarkers(
  items: readonly PlacementInput[],
  labels: readonly LabelBox[],
  zoom: number,
  { gap = 3, perRow = 3, step = 3, maxRadius = 160, within, margin = 8, regions }: PlacementOptions = {},
): Placement {
  const [left, top] = within ? project([within[1][0], within[0][1]], zoom) : [-Infinity, -Infinity];
  const [right, bottom] = within ? project([within[0][0], within[1][1]], zoom) : [Infinity, Infinity];
  const obstacles = new ObstacleIndex();
  for (const l of labels) obstacles.addBox(project(l.center, zoom), l.halfWidth, l.halfHeight);
  /** `t`: half the side of the marker's pointer target, which may not overlap another's. */
  const free = (x: number, y: number, r: number, t: number) =>
    x - r >= left - margin &&
    x + r <= right + margin &&
    y - r >= top - margin &&
    y + r <= bottom + margin &&
    obstacles.clear(x, y, r, gap, t);
  const codes = [...(regions?.keys() ?? [])];
  const raster = rasteriseCounties(
    codes.map((code) => (regions?.get(code) ?? []).map((ring) => ring.map((q) => project(q, zoom)))),
  );
  const spots = candidateOffsets(step, maxRadius);
  const extents = extentBoxes(items, zoom);

  const offsets = new Map<string, Offset>();
  const leaders: Leader[] = [];
  // Groups with a published extent first: every other group is then kept out of their boxes.
  for (const members of settlingOrder(items, (group) => extents.has(group))) {
    const first = members[0];
    if (first === undefined) continue;
    const it0 = items[first] as PlacementInput;
    const extent = extents.get(it0.group);
    const [ax, ay] = project(it0.anchor, zoom);
    const groupItems = members.map((i) => items[i] as PlacementInput);
    const radii = groupItems.map((it) => SYMBOL_SIZE[it.symbol] / 2);
    // Each marker's pointer target, a square of at least 24 px (TARGET_SIZE), kept from overlapping.
    const targets = groupItems.map((it) => targetHalf(it.symbol));
    // The name drawn at this anchor, if any: the block goes under it, or beside, or above it.
    const own = ownLabel(labels, it0.anchor);
    const preferredFor = (block: BlockLayout): Point[] =>
      own
        ? [
            [ax, ay + own.hh + gap + block.halfHeight],
            [ax + own.hw + gap + block.halfWidth, ay],
            [ax, ay - own.hh - gap - block.halfHeight],
            [ax - own.hw - gap - block.halfWidth, ay],
          ]
        : [[ax, ay]];
    const fits = (block: BlockLayout, cx: number, cy: number) =>
      block.slots.every(([sx, sy], k) => free(cx + sx, cy + sy, radii[k] ?? 0, targets[k] ?? 0));
    /** Every slot in county `owner` (-1: in any of Zhaoqing's counties). */
    const inCounty = (owner: number, block: BlockLayout, cx: number, cy: number) => {
      const box = raster.box(owner);
      if (
        cx - block.halfWidth < box[0] ||
        cx + block.halfWidth > box[2] ||
        cy - block.halfHeight < box[1] ||
        cy + block.halfHeight > box[3]
      )
        return false;
      return block.slots.every(([sx, sy]) => {
        const at = raster.at(cx + sx, cy + sy);
        return owner === -1 ? at !== -1 : at === owner;
      });
    };
    const search = (block: BlockLayout, check: (cx: number, cy: number) => boolean) => {
      const preferred = preferredFor(block);
      for (const [px, py] of preferred)
        if (check(px, py)) return { block, at: [px, py] as Point, moved: false };
      const [ox, oy] = preferred[0] ?? [ax, ay];
      for (let i = 0; i < spots.length; i += 2) {
        const cx = ox + (spots[i] ?? 0);
        const cy = oy + (spots[i + 1] ?? 0);
        if (check(cx, cy)) return { block, at: [cx, cy] as Point, moved: true };
      }
      return null;
    };
    const layouts = [perRow, 2, 1]
      .filter((n, k, all) => n <= perRow && all.indexOf(n) === k && (k === 0 || members.length > n))
      .map((n) => blockLayout(groupItems, gap, n));
    const wide = layouts[0] as BlockLayout;
    const inside = (owner: number) =>
      firstFit(layouts, (block) =>
        search(block, (cx, cy) => inCounty(owner, block, cx, cy) && fits(block, cx, cy)),
      );
    // Inside its own county, beside the name (rows, else a narrower block); else elsewhere in
    // Zhaoqing, never over a neighbouring city; else anywhere near. Small districts at low zoom
    // cannot hold their symbols: a leader line then leads back to the name.
    // A group with a published extent stands inside it when the box can hold its block (it has
    // the box's centre as its anchor); else the box is kept clear and a leader line runs into it.
    const inExtent = extent
      ? firstFit(layouts, (block) =>
          search(block, (cx, cy) => holds(extent, block, radii, cx, cy) && fits(block, cx, cy)),
        )
      : null;
    if (extent && !inExtent) obstacles.addBox(extent.centre, extent.hw, extent.hh);
    const ownIndex = it0.division ? codes.indexOf(it0.division) : -1;
    const ownCounty = inExtent ?? (ownIndex >= 0 ? inside(ownIndex) : null);
    const found =
      ownCounty ?? (codes.length ? inside(-1) : null) ?? search(wide, (cx, cy) => fits(wide, cx, cy));
    if (found) {
      const [cx, cy] = found.at;
      found.block.slots.forEach(([sx, sy], k) => {
        obstacles.addDisc([cx + sx, cy + sy], radii[k] ?? 0, targets[k] ?? 0);
        offsets.set(groupItems[k]?.id ?? '', [cx + sx - ax, cy + sy - ay]);
      });
      if (extent ? !inExtent : found.moved || (ownCounty === null && ownIndex >= 0))
        leaders.push({ group: it0.group, anchor: it0.anchor, to: [cx - ax, cy - ay] });
      if (extent && inExtent) obstacles.addBox(extent.centre, extent.hw, extent.hh);
      continue;
    }
    // No room for the block as a whole: settle its symbols one by one, each at the nearest free spot.
    const [bx, by] = preferredFor(wide)[0] ?? [ax, ay];
    wide.slots.forEach(([sx, sy], k) => {
      const r = radii[k] ?? 0;
      const t = targets[k] ?? 0;
      let spot: Point = [bx + sx, by + sy];
      for (let i = 0; i < spots.length; i += 2) {
        const cx = bx + sx + (spots[i] ?? 0);
        const cy = by + sy + (spots[i + 1] ?? 0);
        if (free(cx, cy, r, t)) {
          spot = [cx, cy];
          break;
        }
      }
      obstacles.addDisc(spot, r, t);
      offsets.set(groupItems[k]?.id ?? '', [spot[0] - ax, spot[1] - ay]);
    });
    leaders.push({ group: it0.group, anchor: it0.anchor, to: [bx - ax, by - ay] });
    if (extent) obstacles.addBox(extent.centre, extent.hw, extent.hh);
  }
  return { offsets, leaders };
}

/**
 * `placeMarkers` for one set of items and names, remembered per zoom level: a zoom level is
 * computed once for as long as the items and names stay the same.
 */
export function placementByZoom(
  items: readonly PlacementInput[],
  labels: readonly LabelBox[],
  options: PlacementOptions,
): (zoom: number) => Placement {
  const byZoom = new Map<number, Placement>();
  return (zoom) => {
    let hit = byZoom.get(zoom);
    if (!hit) {
      hit = placeMarkers(items, labels, zoom, options);
      byZoom.set(zoom, hit);
    }
    return hit;
  };
}
