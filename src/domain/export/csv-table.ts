import type { Lang, Localized } from '../schema/dataset-schema';
import type { CsvCell } from '../charts/csv';

/** One column of a table: its header and how a row fills it. */
export type Column<T> = readonly [header: string, cell: (row: T) => CsvCell];

/** The header row, then one row per item. */
export function table<T>(rows: readonly T[], columns: readonly Column<T>[]): CsvCell[][] {
  return [columns.map(([header]) => header), ...rows.map((row) => columns.map(([, cell]) => cell(row)))];
}

/**
 * A text in the reader's language and in the original Chinese: `name_en`, `name_zh-Hans` (the
 * sources are Simplified Chinese); one column for a reader of Simplified Chinese.
 */
export function bilingual<T>(
  name: string,
  lang: Lang,
  get: (row: T) => Localized | null | undefined,
): Column<T>[] {
  const langs: Lang[] = lang === 'zh-Hans' ? ['zh-Hans'] : [lang, 'zh-Hans'];
  return langs.map((l): Column<T> => [`${name}_${l}`, (row) => get(row)?.[l] ?? null]);
}

/** Ids or names in one cell: "S1; S2"; empty where there are none. */
export const listCell = (items: readonly string[]): string | null => (items.length ? items.join('; ') : null);

/** Sentences in one cell, one a line (a quoted cell keeps its line breaks). */
export const linesCell = (items: readonly string[]): string | null =>
  items.length ? items.join('\n') : null;

/** A text built for each language alike (a list of names, a few sentences); null where it is empty. */
export function perLang(build: (lang: Lang) => string | null): Localized | null {
  const hans = build('zh-Hans');
  if (hans === null) return null;
  return { 'zh-Hans': hans, 'zh-Hant': build('zh-Hant') ?? '', en: build('en') ?? '' };
}
