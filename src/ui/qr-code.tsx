import { useMemo, useState } from 'react';
import { qrLayout, type QrLayout } from './qr-layout';

/** Symbols kept per QR code on screen: a presentation's tour shows the same few links all day. */
const KEEP = 32;

/**
 * A QR code as SVG built by React from the symbol's modules (no HTML string is injected), so it
 * stays sharp at any size: a phone's screen or a projected wall. A symbol seen before is reused:
 * a tour's next loop encodes nothing again.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [seen] = useState(() => new Map<string, QrLayout>());
  const { extent, runs } = useMemo(() => remembered(seen, text), [seen, text]);
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${extent} ${extent}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-extent={extent}
      // For a size set on the symbol itself, quiet zone aside (presentation mode's code).
      style={{ ['--qr-extent' as string]: extent }}
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

/** `text`'s layout from `cache` (most recent last), else made and kept, the oldest dropped past KEEP. */
function remembered(cache: Map<string, QrLayout>, text: string): QrLayout {
  const known = cache.get(text);
  if (known) {
    cache.delete(text);
    cache.set(text, known);
    return known;
  }
  const made = qrLayout(text);
  cache.set(text, made);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  return made;
}
