import type { Dataset, Lang, Localized, Park, ParkLocation, Tier } from './dataset-schema';
import type { BoundsTuple, LatLngTuple } from './geo';
import type { GeoFeature } from './geo-schema';

/**
 * Where parks, firms and projects are drawn, and how they are kept apart. Pure: the map feature
 * feeds it the label points and the current zoom and draws what it returns.
 *
 * Honesty rules (facts file, "Nothing is placed more precisely than its source allows"):
 * - a county-level item stands beside its county's label point, never at an invented spot;
 * - an item with a published extent (the High-tech Zone, X01) stands at the extent's centre;
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
}

export interface MapItems {
  placed: MapItem[];
  /** Ids of parks and entities that have no drawable location (listed, not mapped). */
  unplaced: string[];
}

const centreOf = ([[s, w], [n, e]]: BoundsTuple): LatLngTuple => [(s + n) / 2, (w + e) / 2];

function locate(
  location: ParkLocation,
  labelPoints: ReadonlyMap<string, LatLngTuple>,
): Pick<MapItem, 'precision' | 'division' | 'anchor' | 'group' | 'extent'> | null {
  switch (location.precision) {
    case 'unpublished':
      return null;
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
  for (const park of dataset.parks) {
    const where = locate(park.location, labelPoints);
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
      ...where,
    });
  }
  for (const entity of dataset.entities) {
    const where = locate(entity.location, labelPoints);
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
      ...where,
    });
  }
  return { placed, unplaced };
}

// ---------------------------------------------------------------------------------------------
// Web Mercator in pixels, as Leaflet's EPSG:3857 computes it (256-px tiles).

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

// ---------------------------------------------------------------------------------------------
// Labels are obstacles: a marker must never cover a place name.

export interface LabelBox {
  center: LatLngTuple;
  halfWidth: number;
  halfHeight: number;
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * An estimate of a map label's box: CJK characters are one em wide, others about 0.62 em (bold
 * system sans), plus the text halo. Erring large only moves markers a little further out.
 */
export function labelBox(center: LatLngTuple, text: string, fontSize: number): LabelBox {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? fontSize : fontSize * 0.62;
  return { center, halfWidth: width / 2 + 3, halfHeight: (fontSize * 1.3) / 2 + 2 };
}

/**
 * The text drawn on the map for a place: in English the administrative type is dropped
 * ("Duanzhou District" → "Duanzhou"), as on printed maps, so that the small eastern districts'
 * names do not run into each other; the list and the details give the full name.
 */
export function mapLabel(name: Localized, lang: Lang): string {
  const text = name[lang];
  return lang === 'en' ? text.replace(/ (District|County|City)$/, '') : text;
}

// ---------------------------------------------------------------------------------------------
// Placement.

