import type { MapItem } from './map-items';
import type { LinkFilter } from '../parks/sector-match';
import { project } from './web-mercator';
import { DENSE_THRESHOLD } from './dense-threshold';

/**
 * Many places with published points (a project list of thousands of parcels) cannot each be a
 * focusable symbol: past `DENSE_THRESHOLD` they are counted in screen cells instead, drawn on one
 * canvas, and the list is the way in by keyboard. Everything here is O(N) with small constants,
 * on typed arrays, so a filter change costs about a millisecond at 100,000 points.
 */
export { DENSE_THRESHOLD };

/** Symbols stay symbols; exact points become dense only when there are too many to tell apart. */
export function splitDense(items: readonly MapItem[]): { symbols: MapItem[]; dense: MapItem[] } {
  const exact = items.filter((it) => it.kind === 'entity' && it.precision === 'exact');
  if (exact.length <= DENSE_THRESHOLD) return { symbols: [...items], dense: [] };
  const dense = new Set(exact);
  return { symbols: items.filter((it) => !dense.has(it)), dense: exact };
}

/** Points projected once (world pixels at zoom 0) with their sectors as bit sets. */
export interface PointSet {
  x: Float64Array;
  y: Float64Array;
  /** `words` 32-bit words per point. */
  masks: Uint32Array;
  words: number;
  sectorBit: ReadonlyMap<string, number>;
}

/** With `links: 'sourced'`, a point's inferred sector links are left out of its bit set. */
export function pointSet(
  items: readonly MapItem[],
  sectorIds: readonly string[],
  links: LinkFilter = 'all',
): PointSet {
  const words = Math.max(1, Math.ceil(sectorIds.length / 32));
  const sectorBit = new Map(sectorIds.map((id, i) => [id, i]));
  const x = new Float64Array(items.length);
  const y = new Float64Array(items.length);
  const masks = new Uint32Array(items.length * words);
  items.forEach((it, i) => {
    const [px, py] = project(it.anchor, 0);
    x[i] = px;
    y[i] = py;
    for (const s of links === 'sourced' ? it.sourcedSectors : it.sectors) {
      const bit = sectorBit.get(s);
      if (bit === undefined) continue;
      const w = i * words + (bit >>> 5);
      masks[w] = (masks[w] ?? 0) | (1 << (bit & 31));
    }
  });
  return { x, y, masks, words, sectorBit };
}

/** The selection as a bit set; null means no filter (everything matches). */
export function selectionMask(set: PointSet, selected: readonly string[]): Uint32Array | null {
  if (selected.length === 0) return null;
  const mask = new Uint32Array(set.words);
  for (const s of selected) {
    const bit = set.sectorBit.get(s);
    if (bit !== undefined) mask[bit >>> 5] = (mask[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  return mask;
}

export interface GridView {
  /** Pixels per world pixel at zoom 0 (256 · 2^zoom / 256). */
  scale: number;
  /** The view's top-left corner in world pixels at the current zoom. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Cell size in CSS pixels. */
  cell: number;
}

export interface Cell {
  /** Centre of the points in the cell, in view pixels. */
  x: number;
  y: number;
  total: number;
  matching: number;
}

/** Counts the points in each screen cell of the view (and a cell's margin around it). */
export function aggregate(set: PointSet, view: GridView, mask: Uint32Array | null): Cell[] {
  const { scale, left, top, width, height, cell } = view;
  const cols = Math.ceil(width / cell) + 2;
  const rows = Math.ceil(height / cell) + 2;
  const total = new Uint32Array(cols * rows);
  const matching = new Uint32Array(cols * rows);
  const sumX = new Float64Array(cols * rows);
  const sumY = new Float64Array(cols * rows);
  const { x, y, masks, words } = set;
  for (let i = 0; i < x.length; i++) {
    const px = (x[i] ?? 0) * scale - left;
    const py = (y[i] ?? 0) * scale - top;
    const c = Math.floor(px / cell) + 1;
    const r = Math.floor(py / cell) + 1;
    if (c < 0 || r < 0 || c >= cols || r >= rows) continue;
    const k = r * cols + c;
    total[k] = (total[k] ?? 0) + 1;
    sumX[k] = (sumX[k] ?? 0) + px;
    sumY[k] = (sumY[k] ?? 0) + py;
    let hit = mask === null;
    for (let w = 0; !hit && w < words; w++) hit = ((masks[i * words + w] ?? 0) & (mask?.[w] ?? 0)) !== 0;
    if (hit) matching[k] = (matching[k] ?? 0) + 1;
  }
  const cells: Cell[] = [];
  for (let k = 0; k < total.length; k++) {
    const n = total[k] ?? 0;
    if (n === 0) continue;
    cells.push({ x: (sumX[k] ?? 0) / n, y: (sumY[k] ?? 0) / n, total: n, matching: matching[k] ?? 0 });
  }
  return cells;
}
