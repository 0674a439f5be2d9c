import type { Dataset, Lang, Unit } from './dataset-schema';
import type { ChartRows } from './chart-rows';
import { toCsv, type CsvCell } from './csv';
import { periodText } from './figure-dates';
import { formatFigureLine } from './format-figure';
import { pick } from './localize';

/**
 * A chart's numbers as CSV: one row per figure, the value exactly as the dataset holds it (in the
 * dataset's unit, so 800 with 亿元, never a converted 80), with its qualifier and kind as the
 * dataset's codes, so that nothing is lost between the chart, the table and the file. `as_stated`
 * is the figure in words as the page shows it; `as_of` the date of its sources.
 */

export const CSV_COLUMNS = [
  'figure',
  'as_stated',
  'value',
  'unit',
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
}

export function chartCsvRows(dataset: Dataset, rows: ChartRows, lang: Lang, words: CsvWords): CsvCell[][] {
  const sectorName = new Map(dataset.sectors.map((s) => [s.id, pick(s.name, lang)]));
  const source = new Map(dataset.sources.map((s) => [s.id, `${s.id} ${pick(s.outlet, lang)}`]));
  const body = rows.figures.map((f): CsvCell[] => [
    pick(f.label, lang),
    // The figure as it reads on the page ("千亿级", "接近5000亿元"): a class is never just a number.
    formatFigureLine(f, lang, words.notPublished),
    f.value,
    words.unit(f.unit),
    f.ratio ? `${f.qualifier} ${f.ratio[0]}/${f.ratio[1]}` : f.qualifier,
    f.kind,
    periodText(f, lang),
    f.cityWide ? words.cityWide : f.sectors.map((s) => sectorName.get(s) ?? s).join('; '),
    f.sources.map((s) => source.get(s) ?? s).join('; '),
    f.asOf,
    f.indicatorId,
  ]);
  return [[...CSV_COLUMNS], ...body];
}

export const chartCsv = (dataset: Dataset, rows: ChartRows, lang: Lang, words: CsvWords): string =>
  toCsv(chartCsvRows(dataset, rows, lang, words));
