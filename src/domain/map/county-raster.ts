import type { Point } from './web-mercator';

/**
 * Which county covers a pixel, answered in O(1): the county outlines rasterised once per zoom by
 * scanline (even-odd, like the ray casting it replaces). Placement asks this for thousands of
 * candidate spots, which point-in-polygon over every ring made the slowest part of a zoom.
 */
export interface CountyRaster {
  /** The index (into the rings' owners) of the county at a pixel, or -1 outside every county. */
  at(x: number, y: number): number;
  /** A county's box [minX, minY, maxX, maxY] (-1: all counties'); empty for one not drawn. */
  box(owner: number): readonly [number, number, number, number];
}

const EMPTY = [Infinity, Infinity, -Infinity, -Infinity] as const;

/** At most this many cells: fine (1 px) at the start zooms, coarser only when zoomed far in. */
const MAX_CELLS = 1_500_000;

/** `owners[i]` holds the projected outer rings of county i. */
export function rasteriseCounties(owners: readonly (readonly (readonly Point[])[])[]): CountyRaster {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const rings of owners)
    for (const ring of rings)
      for (const [x, y] of ring) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
  if (!Number.isFinite(minX)) return { at: () => -1, box: () => EMPTY };
  const boxes = owners.map((rings) => {
    const pts = rings.flat();
    return pts.length
      ? ([
          Math.min(...pts.map((p) => p[0])),
          Math.min(...pts.map((p) => p[1])),
          Math.max(...pts.map((p) => p[0])),
          Math.max(...pts.map((p) => p[1])),
        ] as const)
      : EMPTY;
  });
  const all = [minX, minY, maxX, maxY] as const;
  const cell = Math.max(1, Math.sqrt(((maxX - minX) * (maxY - minY)) / MAX_CELLS));
  const cols = Math.ceil((maxX - minX) / cell) + 1;
  const rows = Math.ceil((maxY - minY) / cell) + 1;
  const grid = new Int8Array(cols * rows).fill(-1);

  owners.forEach((rings, owner) => {
    // Bucket each edge into the rows whose centre line it crosses, then fill between crossings.
    const crossings: number[][] = Array.from({ length: rows }, () => []);
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x1, y1] = ring[i] as Point;
        const [x2, y2] = ring[j] as Point;
        if (y1 === y2) continue;
        const lo = Math.min(y1, y2);
        const hi = Math.max(y1, y2);
        const first = Math.max(0, Math.ceil((lo - minY) / cell - 0.5));
        const last = Math.min(rows - 1, Math.floor((hi - minY) / cell - 0.5));
        for (let r = first; r <= last; r++) {
          const y = minY + (r + 0.5) * cell;
          // Half-open in y, as in ray casting, so a vertex on the line counts once.
          if (!(y1 > y !== y2 > y)) continue;
          crossings[r]?.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
        }
      }
    crossings.forEach((xs, r) => {
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const from = Math.max(0, Math.ceil(((xs[k] ?? 0) - minX) / cell - 0.5));
        const to = Math.min(cols - 1, Math.floor(((xs[k + 1] ?? 0) - minX) / cell - 0.5));
        grid.fill(owner, r * cols + from, r * cols + to + 1);
      }
    });
  });

  return {
    box: (owner) => (owner === -1 ? all : (boxes[owner] ?? EMPTY)),
    at: (x, y) => {
      const c = Math.floor((x - minX) / cell);
      const r = Math.floor((y - minY) / cell);
      if (c < 0 || r < 0 || c >= cols || r >= rows) return -1;
      return grid[r * cols + c] ?? -1;
    },
  };
}
