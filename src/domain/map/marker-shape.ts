import type { Tier } from '../schema/dataset-schema';
import { SYMBOL_SIZE, type DrawnPrecision, type MarkerSymbol } from './map-items';

/**
 * The drawing of each map symbol, shared by the map markers, the legend and the park list so
 * that all three show the same thing. Tiers differ by shape and size, not by colour alone:
 * core = star, park inside a core park = small star, park = circle, cluster = diamond,
 * firm or project = small square. Approximate (county-level) items are hollow and dashed; items
 * inside another park's published extent, their own position unpublished, hollow and dotted.
 */

export type Shape =
  | { kind: 'polygon'; points: string }
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number };

export const STROKE_WIDTH = 2;

const fmt = (n: number) => Number(n.toFixed(2));

function star(size: number): string {
  const c = size / 2;
  const outer = c - STROKE_WIDTH / 2 - 0.5;
  const inner = outer * 0.48;
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${fmt(c + r * Math.cos(a))},${fmt(c + r * Math.sin(a) + outer * 0.1)}`);
  }
  return pts.join(' ');
}

/** The shape of a symbol in a square viewBox of its own size (SYMBOL_SIZE). */
export function markerShape(symbol: MarkerSymbol): Shape {
  const size = SYMBOL_SIZE[symbol];
  const c = size / 2;
  const inset = STROKE_WIDTH / 2 + 0.5;
  switch (symbol) {
    case 'core':
    case 'core-sub':
      return { kind: 'polygon', points: star(size) };
    case 'park':
      return { kind: 'circle', cx: c, cy: c, r: c - inset };
    case 'cluster':
      return {
        kind: 'polygon',
        points: [
          [c, inset],
          [size - inset, c],
          [c, size - inset],
          [inset, c],
        ]
          .map(([x, y]) => `${fmt(x ?? 0)},${fmt(y ?? 0)}`)
          .join(' '),
      };
    case 'entity':
      return {
        kind: 'rect',
        x: inset + 1,
        y: inset + 1,
        width: size - 2 * inset - 2,
        height: size - 2 * inset - 2,
      };
  }
}

export interface Paint {
  fill: string;
  stroke: string;
  /** SVG stroke-dasharray, or null for a solid outline. */
  dash: string | null;
}

/** Core parks red, eastern parks blue, western parks brown (matching the county outlines), firms slate. */
export const TIER_COLOR: Record<Tier | 'entity', string> = {
  core: '#b42318',
  east: '#1d4f91',
  west: '#7a4a00',
  entity: '#334155',
};

export function markerPaint(tier: Tier | null, precision: DrawnPrecision): Paint {
  const color = TIER_COLOR[tier ?? 'entity'];
  // Hollow and dashed: "somewhere in this county", never a claimed spot.
  if (precision === 'county') return { fill: '#ffffff', stroke: color, dash: '3 2' };
  // Hollow with a dotted outline: "inside that published extent, own position not published".
  if (precision === 'within') return { fill: '#ffffff', stroke: color, dash: '1 1.6' };
  return { fill: color, stroke: '#ffffff', dash: null };
}
