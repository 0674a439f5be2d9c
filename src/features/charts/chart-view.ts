import type { Translate } from '../../i18n/i18n-context';
import type { ChartCategory, ChartMark, ChartRows, SeriesId } from '../../domain/charts/chart-rows';
import { displayValue, markText, SERIES_IDS, seriesPeriods } from '../../domain/charts/chart-rows';
import type { Dataset, Lang } from '../../domain/schema/dataset-schema';
import { periodText, sourcesAsOf } from '../../domain/text/figure-dates';
import { formatDate, formatFigure } from '../../domain/text/format-figure';
import { pick, joinNames } from '../../domain/text/localize';
import { sourceTitleText } from '../../domain/text/source-title';

/**
 * Chart rows put into the reader's words: category names, mark labels, legend entries, notes and
 * the source line. Everything the renderer, the table and the exported image print comes from here,
 * so they cannot disagree.
 */

export interface MarkView {
  series: SeriesId;
  mark: ChartMark;
  /** The value on the reader's axis (CNY bn in English, 亿元 in Chinese). */
  value: number;
  /** "> 800", "2024年目标 > 1000": the number with its qualifier, and the target word for targets. */
  label: string;
}

/** A slot where the group would have a bar but the sources publish no figure: words, no bar. */
export interface MissingView {
  series: SeriesId;
  mark: null;
  value: null;
  /** "2023年产值：来源未公布" / "2023 output: not published in the sources". */
  label: string;
}

export interface CategoryView {
  id: string;
  name: string;
  /** One row each, in series order; a missing figure keeps its slot. */
  marks: (MarkView | MissingView)[];
}

export interface ChartView {
  rows: ChartRows;
  title: string;
  /** The axis unit in the reader's language: 亿元 / CNY bn. */
  unit: string;
  /** "单位：亿元" / "Unit: CNY bn". */
  unitLine: string;
  /** Says that the figures are city-wide (and, under a filter, that it does not apply); else null. */
  scopeLine: string | null;
  categories: CategoryView[];
  series: { id: SeriesId; label: string }[];
  notes: string[];
  /** Names of the figures the sources do not publish ("电子信息产值"), by category id (table, CSV). */
  missingFigures: Record<string, string>;
  /** How many of the chart's figures the filter leaves out, in words; null when none. */
  hiddenLine: string | null;
  sourceLine: string;
  /** Full titles of the sources, for a tooltip. */
  sourceTitle: string;
  /** What the chosen sectors are called, or "all sectors". */
  filterLine: string;
}

export function categoryName(dataset: Dataset, category: ChartCategory, lang: Lang, t: Translate): string {
  if (category.figureLabel) return pick(category.figureLabel, lang);
  const sectors = dataset.sectors.filter((s) => category.sectors.includes(s.id));
  const [only] = sectors;
  if (sectors.length === 1 && only) return pick(only.name, lang);
  // A whole group (the three leading industries) is called by the name the sources give it.
  const group = only?.group;
  const wholeGroup =
    group !== undefined &&
    sectors.every((s) => s.group === group) &&
    dataset.sectors.filter((s) => s.group === group).length === sectors.length;
  if (group && wholeGroup) return t(`charts.groupTotal.${group}`);
  return t('charts.combined', {
    names: joinNames(
      sectors.map((s) => pick(s.name, lang)),
      lang,
    ),
  });
}

export function markLabel(mark: ChartMark, lang: Lang, t: Translate): string {
  const text = markText(mark, lang);
  switch (mark.series) {
    case 'actual':
      return text;
    case 'target':
      return t('charts.markTarget', { period: mark.period ?? '', mark: text });
    case 'goal':
      return t('charts.markGoal', { mark: text });
  }
}

