import { useEffect, useState } from 'react';
import { encodeQr } from './qr-encoder';
import type { QrLayout } from './qr-layout';

/** Symbols kept per QR code on screen: a presentation's tour shows the same few links all day. */
const KEEP = 32;
/** The extent a code takes while its first symbol is being encoded (a short link's, version 3). */
const FIRST_EXTENT = 37;

/**
 * A QR code as SVG built by React from the symbol's modules (no HTML string is injected), so it
 * stays sharp at any size: a phone's screen or a projected wall. The symbol is encoded in a worker
 * (qr-encoder.ts; the QR library is not in this component's chunk); until it arrives the code is
 * blank and `aria-busy`, never the previous link's symbol. A symbol seen before is shown at once:
 * a tour's next loop encodes nothing again.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [seen] = useState(() => new Map<string, QrLayout>());
  const [arrived, setArrived] = useState<{ layout: QrLayout } | { error: unknown } | null>(null);
  if (arrived && 'error' in arrived) throw arrived.error;
  const known = seen.get(text) ?? null;
  useEffect(() => {
    const cached = seen.get(text);
    if (cached) {
      remember(seen, text, cached);
      return;
    }
    let current = true;
    encodeQr(text).then(
      (layout) => {
        remember(seen, text, layout);
        if (current) setArrived({ layout });
      },
      (error: unknown) => current && setArrived({ error }),
    );
    return () => {
      current = false;
    };
  }, [seen, text]);
  // While encoding, the blank keeps the last symbol's size: nothing moves when the new one comes.
  const previous = arrived && 'layout' in arrived ? arrived.layout : null;
  const extent = known?.extent ?? previous?.extent ?? FIRST_EXTENT;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${extent} ${extent}`}
      role="img"
      aria-label={label}
      aria-busy={known ? undefined : true}
      shapeRendering="crispEdges"
      data-extent={known ? extent : undefined}
      // For a size set on the symbol itself, quiet zone aside (presentation mode's code).
      style={{ ['--qr-extent' as string]: extent }}
    >
      <rect className="qr-light" width={extent} height={extent} fill="#fff" />
      {known?.runs.map((r) => (
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

/** Keeps `layout` as `text`'s in `cache`, most recent last, the oldest dropped past KEEP. */
function remember(cache: Map<string, QrLayout>, text: string, layout: QrLayout): void {
  cache.delete(text);
  cache.set(text, layout);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
}
