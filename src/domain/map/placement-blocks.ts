import { placedSize, type MarkerSymbol } from './map-items';
import type { PlacementInput } from './park-placement';
import type { Point } from './web-mercator';
import type { LabelBox } from './map-labels';
import type { LatLngTuple } from './geo';

/** The shapes placement works with: a group's block of symbols, and the spots tried around one. */

export interface BlockLayout {
  /** Slot centres relative to the block's centre. */
  slots: Point[];
  halfWidth: number;
  halfHeight: number;
}

/**
 * The offset ring of one group, as a compact block: rows of at most `perRow` symbols, in the
 * group's order (core parks first, so the most important symbols sit nearest the name).
 */
export function blockLayout(members: readonly PlacementInput[], gap: number, perRow: number): BlockLayout {
  const rows: PlacementInput[][] = [];
  for (let i = 0; i < members.length; i += perRow) rows.push(members.slice(i, i + perRow));
  const heights = rows.map((row) => Math.max(...row.map((m) => placedSize(m.symbol, gap))));
  const widths = rows.map(
    (row) => row.reduce((a, m) => a + placedSize(m.symbol, gap), 0) + gap * (row.length - 1),
  );
  const height = heights.reduce((a, h) => a + h, 0) + gap * (rows.length - 1);
  const width = Math.max(...widths);
  const slots: Point[] = [];
  let y = -height / 2;
  rows.forEach((row, r) => {
    const h = heights[r] ?? 0;
    let x = -(widths[r] ?? 0) / 2;
    for (const m of row) {
      const d = placedSize(m.symbol, gap);
      slots.push([x + d / 2, y + h / 2]);
      x += d + gap;
    }
    y += h + gap;
  });
  return { slots, halfWidth: width / 2, halfHeight: height / 2 };
}

/** Settling order within and across groups: the most important symbols first. */
export const ORDER: Record<MarkerSymbol, number> = { core: 0, 'core-sub': 1, park: 2, cluster: 3, entity: 4 };

/**
 * Offsets of the candidate spots around a preferred one, nearest first; at equal distance,
 * downwards first. The same for every group and zoom, so computed once per (step, reach).
 */
const ringOffsets = new Map<string, Float64Array>();
export function candidateOffsets(step: number, maxRadius: number): Float64Array {
  const key = `${step}/${maxRadius}`;
  let out = ringOffsets.get(key);
  if (out) return out;
  const xy: number[] = [0, 0];
  for (let r = step; r <= maxRadius; r += step) {
    const n = Math.max(8, Math.round((2 * Math.PI * r) / step));
    for (let k = 0; k < n; k++) {
      const side = k % 2 === 0 ? 1 : -1;
      const a = Math.PI / 2 + side * Math.ceil(k / 2) * ((2 * Math.PI) / n);
      xy.push(r * Math.cos(a), r * Math.sin(a));
    }
  }
  out = Float64Array.from(xy);
  ringOffsets.set(key, out);
  return out;
}

/**
 * Groups of item indices, each in symbol order: the groups `first` picks first, then core parks'
 * groups, then bigger ones.
 */
export function settlingOrder(
  items: readonly PlacementInput[],
  first: (group: string) => boolean = () => false,
): number[][] {
  const byOrder = (a: number, b: number) =>
    ORDER[items[a]?.symbol ?? 'entity'] - ORDER[items[b]?.symbol ?? 'entity'] || a - b;
  const groupMap = new Map<string, number[]>();
  items.forEach((it, i) => {
    const list = groupMap.get(it.group);
    if (list) list.push(i);
    else groupMap.set(it.group, [i]);
  });
  const groups = [...groupMap.values()].map((indices) => coreAtRowEnds(items, indices.sort(byOrder)));
  const rank = (g: number[]) => (first(items[g[0] ?? 0]?.group ?? '') ? 0 : 1);
  return groups.sort(
    (a, b) =>
      rank(a) - rank(b) || byOrder(a[0] ?? 0, b[0] ?? 0) || b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0),
  );
}

/**
 * Two core parks in one county (Dinghu: the Agglomeration Zone and the New Area) stand at the two
 * ends of their block's first row, with the next symbol between them: each then has a free side
 * for its name, and no name's leader has to pass the other core park's star (a presenter would
 * point at one core park and name the other).
 */
function coreAtRowEnds(items: readonly PlacementInput[], order: number[]): number[] {
  const core = (i: number | undefined) => items[i ?? -1]?.symbol === 'core';
  if (order.length < 3 || !core(order[0]) || !core(order[1]) || core(order[2])) return order;
  const [a = 0, b = 0, c = 0, ...rest] = order;
  return [a, c, b, ...rest];
}

/** The name drawn at exactly this anchor (a county's label point), if any. */
export function ownLabel(labels: readonly LabelBox[], [lat, lng]: LatLngTuple) {
  const l = labels.find((b) => Math.abs(b.center[0] - lat) < 1e-9 && Math.abs(b.center[1] - lng) < 1e-9);
  return l ? { hw: l.halfWidth, hh: l.halfHeight } : undefined;
}

/** The first layout for which `find` finds a spot. */
export function firstFit<T>(
  layouts: readonly BlockLayout[],
  find: (block: BlockLayout) => T | null,
): T | null {
  for (const block of layouts) {
    const hit = find(block);
    if (hit) return hit;
  }
  return null;
}
