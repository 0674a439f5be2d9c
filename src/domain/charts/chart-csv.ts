import type { Dataset, Lang, Unit } from '../schema/dataset-schema';
import { displayValue, type ChartGap, type ChartMark, type ChartRows } from './chart-rows';
import { toCsv, type CsvCell } from './csv';
import { periodText } from '../text/figure-dates';
import { formatFigureLine } from '../text/format-figure';
import { pick } from '../text/localize';

/**
 * A chart's numbers as CSV: one row per figure, the value exactly as the dataset holds it (in the
 * dataset's unit, so 800 with 亿元), and beside it the value in the unit of the chart the file
 * came from (80 with CNY bn for an English reader), both units named, so a file read next to its
 * chart never shows a number ten times the bar's. Qualifier and kind are the dataset's codes, so
 * that nothing is lost between the chart, the table and the file. `as_stated` is the figure in
 * words as the page shows it; `as_of` the date of its sources. A figure the sources do not publish
 * (electronic information's output) is a row of its own with no value, saying so.
 */

export const CSV_COLUMNS = [
  'figure',
  'as_stated',
  'value',
  'unit',
  'chart_value',
  'chart_unit',
  'qualifier',
  'kind',
  'period',
  'sectors',
  'sources',
  'as_of',
  'id',
] as const;

export interface CsvWords {
  /** The unit's name in the reader's language: 亿元 / 100 million CNY. */
  unit: (unit: Unit) => string;
  /** What the sectors column says for a figure without sectors. */
  cityWide: string;
  /** What the value column's neighbour says where the source gives no number. */
  notPublished: string;
  /** The chart's axis unit in the reader's language: 亿元 / CNY bn. */
  chartUnit: (unit: Unit) => string;
  /** A figure the sources do not publish: its name ("电子信息产值") and what the row says. */
  missingLabel: (gap: ChartGap) => string;
  missingText: string;
}

export function chartCsvRows(dataset: Dataset, rows: ChartRows, lang: Lang, words: CsvWords): CsvCell[][] {
  const sectorName = new Map(dataset.sectors.map((s) => [s.id, pick(s.name, lang)]));
  const source = new Map(dataset.sources.map((s) => [s.id, `${s.id} ${pick(s.outlet, lang)}`]));
  const sectorsCell = (f: { sectors: readonly string[] }) =>
    f.sectors.length === 0 ? words.cityWide : f.sectors.map((s) => sectorName.get(s) ?? s).join('; ');
  const figureRow = (f: ChartMark): CsvCell[] => [
    pick(f.label, lang),
    // The figure as it reads on the page ("千亿级", "接近5000亿元"): a class is never just a number.
    formatFigureLine(f, lang, words.notPublished),
    f.value,
    words.unit(f.unit),
    displayValue(f.value, f.unit, lang),
    words.chartUnit(f.unit),
    f.ratio ? `${f.qualifier} ${f.ratio[0]}/${f.ratio[1]}` : f.qualifier,
    f.kind,
    periodText(f, lang),
    sectorsCell(f),
    f.sources.map((s) => source.get(s) ?? s).join('; '),
    f.asOf,
    f.indicatorId,
  ];
  const missingRow = (g: ChartGap): CsvCell[] => [
    words.missingLabel(g),
    words.missingText,
    null,
    words.unit(rows.unit),
    null,
    words.chartUnit(rows.unit),
    null,
    g.series === 'actual' ? 'actual' : 'target',
    g.period,
    sectorsCell(g),
    null,
    null,
    null,
  ];
  const body = rows.entries.map((e) => (e.kind === 'figure' ? figureRow(e.mark) : missingRow(e.gap)));
  return [[...CSV_COLUMNS], ...body];
}

export const chartCsv = (dataset: Dataset, rows: ChartRows, lang: Lang, words: CsvWords): string =>
  toCsv(chartCsvRows(dataset, rows, lang, words));
