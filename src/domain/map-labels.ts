import type { Lang, Localized } from './dataset-schema';
import type { LatLngTuple } from './geo';

/* Labels are obstacles: a marker must never cover a place name. */
export interface LabelBox {
  center: LatLngTuple;
  halfWidth: number;
  halfHeight: number;
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * An estimate of a map label's box: CJK characters are one em wide, others about 0.62 em (bold
 * system sans), plus the text halo. Erring large only moves markers a little further out.
 */
export function labelBox(center: LatLngTuple, text: string, fontSize: number): LabelBox {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? fontSize : fontSize * 0.62;
  return { center, halfWidth: width / 2 + 3, halfHeight: (fontSize * 1.3) / 2 + 2 };
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