export interface PlacementInput {
  id: string;
  group: string;
  /** The county-level division the sources place it in. */
  division?: string;
  anchor: LatLngTuple;
  symbol: MarkerSymbol;
  precision: DrawnPrecision;
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

interface BlockLayout {
  /** Slot centres relative to the block's centre. */
  slots: Point[];
  halfWidth: number;
  halfHeight: number;
}

/**
 * The offset ring of one group, as a compact block: rows of at most `perRow` symbols, in the
 * group's order (core parks first, so the most important symbols sit nearest the name).
 */
function blockLayout(members: readonly PlacementInput[], gap: number, perRow: number): BlockLayout {
  const rows: PlacementInput[][] = [];
  for (let i = 0; i < members.length; i += perRow) rows.push(members.slice(i, i + perRow));
  const heights = rows.map((row) => Math.max(...row.map((m) => SYMBOL_SIZE[m.symbol])));
  const widths = rows.map(
    (row) => row.reduce((a, m) => a + SYMBOL_SIZE[m.symbol], 0) + gap * (row.length - 1),
  );
  const height = heights.reduce((a, h) => a + h, 0) + gap * (rows.length - 1);
  const width = Math.max(...widths);
  const slots: Point[] = [];
  let y = -height / 2;
  rows.forEach((row, r) => {
    const h = heights[r] ?? 0;
    let x = -(widths[r] ?? 0) / 2;
    for (const m of row) {
      const d = SYMBOL_SIZE[m.symbol];
      slots.push([x + d / 2, y + h / 2]);
      x += d + gap;
    }
    y += h + gap;
  });
  return { slots, halfWidth: width / 2, halfHeight: height / 2 };
}

const ORDER: Record<MarkerSymbol, number> = { core: 0, 'core-sub': 1, park: 2, cluster: 3, entity: 4 };
interface Box {
  c: Point;
  hw: number;
  hh: number;
}

/** Candidate spots around a preferred one, nearest first; at equal distance, downwards first. */
function* around([x, y]: Point, step: number, maxRadius: number): Generator<Point> {
  yield [x, y];
  for (let r = step; r <= maxRadius; r += step) {
    const n = Math.max(8, Math.round((2 * Math.PI * r) / step));
    for (let k = 0; k < n; k++) {
      const side = k % 2 === 0 ? 1 : -1;
      const a = Math.PI / 2 + side * Math.ceil(k / 2) * ((2 * Math.PI) / n);
      yield [x + r * Math.cos(a), y + r * Math.sin(a)];
    }
  }
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

/** Even-odd ray casting. */
function pointInRing([x, y]: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
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
 */
export function placeMarkers(
  items: readonly PlacementInput[],
  labels: readonly LabelBox[],
  zoom: number,
  { gap = 3, perRow = 3, step = 3, maxRadius = 160, within, margin = 8, regions }: PlacementOptions = {},
): Placement {
  const anchors = items.map((it) => project(it.anchor, zoom));
  const boxes: Box[] = labels.map((l) => ({ c: project(l.center, zoom), hw: l.halfWidth, hh: l.halfHeight }));
  const byOrder = (a: number, b: number) =>
    ORDER[items[a]?.symbol ?? 'entity'] - ORDER[items[b]?.symbol ?? 'entity'] || a - b;

  const groupMap = new Map<string, number[]>();
  items.forEach((it, i) => {
    const list = groupMap.get(it.group) ?? [];
    list.push(i);
    groupMap.set(it.group, list);
  });
  const groups = [...groupMap.values()].map((indices) => [...indices].sort(byOrder));
  // Core parks first, then bigger groups (they need the room), then dataset order.
  groups.sort((a, b) => byOrder(a[0] ?? 0, b[0] ?? 0) || b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));

  const [left, top] = within ? project([within[1][0], within[0][1]], zoom) : [-Infinity, -Infinity];
  const [right, bottom] = within ? project([within[0][0], within[1][1]], zoom) : [Infinity, Infinity];
  const inside = ([x, y]: Point, r: number) =>
    x - r >= left - margin && x + r <= right + margin && y - r >= top - margin && y + r <= bottom + margin;
  const settled: { p: Point; r: number }[] = [];
  const free = ([x, y]: Point, r: number) =>
    inside([x, y], r) &&
    settled.every((o) => Math.hypot(o.p[0] - x, o.p[1] - y) >= o.r + r + gap) &&
    boxes.every((b) => {
      const qx = Math.max(b.c[0] - b.hw, Math.min(x, b.c[0] + b.hw));
      const qy = Math.max(b.c[1] - b.hh, Math.min(y, b.c[1] + b.hh));
      return Math.hypot(x - qx, y - qy) >= r + gap;
    });

  const regionCache = new Map<string, Point[][]>();
  const projectedRegion = (code: string): Point[][] => {
    let rings = regionCache.get(code);
    if (!rings) {
      rings = (regions?.get(code) ?? []).map((ring) => ring.map((p) => project(p, zoom)));
      regionCache.set(code, rings);
    }
    return rings;
  };

  const allRings = [...(regions?.keys() ?? [])].flatMap(projectedRegion);

  const offsets = new Map<string, Offset>();
  const leaders: Leader[] = [];
  for (const members of groups) {
    const first = members[0];
    if (first === undefined) continue;
    const it0 = items[first] as PlacementInput;
    const [ax, ay] = anchors[first] ?? [0, 0];
    const groupItems = members.map((i) => items[i] as PlacementInput);
    const radii = groupItems.map((it) => SYMBOL_SIZE[it.symbol] / 2);
    // The name drawn at this anchor, if any: the block goes under it, or beside, or above it.
    const own = boxes.find((b) => Math.abs(b.c[0] - ax) < 0.5 && Math.abs(b.c[1] - ay) < 0.5);
    const preferredFor = (block: BlockLayout): Point[] =>
      own
        ? [
            [ax, ay + own.hh + gap + block.halfHeight],
            [ax + own.hw + gap + block.halfWidth, ay],
            [ax, ay - own.hh - gap - block.halfHeight],
            [ax - own.hw - gap - block.halfWidth, ay],
          ]
        : [[ax, ay]];
    const ownRings = it0.division ? projectedRegion(it0.division) : [];
    const fits = (block: BlockLayout, [cx, cy]: Point) =>
      block.slots.every(([sx, sy], k) => free([cx + sx, cy + sy], radii[k] ?? 0));
    const insideRings = (rings: readonly Point[][], block: BlockLayout, [cx, cy]: Point) =>
      block.slots.every(([sx, sy]) => rings.some((ring) => pointInRing([cx + sx, cy + sy], ring)));
    const search = (
      block: BlockLayout,
      check: (p: Point) => boolean,
    ): { block: BlockLayout; at: Point; moved: boolean } | null => {
      const preferred = preferredFor(block);
      const at = preferred.find(check);
      if (at) return { block, at, moved: false };
      for (const candidate of around(preferred[0] ?? [ax, ay], step, maxRadius))
        if (check(candidate)) return { block, at: candidate, moved: true };
      return null;
    };
    const layouts = [perRow, 2, 1]
      .filter((n, k, all) => n <= perRow && all.indexOf(n) === k && (k === 0 || members.length > n))
      .map((n) => blockLayout(groupItems, gap, n));
    const wide = layouts[0] as BlockLayout;
    const firstFound = (check: (block: BlockLayout, p: Point) => boolean) => {
      for (const block of layouts) {
        const hit = search(block, (p) => fits(block, p) && check(block, p));
        if (hit) return hit;
      }
      return null;
    };
    // Inside its own county, beside the name (rows, else a narrower block); else elsewhere in
    // Zhaoqing, never over a neighbouring city; else anywhere near. Small districts at low zoom
    // cannot hold their symbols: a leader line then leads back to the name.
    const ownCounty = ownRings.length ? firstFound((b, p) => insideRings(ownRings, b, p)) : null;
    const found =
      ownCounty ??
      (allRings.length ? firstFound((b, p) => insideRings(allRings, b, p)) : null) ??
      search(wide, (p) => fits(wide, p));
    const inCounty = ownCounty !== null || ownRings.length === 0;
    if (found) {
      const [cx, cy] = found.at;
      const { block } = found;
      members.forEach((i, k) => {
        const [sx, sy] = block.slots[k] ?? [0, 0];
        settled.push({ p: [cx + sx, cy + sy], r: radii[k] ?? 0 });
        offsets.set((items[i] as PlacementInput).id, [cx + sx - ax, cy + sy - ay]);
      });
      if (found.moved || !inCounty)
        leaders.push({ group: it0.group, anchor: it0.anchor, to: [cx - ax, cy - ay] });
      continue;
    }
    // No room for the block as a whole: settle its symbols one by one, each at the nearest free spot.
    const base = preferredFor(wide)[0] ?? [ax, ay];
    members.forEach((i, k) => {
      const [sx, sy] = wide.slots[k] ?? [0, 0];
      const want: Point = [base[0] + sx, base[1] + sy];
      const r = radii[k] ?? 0;
      let spot = want;
      for (const candidate of around(want, step, maxRadius)) {
        if (free(candidate, r)) {
          spot = candidate;
          break;
        }
      }
      settled.push({ p: spot, r });
      offsets.set((items[i] as PlacementInput).id, [spot[0] - ax, spot[1] - ay]);
    });
    leaders.push({ group: it0.group, anchor: it0.anchor, to: [base[0] - ax, base[1] - ay] });
  }
  return { offsets, leaders };
}
