import { describe, expect, it } from 'vitest';
import { rasteriseCounties } from './county-raster';
import { ObstacleIndex } from './obstacle-index';
import type { Point } from './web-mercator';

/** Even-odd ray casting: the rule the raster replaces, as the oracle. */
function inRing([x, y]: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Point;
    const [xj, yj] = ring[j] as Point;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('rasteriseCounties', () => {
  // Two counties: an L-shape and a square with a hole (a ring inside it, even-odd).
  const lShape: Point[] = [
    [0, 0],
    [60, 0],
    [60, 20],
    [20, 20],
    [20, 60],
    [0, 60],
  ];
  const square: Point[] = [
    [70, 10],
    [130, 10],
    [130, 70],
    [70, 70],
  ];
  const hole: Point[] = [
    [90, 30],
    [110, 30],
    [110, 50],
    [90, 50],
  ];
  const raster = rasteriseCounties([[lShape], [square, hole]]);

  it('answers like point-in-polygon away from the outlines (1 px cells at this size)', () => {
    let checked = 0;
    for (let x = -5.5; x < 140; x += 3)
      for (let y = -5.5; y < 80; y += 3) {
        const want = inRing([x, y], lShape) ? 0 : inRing([x, y], square) !== inRing([x, y], hole) ? 1 : -1;
        expect(raster.at(x, y), `${x},${y}`).toBe(want);
        checked++;
      }
    expect(checked).toBeGreaterThan(1000);
  });

  it('gives each county its box, and the whole extent for -1', () => {
    expect(raster.box(0)).toEqual([0, 0, 60, 60]);
    expect(raster.box(1)).toEqual([70, 10, 130, 70]);
    expect(raster.box(-1)).toEqual([0, 0, 130, 70]);
  });

  it('stays bounded in memory when zoomed far in (coarser cells, same answers inside)', () => {
    const big = rasteriseCounties([[lShape.map(([x, y]) => [x * 1000, y * 1000] as Point)]]);
    expect(big.at(10_000, 10_000)).toBe(0);
    expect(big.at(40_000, 40_000)).toBe(-1);
  });

  it('answers -1 everywhere when there is nothing to draw', () => {
    const empty = rasteriseCounties([]);
    expect(empty.at(0, 0)).toBe(-1);
  });
});

describe('ObstacleIndex', () => {
  it('finds a disc or a name box nearby, however far the cells reach, and nothing far away', () => {
    const index = new ObstacleIndex(16);
    index.addDisc([100, 100], 14);
    index.addBox([300, 100], 40, 8);
    // Disc: free beyond r + r' + gap, taken within.
    expect(index.clear(100 + 14 + 10 + 3, 100, 10, 3)).toBe(true);
    expect(index.clear(100 + 14 + 10 + 2, 100, 10, 3)).toBe(false);
    // A box wider than a cell is found from any cell it covers.
    expect(index.clear(300 - 35, 100 + 8 + 6, 5, 0)).toBe(true);
    expect(index.clear(300 - 35, 100 + 8 + 4, 5, 0)).toBe(false);
    expect(index.clear(1000, 1000, 20, 3)).toBe(true);
  });

  it('agrees with checking every obstacle, on random scenes', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const index = new ObstacleIndex();
    const discs: { x: number; y: number; r: number }[] = [];
    for (let i = 0; i < 300; i++) {
      const d = { x: random() * 800, y: random() * 600, r: 4 + random() * 10 };
      discs.push(d);
      index.addDisc([d.x, d.y], d.r);
    }
    for (let i = 0; i < 2000; i++) {
      const x = random() * 800;
      const y = random() * 600;
      const r = 3 + random() * 10;
      const brute = discs.every((d) => Math.hypot(d.x - x, d.y - y) >= d.r + r + 3);
      expect(index.clear(x, y, r, 3)).toBe(brute);
    }
  });
});
