import type { Lang, Localized, Source } from './dataset-schema';

export const pick = (text: Localized, lang: Lang): string => text[lang];

/** "南方日报 (Nanfang Daily), 2024-03-09" style line, in the reader's script. */
export function sourceShortName(source: Source, lang: Lang): string {
  return pick(source.outlet, lang);
}
