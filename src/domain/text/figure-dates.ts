import type { Dataset, Indicator, Lang } from '../schema/dataset-schema';
import { pick } from './localize';

/**
 * When a figure is for and when it was said. The period is printed as the source words it
 * ("近4年", "去年以来") wherever it gives no years; the "as of" is the date of the figure's sources.
 */

/** The period as the source words it, else the stated year or period; null when none is given. */
export function periodText(figure: Pick<Indicator, 'period' | 'periodWords'>, lang: Lang): string | null {
  return figure.periodWords ? pick(figure.periodWords, lang) : figure.period;
}

/**
 * A figure's period for a card, never left blank: the period as stated (words or years); else,
 * where the source gives none (F18's 占比超四成, F19's 平均3.8天, F21's 累计691家), only when it
 * was said, the date of its sources (`reported`; null when no source is dated). No period is
 * inferred from the article's context.
 */
export type CardPeriod = { stated: string } | { stated: null; reported: string | null };

export function cardPeriod(
  dataset: Dataset,
  figure: Pick<Indicator, 'period' | 'periodWords' | 'sources'>,
  lang: Lang,
): CardPeriod {
  const stated = periodText(figure, lang);
  return stated !== null ? { stated } : { stated: null, reported: sourcesAsOf(dataset, figure.sources) };
}

/**
 * The date of a figure's sources, as precise as they all agree ("2024-03" for a figure in a
 * 2024-03-09 piece and a 2024-03 piece); the earliest date when they disagree on the year or
 * month; null when no source is dated.
 */
export function sourcesAsOf(dataset: Dataset, sourceIds: readonly string[]): string | null {
  const dates = dataset.sources
    .filter((s) => sourceIds.includes(s.id))
    .flatMap((s) => (s.date ? [s.date] : []))
    .sort();
  const [first] = dates;
  if (first === undefined) return null;
  const parts = dates.map((d) => d.split('-'));
  const common: string[] = [];
  for (let i = 0; i < 3; i++) {
    const part = parts[0]?.[i];
    if (part === undefined || !parts.every((p) => p[i] === part)) break;
    common.push(part);
  }
  return common.length >= 2 ? common.join('-') : first;
}
