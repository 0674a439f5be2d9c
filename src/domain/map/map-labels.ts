import type { Lang, Localized } from '../schema/dataset-schema';
import type { LatLngTuple } from './geo';

/* Labels are obstacles: a marker must never cover a place name. */
export interface LabelBox {
  center: LatLngTuple;
  halfWidth: number;
  halfHeight: number;
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * An estimate of a map text's width without measuring the page: CJK characters are one em wide,
 * others about 0.62 em (bold system sans; a little wide for regular). Erring large only moves
 * symbols and names a little further apart.
 */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? fontSize : fontSize * 0.62;
  return width;
}

/** A county or neighbour name's box, with its text halo. */
export function labelBox(center: LatLngTuple, text: string, fontSize: number): LabelBox {
  return { center, halfWidth: textWidth(text, fontSize) / 2 + 3, halfHeight: (fontSize * 1.3) / 2 + 2 };
}

/**
 * The text drawn on the map for a place: in English the administrative type is dropped
 * ("Duanzhou District" → "Duanzhou"), as on printed maps, so that the small eastern districts'
 * names do not run into each other; the list and the details give the full name.
 */
export function mapLabel(name: Localized, lang: Lang): string {
  const text = name[lang];
  return lang === 'en' ? text.replace(/ (District|County|City)$/, '') : text;
}
