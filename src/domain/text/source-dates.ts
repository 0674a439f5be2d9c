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
