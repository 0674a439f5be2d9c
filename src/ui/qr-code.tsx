import { useMemo } from 'react';
import { qrLayout } from './qr-layout';

/**
 * A QR code as SVG built by React from the symbol's modules (no HTML string is injected), so it
 * stays sharp at any size: a phone's screen or a projected wall.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { extent, runs } = useMemo(() => qrLayout(text), [text]);
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${extent} ${extent}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-extent={extent}
    >
      <rect className="qr-light" width={extent} height={extent} fill="#fff" />
      {runs.map((r) => (
        <rect
          key={`${r.y}-${r.x}`}
          className="qr-dark"
          x={r.x}
          y={r.y}
          width={r.width}
          height={1}
          fill="#000"
        />
      ))}
    </svg>
  );
}
