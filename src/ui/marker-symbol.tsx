import type { Tier } from '../domain/schema/dataset-schema';
import { markerPaint, markerShape, STROKE_WIDTH } from '../domain/map/marker-shape';
import {
  SYMBOL_SIZE,
  type DrawnPrecision,
  type MarkerSymbol as MarkerSymbolKind,
} from '../domain/map/map-items';

/**
 * A marker's symbol as SVG shapes (its shape and paint, in its own SYMBOL_SIZE box), drawn from
 * the same shapes and paint as the map's markers: for an <svg> of its own, or a place on another
 * drawing (the brief's map).
 */
export function SymbolShape({
  symbol,
  tier,
  precision,
}: {
  symbol: MarkerSymbolKind;
  tier: Tier | null;
  precision: DrawnPrecision;
}) {
  const shape = markerShape(symbol);
  const paint = markerPaint(tier, precision);
  const common = {
    fill: paint.fill,
    stroke: paint.stroke,
    strokeWidth: STROKE_WIDTH,
    strokeLinejoin: 'round' as const,
    strokeDasharray: paint.dash ?? undefined,
  };
  return shape.kind === 'polygon' ? (
    <polygon points={shape.points} {...common} />
  ) : shape.kind === 'circle' ? (
    <circle cx={shape.cx} cy={shape.cy} r={shape.r} {...common} />
  ) : (
    <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} {...common} />
  );
}

/**
 * A marker's symbol as a small inline SVG, so a legend entry or a list row looks like its marker.
 */
export function MarkerSymbol({
  symbol,
  tier,
  precision,
  className,
}: {
  symbol: MarkerSymbolKind;
  tier: Tier | null;
  precision: DrawnPrecision;
  className: string;
}) {
  const size = SYMBOL_SIZE[symbol];
  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <SymbolShape symbol={symbol} tier={tier} precision={precision} />
    </svg>
  );
}
