import type { Dataset, Lang, Unit } from './dataset-schema';
import type { ChartRows } from './chart-rows';
import { toCsv, type CsvCell } from './csv';
import { pick } from './localize';

/**
 * A chart's numbers as CSV: one row per figure, the value exactly as the dataset holds it (in the
 * dataset's unit, so 800 with 亿元, never a converted 80), with its qualifier and kind as the
 * dataset's codes, so that nothing is lost between the chart, the table and the file.
 */

export const CSV_COLUMNS = [
  'figure',
  'value',
  'unit',
  'qualifier',
  'kind',
  'period',
  'sectors',
  'sources',
  'id',
] as const;

export interface CsvWords {
  /** The unit's name in the reader's language: 亿元 / 100 million CNY. */
  unit: (unit: Unit) => string;
  /** What the sectors column says for a figure without sectors. */
  cityWide: string;
}

export function chartCsvRows(dataset: Dataset, rows: ChartRows, lang: Lang, words: CsvWords): CsvCell[][] {
  const sectorName = new Map(dataset.sectors.map((s) => [s.id, pick(s.name, lang)]));
  const source = new Map(dataset.sources.map((s) => [s.id, `${s.id} ${pick(s.outlet, lang)}`]));
  const body = rows.figures.map((f): CsvCell[] => [
    pick(f.label, lang),
    f.value,
    words.unit(f.unit),
    f.ratio ? `${f.qualifier} ${f.ratio[0]}/${f.ratio[1]}` : f.qualifier,
    f.kind,
    f.period,
    f.cityWide ? words.cityWide : f.sectors.map((s) => sectorName.get(s) ?? s).join('; '),
    f.sources.map((s) => source.get(s) ?? s).join('; '),
    f.indicatorId,
  ]);
  return [[...CSV_COLUMNS], ...body];
}

export const chartCsv = (dataset: Dataset, rows: ChartRows, lang: Lang, words: CsvWords): string =>
  toCsv(chartCsvRows(dataset, rows, lang, words));
