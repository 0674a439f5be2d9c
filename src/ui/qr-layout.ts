import { create } from 'qrcode';

/** Dark modules per row, merged into runs so a symbol is a few hundred rects, not thousands. */
export interface QrRun {
  x: number;
  y: number;
  width: number;
}

export interface QrLayout {
  /** Modules per side, quiet zone included: the SVG's viewBox. */
  extent: number;
  runs: QrRun[];
}

/** The quiet zone the QR specification asks for; cameras lose the symbol without it. */
export const QUIET_ZONE = 4;

/**
 * Medium error correction (≈ 15 % recoverable) survives glare on a projected screen and a
 * smudged print, while keeping long links in a symbol with modules large enough to scan.
 */
export const ERROR_CORRECTION = 'M';

/** The dark modules of `text`'s QR symbol, as horizontal runs offset by the quiet zone. */
export function qrLayout(text: string): QrLayout {
  const { modules } = create(text, { errorCorrectionLevel: ERROR_CORRECTION });
  const { size, data } = modules;
  const runs: QrRun[] = [];
  for (let row = 0; row < size; row++) {
    let start = -1;
    for (let col = 0; col <= size; col++) {
      const dark = col < size && data[row * size + col] === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push({ x: start + QUIET_ZONE, y: row + QUIET_ZONE, width: col - start });
        start = -1;
      }
    }
  }
  return { extent: size + 2 * QUIET_ZONE, runs };
}
