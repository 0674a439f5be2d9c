import type { Point } from './web-mercator';

/** Pixels kept between two settled pointer targets, for the map's rounding of positions. */
const TARGET_ROUNDING = 1;

interface Disc {
  x: number;
  y: number;
  r: number;
  /** Half the side of the marker's pointer target, a square on the same centre (0: none). */
  t: number;
  /** Whose symbol it is, so that a name can look past its own. */
  key?: string;
}
interface Box {
  x: number;
  y: number;
  hw: number;
  hh: number;
}

/**
 * Obstacles for placement — settled markers (discs, each with its square pointer target) and place
 * names (boxes) — in a uniform grid
 * (a spatial hash), so "is this spot free?" looks only at the few obstacles nearby instead of
 * every one placed so far.
 */
export class ObstacleIndex {
  private readonly cells = new Map<number, { discs: Disc[]; boxes: Box[] }>();

  constructor(private readonly cellSize = 48) {}

  private cellsOver(x0: number, y0: number, x1: number, y1: number, visit: (key: number) => void) {
    const s = this.cellSize;
    for (let cx = Math.floor(x0 / s); cx <= Math.floor(x1 / s); cx++)
      // Cells of a map at zoom ≤ 18 stay far below 2^26 in either direction.
      for (let cy = Math.floor(y0 / s); cy <= Math.floor(y1 / s); cy++) visit(cx * 67_108_864 + cy);
  }

  private cell(key: number) {
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = { discs: [], boxes: [] }));
    return c;
  }

  addDisc([x, y]: Point, r: number, target = 0, key?: string): void {
    const d: Disc = { x, y, r, t: target, key };
    const e = Math.max(r, target);
    this.cellsOver(x - e, y - e, x + e, y + e, (k) => this.cell(k).discs.push(d));
  }

  addBox([x, y]: Point, hw: number, hh: number): void {
    const b = { x, y, hw, hh };
    this.cellsOver(x - hw, y - hh, x + hw, y + hh, (k) => this.cell(k).boxes.push(b));
  }

  /**
   * True when a disc of radius `r` at (x, y) keeps `gap` pixels from every obstacle added, and its
   * square pointer target of half-side `target` overlaps no other marker's target (WCAG 2.5.8).
   */
  clear(x: number, y: number, r: number, gap: number, target = 0): boolean {
    const reach = Math.max(r + gap, 2 * target + TARGET_ROUNDING);
    const s = this.cellSize;
    // Loops rather than cellsOver's callback: this runs for every candidate spot.
    for (let cx = Math.floor((x - reach) / s); cx <= Math.floor((x + reach) / s); cx++)
      for (let cy = Math.floor((y - reach) / s); cy <= Math.floor((y + reach) / s); cy++) {
        const c = this.cells.get(cx * 67_108_864 + cy);
        if (!c) continue;
        for (const o of c.discs) {
          const d = o.r + r + gap;
          if ((o.x - x) ** 2 + (o.y - y) ** 2 < d * d) return false;
          // One pixel more than touching: Leaflet rounds each group's anchor to a whole pixel, so
          // two targets of different groups placed exactly edge to edge could overlap by a fraction.
          const t = o.t + target + TARGET_ROUNDING;
          if (Math.abs(o.x - x) < t && Math.abs(o.y - y) < t) return false;
        }
        for (const b of c.boxes) {
          const qx = Math.max(b.x - b.hw, Math.min(x, b.x + b.hw));
          const qy = Math.max(b.y - b.hh, Math.min(y, b.y + b.hh));
          if ((x - qx) ** 2 + (y - qy) ** 2 < (r + gap) ** 2) return false;
        }
      }
    return true;
  }

  /**
   * True when a box (a name) of half-size hw × hh at (x, y) keeps `gap` pixels from every obstacle:
   * other boxes, markers' discs and their pointer targets (but the disc of `own`).
   */
  boxClear(x: number, y: number, hw: number, hh: number, gap: number, own?: string): boolean {
    const s = this.cellSize;
    const ew = hw + gap;
    const eh = hh + gap;
    for (let cx = Math.floor((x - ew) / s); cx <= Math.floor((x + ew) / s); cx++)
      for (let cy = Math.floor((y - eh) / s); cy <= Math.floor((y + eh) / s); cy++) {
        const c = this.cells.get(cx * 67_108_864 + cy);
        if (!c) continue;
        for (const b of c.boxes)
          if (Math.abs(b.x - x) < b.hw + ew && Math.abs(b.y - y) < b.hh + eh) return false;
        for (const o of c.discs) {
          if (own !== undefined && o.key === own) continue;
          if (Math.abs(o.x - x) < o.t + ew && Math.abs(o.y - y) < o.t + eh) return false;
          const qx = Math.max(x - hw, Math.min(o.x, x + hw));
          const qy = Math.max(y - hh, Math.min(o.y, y + hh));
          if ((o.x - qx) ** 2 + (o.y - qy) ** 2 < (o.r + gap) ** 2) return false;
        }
      }
    return true;
  }

  /** True when a point keeps `gap` from every box and every symbol as drawn (its disc). */
  pointClear(x: number, y: number, gap: number, own?: string): boolean {
    const c = this.cells.get(Math.floor(x / this.cellSize) * 67_108_864 + Math.floor(y / this.cellSize));
    if (!c) return true;
    for (const b of c.boxes)
      if (Math.abs(b.x - x) < b.hw + gap && Math.abs(b.y - y) < b.hh + gap) return false;
    for (const o of c.discs)
      if (o.key !== own || own === undefined)
        if ((o.x - x) ** 2 + (o.y - y) ** 2 < (o.r + gap) ** 2) return false;
    return true;
  }
}
