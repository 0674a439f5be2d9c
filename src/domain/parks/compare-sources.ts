import type { Dataset, Lang } from '../schema/dataset-schema';
import type { ParkFacts, ParkSource } from '../schema/park-facts-schema';
import { clauseSeparator } from '../text/localize';
import { sourceDateText } from '../text/source-dates';
import { sourceTitleText } from '../text/source-title';
import { COMPARE_WORDS } from './compare-words';
import type { CompareSource } from './compare-rows';

/** A park-facts source's title: a page's own in 《》 (Chinese) or quotation marks (English), else our description. */
function parkSourceTitle(s: ParkSource, lang: Lang): string {
  if (s.title.kind === 'description') return s.title.text[lang];
  return s.title.lang === 'en' ? `“${s.title.text}”` : `《${s.title.text}》`;
}

/**
 * Every cited id resolved to one line (outlet, title, date, mirror / repost), in first-cited order;
 * the data's date is the newest of their dates (the dataset's own date when none has one).
 */
export function resolveSources(
  ids: readonly string[],
  dataset: Dataset,
  parkFacts: ParkFacts | undefined,
  lang: Lang,
): { sources: CompareSource[]; dataDate: string } {
  const w = COMPARE_WORDS[lang];
  const sep = clauseSeparator(lang);
  const dates: string[] = [];
  const sources = ids.map((id): CompareSource => {
    const s = dataset.sources.find((x) => x.id === id);
    if (s) {
      if (s.date) dates.push(s.date);
      const parts = [
        s.outlet[lang],
        sourceTitleText(s, lang),
        sourceDateText(s.date, s.dateNote, lang, w.undated),
      ];
      return { id, label: parts.join(sep), ...(s.url ? { url: s.url } : {}), confidence: s.confidence };
    }
    const p = parkFacts?.sources.find((x) => x.id === id);
    if (p) {
      if (p.date) dates.push(p.date);
      const via = p.via === 'mirror' ? [w.mirror] : p.via === 'repost' ? [w.repost] : [];
      // An undated page's note says "undated (…)" itself: print it once, not inside "undated".
      const date =
        p.date === null && p.dateNote
          ? p.dateNote[lang]
          : sourceDateText(p.date, p.dateNote, lang, w.undated);
      const parts = [p.outlet[lang], parkSourceTitle(p, lang), date, ...via];
      return { id, label: parts.join(sep), ...(p.urls[0] ? { url: p.urls[0] } : {}) };
    }
    return { id, label: id };
  });
  const dataDate = dates.sort().at(-1) ?? dataset.meta.asOf;
  return { sources, dataDate };
}
