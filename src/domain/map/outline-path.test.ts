import { describe, expect, it } from 'vitest';
import { counties } from './geo';
import { outlinePaths } from './outline-path';
import { shippedGeography } from '../../testing/shipped-data';

const geography = shippedGeography;

describe('outlinePaths', () => {
  const outline = outlinePaths(counties(geography));

  it('draws each of the eight counties, scaled into 1000 units, in whole units', () => {
    expect(outline.paths.map((p) => p.code).sort()).toEqual(
      counties(geography)
        .map((f) => f.properties.code)
        .sort(),
    );
    expect(Math.max(outline.width, outline.height)).toBe(1000);
    for (const { d } of outline.paths) {
      // Each ring: a move, one `l` with pairs of steps (a minus sign is its own separator), a close.
      expect(d).toMatch(/^(M\d+ \d+(l-?\d+( ?-?\d+)*)?z)+$/);
      // Read back, every ring's corners stay inside the 1000-unit box: the steps are pairs, in order.
      for (const ring of d.split('z').filter(Boolean)) {
        const [move, steps = ''] = ring.split('l');
        const [x0, y0] = (move ?? '').slice(1).split(' ').map(Number);
        const ns = (steps.match(/-?\d+/g) ?? []).map(Number);
        expect(ns.length % 2).toBe(0);
        let [x, y] = [x0 ?? NaN, y0 ?? NaN];
        for (let i = 0; i < ns.length; i += 2) {
          x += ns[i] ?? NaN;
          y += ns[i + 1] ?? NaN;
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(outline.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(outline.height);
        }
      }
    }
  });

  it('stays small enough to ship in every first screen (a few kilobytes)', () => {
    const bytes = outline.paths.reduce((n, p) => n + p.d.length, 0);
    expect(bytes).toBeLessThan(12_000);
  });
});
