import { describe, expect, it } from 'vitest';
import { markerPaint, markerShape } from './marker-shape';
import { SYMBOL_SIZE, type MarkerSymbol } from './map-items';

describe('marker symbols', () => {
  const symbols: MarkerSymbol[] = ['core', 'core-sub', 'park', 'cluster', 'entity'];

  it('gives each kind of place its own shape or size, so colour is never the only cue', () => {
    const signatures = symbols.map((s) => `${markerShape(s).kind}:${SYMBOL_SIZE[s]}`);
    expect(new Set(signatures).size).toBe(symbols.length);
  });

  it('keeps every shape inside its box', () => {
    for (const s of symbols) {
      const shape = markerShape(s);
      const size = SYMBOL_SIZE[s];
      const coords =
        shape.kind === 'polygon'
          ? shape.points.split(' ').flatMap((p) => p.split(',').map(Number))
          : shape.kind === 'circle'
            ? [shape.cx - shape.r, shape.cx + shape.r, shape.cy - shape.r, shape.cy + shape.r]
            : [shape.x, shape.y, shape.x + shape.width, shape.y + shape.height];
      for (const v of coords) {
        expect(v, s).toBeGreaterThanOrEqual(0);
        expect(v, s).toBeLessThanOrEqual(size);
      }
    }
  });

  it('draws county-level places hollow and dashed, places with a published extent solid', () => {
    expect(markerPaint('east', 'county')).toMatchObject({ fill: '#ffffff', dash: '3 2' });
    expect(markerPaint('core', 'area')).toMatchObject({ dash: null });
    expect(markerPaint('core', 'area').fill).not.toBe('#ffffff');
  });
});
