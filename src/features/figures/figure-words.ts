import type { Translate } from '../../i18n/i18n-context';
import type { Dataset, Indicator, Lang, Source } from '../../domain/schema/dataset-schema';
import { cardPeriod, sourcesAsOf } from '../../domain/text/figure-dates';
import { formatDate, formatFigure } from '../../domain/text/format-figure';
import { joinNames, pick } from '../../domain/text/localize';
import { sourceTitleText } from '../../domain/text/source-title';

/**
 * What a figure card prints: the value with its qualifier (a listing without a number says so,
 * never "not published"), the period as the source words it — or that it states none, and when it
 * was said —, and the sources with their date.
 */
export function figureCardWords(
  dataset: Dataset,
  indicator: Indicator,
  sources: readonly Source[],
  lang: Lang,
  t: Translate,
) {
  const missing = indicator.qualifier === 'none' ? t('figures.noFigure') : t('figures.notPublished');
  const { text, target } = formatFigure(indicator, lang, missing);
  const list = joinNames(
    sources.map((s) => pick(s.outlet, lang)),
    lang,
  );
  const asOf = sourcesAsOf(dataset, indicator.sources);
  const period = cardPeriod(dataset, indicator, lang);
  return {
    value: text,
    badge: target,
    period:
      period.stated ??
      (period.reported
        ? t('figures.periodNotStated', { date: formatDate(period.reported, lang) })
        : t('figures.periodNotStatedUndated')),
    sourceLine: asOf
      ? t('figures.sourcesAsOf', { list, date: formatDate(asOf, lang) })
      : t('figures.sources', { list }),
    sourceTitle: sources.map((s) => `${s.id} ${sourceTitleText(s, lang)}`).join('\n'),
  };
}