export function sourcesLine(dataset: Dataset, ids: readonly string[], lang: Lang, t: Translate) {
  const sources = dataset.sources.filter((s) => ids.includes(s.id));
  const list = joinNames(
    sources.map((s) => pick(s.outlet, lang)),
    lang,
  );
  const asOf = sourcesAsOf(dataset, ids);
  return {
    // The "as of" of the figures: the date of their sources, in every chart and exported image.
    line: asOf
      ? t('charts.sourcesAsOf', { list, date: formatDate(asOf, lang) })
      : t('charts.sources', { list }),
    title: sources.map((s) => `${s.id} ${pick(s.outlet, lang)}: ${sourceTitleText(s, lang)}`).join('\n'),
  };
}

export function chartView(
  dataset: Dataset,
  rows: ChartRows,
  selected: readonly string[],
  lang: Lang,
  t: Translate,
): ChartView {
  const categories = rows.categories.map((c): CategoryView => ({
    id: c.id,
    name: categoryName(dataset, c, lang, t),
    marks: SERIES_IDS.flatMap((series): (MarkView | MissingView)[] => {
      const mark = c.marks[series];
      if (mark)
        return [
          { series, mark, value: displayValue(mark.value, mark.unit, lang), label: markLabel(mark, lang, t) },
        ];
      const gap = c.missing.find((g) => g.series === series);
      if (!gap) return [];
      const label = gap.period
        ? t('chartsPanel:missing.slot', { period: gap.period })
        : t('chartsPanel:missing.slotNoPeriod');
      return [{ series, mark: null, value: null, label }];
    }),
  }));
  const sectorNames = (ids: readonly string[]) =>
    joinNames(
      dataset.sectors.filter((s) => ids.includes(s.id)).map((s) => pick(s.name, lang)),
      lang,
    );
  const series = rows.series.map((id) => {
    const periods = seriesPeriods(rows, id);
    const name = t(`charts.series.${id}`);
    return {
      id,
      label:
        periods.length > 0
          ? t('charts.seriesWithPeriods', { series: name, periods: joinNames(periods, lang) })
          : name,
    };
  });
  const notes = rows.notes.map((n) => {
    const label = pick(n.label, lang);
    const value = formatFigure(n, lang, t('figures.notPublished')).text;
    const period = periodText(n, lang);
    return period ? t('charts.note', { label, value, period }) : t('charts.noteNoPeriod', { label, value });
  });
  // What the sources leave out, said in words beside the chart (and in the exported image).
  for (const c of rows.categories)
    for (const gap of c.missing)
      notes.push(
        gap.period
          ? t('chartsPanel:missing.note', { sector: sectorNames(gap.sectors), period: gap.period })
          : t('chartsPanel:missing.noteNoPeriod', { sector: sectorNames(gap.sectors) }),
      );
  // Undated goals are classes or thresholds, drawn open-ended: say what the sources leave out.
  if (rows.series.includes('goal')) notes.push(t('charts.goalNote'));
  const sources = sourcesLine(dataset, rows.sourceIds, lang, t);
  const chosen = dataset.sectors.filter((s) => selected.includes(s.id));
  return {
    rows,
    title: t(`charts.titles.${rows.id}`),
    unit: t(`charts.axisUnit.${rows.unit}`),
    unitLine: t('charts.unitLine', { unit: t(`charts.axisUnit.${rows.unit}`) }),
    scopeLine: rows.cityWide
      ? selected.length > 0
        ? t('charts.cityWideFiltered')
        : t('charts.cityWide')
      : null,
    categories,
    series,
    notes,
    missingFigures: Object.fromEntries(
      rows.categories.flatMap((c) =>
        c.missing.map((gap) => [
          gap.category,
          t('chartsPanel:missing.figure', { sector: sectorNames(gap.sectors) }),
        ]),
      ),
    ),
    hiddenLine: rows.hiddenBySelection > 0 ? t('charts.hidden', { count: rows.hiddenBySelection }) : null,
    sourceLine: sources.line,
    sourceTitle: sources.title,
    filterLine:
      chosen.length === 0
        ? t('charts.filterNone')
        : t('charts.filterSome', {
            sectors: joinNames(
              chosen.map((s) => pick(s.name, lang)),
              lang,
            ),
          }),
  };
}
