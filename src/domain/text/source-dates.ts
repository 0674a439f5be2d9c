import type { Lang, Localized } from '../schema/dataset-schema';
import { formatDate } from './format-figure';
import { pick } from './localize';

/**
 * The earliest and latest of some sources' dates (ISO, of any precision: 2013, 2025-09,
 * 2026-01-19); null when none has a date. ISO dates of mixed precision sort as text.
 */
export function dateRange(dates: readonly (string | null)[]): { from: string; to: string } | null {
  const known = dates.filter((d): d is string => d !== null).sort();
  const from = known[0];
  const to = known[known.length - 1];
  return from && to ? { from, to } : null;
}

/**
 * A source's date as printed wherever it is cited: the date (or the word for "undated"), then its
 * hedge when the record carries one (「约2025年4—5月」, "after 23 Oct 2025"), so that a date the
 * sources only approximate never reads as exact (data audit 2026-12, n7).
 */
export function sourceDateWords(
  date: string | null,
  dateNote: Localized | null | undefined,
  lang: Lang,
  undated: string,
): { date: string; note: string | null } {
  return {
    date: date ? formatDate(date, lang) : undated,
    note: dateNote ? pick(dateNote, lang) : null,
  };
}

/** The same as one line of text: 「2025年4月（约2025年4—5月）」, "Apr 2025 (about Apr–May 2025)". */
export function sourceDateText(
  date: string | null,
  dateNote: Localized | null | undefined,
  lang: Lang,
  undated: string,
): string {
  const words = sourceDateWords(date, dateNote, lang, undated);
  return words.note ? `${words.date}${parenthesized(words.note, lang)}` : words.date;
}

/** 「（…）」 in Chinese, " (…)" in English. */
export const parenthesized = (text: string, lang: Lang): string =>
  lang === 'en' ? ` (${text})` : `（${text}）`;
