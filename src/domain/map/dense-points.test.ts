import { describe, expect, it } from 'vitest';
import { aggregate, DENSE_THRESHOLD, pointSet, selectionMask, splitDense } from './dense-points';
import type { MapItem } from './map-items';
import { project } from './web-mercator';
import { timingBudget } from '../../testing/test-budget';

const point = (id: string, lat: number, lng: number, sectors: string[], sourced = sectors): MapItem => ({
  id,
  kind: 'entity',
  symbol: 'entity',
  layer: 'entities',
  tier: null,
  precision: 'exact',
  division: '441202',
  anchor: [lat, lng],
  group: `exact:${lat},${lng}`,
  extent: null,
  sectors,
  sourcedSectors: sourced,
});

describe('splitDense', () => {
  const park: MapItem = {
    ...point('park', 23, 112.5, []),
    kind: 'park',
    symbol: 'core',
    precision: 'county',
  };

  it('keeps every item a symbol while they can be told apart', () => {
    const few = Array.from({ length: DENSE_THRESHOLD }, (_, i) => point(`p${i}`, 23, 112 + i / 1000, []));
    expect(splitDense([park, ...few])).toEqual({ symbols: [park, ...few], dense: [] });
  });

  it('counts exact points in cells past the threshold, and never a park', () => {
    const many = Array.from({ length: DENSE_THRESHOLD + 1 }, (_, i) =>
      point(`p${i}`, 23, 112 + i / 1000, []),
    );
    const { symbols, dense } = splitDense([park, ...many]);
    expect(symbols).toEqual([park]);
    expect(dense).toHaveLength(DENSE_THRESHOLD + 1);
  });
});

describe('aggregate', () => {
  const sectors = ['nev', 'storage', 'electronics'];
  const items = [
    point('a', 23.0, 112.5, ['nev']),
    point('b', 23.0001, 112.5001, ['storage']),
    point('c', 23.0002, 112.5, ['nev', 'electronics']),
    point('d', 22.5, 112.0, ['electronics']),
  ];
  const set = pointSet(items, sectors);
  const zoom = 10;
  const [x, y] = project([23, 112.5], zoom);
  // The three close points sit mid-cell (at 220, 220), the fourth far outside the view.
  const view = { scale: 2 ** zoom, left: x - 220, top: y - 220, width: 400, height: 400, cell: 40 };

  it('counts the points of the view per cell, at their centre, and leaves out the others', () => {
    const cells = aggregate(set, view, null);
    expect(cells).toHaveLength(1);
    const [cell] = cells;
    expect(cell).toMatchObject({ total: 3, matching: 3 });
    expect(cell?.x).toBeCloseTo(220, 0);
    expect(cell?.y).toBeCloseTo(220, 0);
  });

  it('counts what matches the filter by the same rule as everywhere else (any sector)', () => {
    expect(aggregate(set, view, selectionMask(set, ['nev']))[0]).toMatchObject({ total: 3, matching: 2 });
    expect(aggregate(set, view, selectionMask(set, ['electronics', 'storage']))[0]).toMatchObject({
      matching: 2,
    });
    expect(aggregate(set, view, selectionMask(set, ['unknown']))[0]).toMatchObject({ matching: 0 });
    expect(selectionMask(set, [])).toBeNull();
  });

  it('works past 32 sectors (several words per point)', () => {
    const many = Array.from({ length: 40 }, (_, i) => `s${i}`);
    const wide = pointSet([point('z', 23, 112.5, ['s39'])], many);
    expect(wide.words).toBe(2);
    expect(aggregate(wide, view, selectionMask(wide, ['s39']))[0]).toMatchObject({ matching: 1 });
    expect(aggregate(wide, view, selectionMask(wide, ['s7']))[0]).toMatchObject({ matching: 0 });
  });

  it('costs a few milliseconds at 100,000 points', () => {
    const big = Array.from({ length: 100_000 }, (_, i) =>
      point(`p${i}`, 22.8 + (i % 317) / 1000, 112.2 + (i % 911) / 1000, [sectors[i % 3] ?? 'nev']),
    );
    const bigSet = pointSet(big, sectors);
    const mask = selectionMask(bigSet, ['nev']);
    const start = performance.now();
    const cells = aggregate(
      bigSet,
      { ...view, left: view.left - 2000, top: view.top - 2000, width: 4000, height: 4000 },
      mask,
    );
    const ms = performance.now() - start;
    expect(cells.reduce((n, c) => n + c.total, 0)).toBe(100_000);
    expect(ms).toBeLessThan(timingBudget(100));
  });
});

describe('pointSet with "sourced links only"', () => {
  it("leaves a point's inferred sectors out of its bit set", () => {
    const items = [
      point('a', 23, 112.5, ['nev', 'storage'], ['nev']),
      point('b', 23.1, 112.6, ['storage'], []),
    ];
    const ids = ['nev', 'storage'];
    const all = pointSet(items, ids);
    const sourced = pointSet(items, ids, 'sourced');
    const matches = (set: ReturnType<typeof pointSet>, i: number, s: string) => {
      const mask = selectionMask(set, [s]);
      return mask !== null && ((set.masks[i * set.words] ?? 0) & (mask[0] ?? 0)) !== 0;
    };
    expect(matches(all, 0, 'storage')).toBe(true);
    expect(matches(sourced, 0, 'storage')).toBe(false);
    expect(matches(sourced, 0, 'nev')).toBe(true);
    expect(matches(sourced, 1, 'storage')).toBe(false);
  });
});
