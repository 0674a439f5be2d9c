import type { BoundsTuple, LatLngTuple } from './geo';
import type { GeoFeature } from './geo-schema';
import { SYMBOL_SIZE, type MarkerSymbol, type DrawnPrecision } from './map-items';
import { project, type Point } from './web-mercator';
import { type LabelBox } from './map-labels';

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
