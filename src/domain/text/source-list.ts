import type { Lang, Source } from '../schema/dataset-schema';
import { clauseSeparator, joinItems, pick } from './localize';
import { sourceDateText } from './source-dates';

/**
 * "南都（南方都市报），2024年3月；南方日报，2024年3月9日": the outlets and dates of `sources`, in
 * the reader's script; `undated` is said for a source without a date.
 */
export function sourceListText(sources: readonly Source[], lang: Lang, undated: string): string {
  const sep = clauseSeparator(lang);
  return joinItems(
    sources.map((s) => `${pick(s.outlet, lang)}${sep}${sourceDateText(s.date, s.dateNote, lang, undated)}`),
    lang,
  );
}
