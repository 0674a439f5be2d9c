import { textWidth } from './map-labels';
import { wrapBalanced } from '../text/wrap-text';

/* How a name on the map is set: its type, and its text broken into lines (place-names.ts places it). */

export interface NameStyle {
  fontSize: number;
  /** Line height in pixels. */
  lineHeight: number;
  /** Widest line before the name wraps, in pixels. */
  maxWidth: number;
  maxLines: number;
  /** Free pixels between a name and anything else. */
  gap: number;
}

export const NAME_STYLE: NameStyle = { fontSize: 12, lineHeight: 14, maxWidth: 150, maxLines: 4, gap: 2 };

/**
 * The smallest type on a presentation screen, in pixels: 2.5 % of its height, read from 5 m (and
 * never under 0.9 of presentation mode's root size, present.css: max(30px, min(1.5625vw, 2.78vh))):
 * 27 px on 1920×1080, 54 px on 3840×2160. present.css's --present-min is the same rule.
 */
export function presentTextSize(width: number, height: number): number {
  const root = Math.max(30, Math.min(width * 0.015625, height * 0.0278));
  return Math.ceil(Math.max(root * 0.9, height * 0.025));
}

/** Names on a presentation screen: at the screen's smallest reading size. */
export function presentNameStyle(width: number, height: number): NameStyle {
  const fontSize = presentTextSize(width, height);
  return {
    fontSize,
    lineHeight: Math.round(fontSize * 1.2),
    maxWidth: fontSize * 13,
    // The full name of a park, long as some are, rather than an ellipsis before an audience.
    maxLines: 5,
    gap: Math.round(fontSize / 9),
  };
}

/** Two thirds of the width and more lines: a long name that found no room as a wide block. */
export function narrower(style: NameStyle): NameStyle {
  let out = narrowerOf.get(style);
  if (!out) {
    out = { ...style, maxWidth: Math.round((style.maxWidth * 2) / 3), maxLines: style.maxLines + 2 };
    narrowerOf.set(style, out);
  }
  return out;
}
const narrowerOf = new WeakMap<NameStyle, NameStyle>();

/**
 * Wrapping is most of a placement's cost and the names do not change with a filter: lines are
 * kept per style object (the map's styles are constants or memoised) and text.
 */
const linesCache = new WeakMap<NameStyle, Map<string, string[]>>();
export function cachedLines(text: string, style: NameStyle): string[] {
  let byText = linesCache.get(style);
  if (!byText) linesCache.set(style, (byText = new Map()));
  let lines = byText.get(text);
  if (!lines) byText.set(text, (lines = nameLines(text, style)));
  return lines;
}

/** The name's lines: balanced, at most `maxLines`, the last one cut with "…" if it must be. */
export function nameLines(text: string, style: NameStyle): string[] {
  const measure = (s: string) => textWidth(s, style.fontSize);
  const lines = wrapBalanced(text, style.maxWidth, measure);
  if (lines.length <= style.maxLines) return lines;
  const kept = lines.slice(0, style.maxLines);
  let last = `${kept[kept.length - 1] ?? ''} ${lines.slice(style.maxLines).join(' ')}`;
  while (last.length > 1 && measure(`${last}…`) > style.maxWidth) last = last.slice(0, -1);
  kept[kept.length - 1] = `${last.trimEnd()}…`;
  return kept;
}
