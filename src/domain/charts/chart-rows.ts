import type { Dataset, Indicator, Lang, Localized, Qualifier, Unit } from '../schema/dataset-schema';
import { sourcesAsOf } from '../text/figure-dates';
import { figureMark, levelText } from '../text/format-figure';
import { matchesSectors } from '../parks/sector-match';

/**
 * The pure stage between the dataset and Recharts: which figures each chart draws, grouped into
 * bar groups (categories) and series, with everything a mark must say (value, qualifier, kind,
 * period, sources, city-wide). Charts pick figures by fact id, never by number, and a figure
 * without a value or in another unit is never drawn as a bar.
 */

export const CHART_IDS = ['industry-output', 'project-pipeline', 'city-targets'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/**
 * actual: a reported figure; target: a target for a stated year; goal: a target the source gives
 * no year for (the 100-bn cluster goals). Each series is drawn differently, not only in colour.
 */
export const SERIES_IDS = ['actual', 'target', 'goal'] as const;
export type SeriesId = (typeof SERIES_IDS)[number];

interface ChartDefinition {
  /** Facts drawn as bars. */
  facts: readonly string[];
  /** Facts stated beside the chart in words, e.g. F02's "grew by 1.82 times", which has no place on a 亿元 axis. */
  noteFacts: readonly string[];
  /** `sectors`: one bar group per sector (or set of sectors); `figure`: one bar group per figure. */
  categoryBy: 'sectors' | 'figure';
  /** The axis unit; figures in any other unit are not drawn. */
  unit: Unit;
}

export const CHART_DEFINITIONS: Record<ChartId, ChartDefinition> = {
  // NEV, storage and electronic information output against their targets, and the three together.
  'industry-output': {
    facts: ['F01', 'F03', 'F05', 'F06', 'F08', 'F09'],
    noteFacts: ['F02', 'F04'],
    categoryBy: 'sectors',
    unit: 'cny-100m',
  },
  // 2023: projects started, completed, put into production.
  'project-pipeline': { facts: ['F17'], noteFacts: [], categoryBy: 'figure', unit: 'projects' },
  // City-wide industrial investment (2024) and output above designated size (2025).
  'city-targets': { facts: ['F10', 'F11'], noteFacts: [], categoryBy: 'figure', unit: 'cny-100m' },
};

export interface ChartMark {
  indicatorId: string;
  fact: string;
  label: Localized;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  ratio?: Indicator['ratio'];
  kind: Indicator['kind'];
  series: SeriesId;
  period: string | null;
  /** The period in the source's words, where it gives no years (F02's 近4年). */
  periodWords?: Localized;
  /** The date of the figure's sources (see figure-dates.ts). */
  asOf: string | null;
  sectors: readonly string[];
  park: string | null;
  /** No sector: the figure is for the whole city (or one park) and does not follow the filter. */
  cityWide: boolean;
  sources: readonly string[];
}

export interface ChartCategory {
  id: string;
  /** The sectors the bar group stands for; empty for a city-wide figure. */
  sectors: readonly string[];
  /** For a one-figure group (figure charts), the figure's label names the group. */
  figureLabel: Localized | null;
  marks: Partial<Record<SeriesId, ChartMark>>;
  /**
   * Series this group would show but the sources publish no figure for (electronic information
   * has a goal but no output): said in words where the bar would be, never drawn as a bar or 0.
   */
  missing: ChartGap[];
}

/** A figure the sources do not publish, in the slot where the chart would draw it. */
export interface ChartGap {
  category: string;
  series: SeriesId;
  sectors: readonly string[];
  /** The period the other groups' figures of this series are for (2023), where they agree; else null. */
  period: string | null;
}

/** One line of the table and the CSV: a figure, or a figure the sources do not publish. */
export type ChartEntry = { kind: 'figure'; mark: ChartMark } | { kind: 'missing'; gap: ChartGap };

export interface ChartRows {
  id: ChartId;
  unit: Unit;
  /** Series that have at least one mark, in SERIES_IDS order. */
  series: SeriesId[];
  categories: ChartCategory[];
  /** Figures of the chart stated in words rather than drawn. */
  notes: ChartMark[];
  /** Every drawn mark, then every note. */
  figures: ChartMark[];
  /** What the table view and the CSV list: the figures, with each unpublished one in its group's place. */
  entries: ChartEntry[];
  /** Source ids behind the figures, in dataset order. */
  sourceIds: string[];
  /** Every figure shown is city-wide, so the sector filter does not change this chart. */
  cityWide: boolean;
  /** How many of the chart's figures the sector selection leaves out. */
  hiddenBySelection: number;
}

export const seriesOf = (ind: Pick<Indicator, 'kind' | 'period'>): SeriesId =>
  ind.kind === 'actual' ? 'actual' : ind.period ? 'target' : 'goal';

function toMark(ind: Indicator, value: number, asOf: string | null): ChartMark {
  return {
    indicatorId: ind.id,
    fact: ind.fact,
    label: ind.label,
    value,
    unit: ind.unit,
    qualifier: ind.qualifier,
    ...(ind.ratio ? { ratio: ind.ratio } : {}),
    kind: ind.kind,
    series: seriesOf(ind),
    period: ind.period,
    ...(ind.periodWords ? { periodWords: ind.periodWords } : {}),
    asOf,
    sectors: ind.sectors,
    park: ind.park,
    cityWide: ind.sectors.length === 0,
    sources: ind.sources,
  };
}

/** The figures of these facts that carry a number, in dataset order. */
function marksOf(dataset: Dataset, facts: readonly string[]): ChartMark[] {
  return dataset.indicators.flatMap((ind) =>
    facts.includes(ind.fact) && ind.value !== null
      ? [toMark(ind, ind.value, sourcesAsOf(dataset, ind.sources))]
      : [],
  );
}

const visible = (mark: ChartMark, selected: readonly string[]) =>
  mark.cityWide || matchesSectors(mark.sectors, selected);

export function chartRows(dataset: Dataset, id: ChartId, selected: readonly string[]): ChartRows {
  const def = CHART_DEFINITIONS[id];
  const order = dataset.sectors.map((s) => s.id);
  const rank = (sectorId: string) => {
    const i = order.indexOf(sectorId);
    return i === -1 ? order.length : i;
  };

  const all = marksOf(dataset, def.facts).filter((m) => m.unit === def.unit);
  const drawn = all.filter((m) => visible(m, selected));
  const allNotes = marksOf(dataset, def.noteFacts);
  const notes = allNotes.filter((m) => visible(m, selected));

  const categories: ChartCategory[] = [];
  for (const mark of drawn) {
    const sectors = [...mark.sectors].sort((a, b) => rank(a) - rank(b));
    const key = def.categoryBy === 'sectors' && sectors.length > 0 ? sectors.join('+') : mark.indicatorId;
    // Two figures of one series for the same sectors (say two years of output) get a group each,
    // rather than one hiding the other.
    let category = categories.find((c) => c.id === key && c.marks[mark.series] === undefined);
    if (!category) {
      const taken = categories.some((c) => c.id === key);
      category = {
        id: taken ? `${key}~${mark.indicatorId}` : key,
        sectors,
        figureLabel: def.categoryBy === 'figure' || sectors.length === 0 ? mark.label : null,
        marks: {},
        missing: [],
      };
      categories.push(category);
    }
    category.marks[mark.series] = mark;
  }
  if (def.categoryBy === 'sectors') {
    // Single sectors in dataset order first; groups of sectors (the three industries together) after.
    const firstRank = (c: ChartCategory) => (c.sectors[0] === undefined ? order.length : rank(c.sectors[0]));
    categories.sort(
      (a, b) => Number(a.sectors.length > 1) - Number(b.sectors.length > 1) || firstRank(a) - firstRank(b),
    );
  }

  if (def.categoryBy === 'sectors') markMissingActuals(categories, all);

  const figures = [
    ...categories.flatMap((c) => SERIES_IDS.flatMap((s) => (c.marks[s] ? [c.marks[s]] : []))),
    ...notes,
  ];
  const entries: ChartEntry[] = [
    ...categories.flatMap((c) =>
      SERIES_IDS.flatMap((s): ChartEntry[] => {
        const mark = c.marks[s];
        if (mark) return [{ kind: 'figure', mark }];
        const gap = c.missing.find((g) => g.series === s);
        return gap ? [{ kind: 'missing', gap }] : [];
      }),
    ),
    ...notes.map((mark): ChartEntry => ({ kind: 'figure', mark })),
  ];
  const used = new Set(figures.flatMap((f) => f.sources));
  return {
    id,
    unit: def.unit,
    series: SERIES_IDS.filter((s) => drawn.some((m) => m.series === s)),
    categories,
    notes,
    figures,
    entries,
    sourceIds: dataset.sources.map((s) => s.id).filter((s) => used.has(s)),
    cityWide: figures.length > 0 && figures.every((f) => f.cityWide),
    hiddenBySelection: all.length + allNotes.length - figures.length,
  };
}

/**
 * A single sector's group that has targets but no actual figure, in a chart where other sectors
 * have one, gets a gap in the actual slot: the sources publish no such figure (electronic
 * information's output). Its period is the one the chart's other single-sector actuals share (all
 * of them, whatever the filter, so the words do not change with it). Never derived from a total:
 * the three industries' 1675 minus "more than 800" and "nearly 500" is no figure.
 */
function markMissingActuals(categories: ChartCategory[], all: readonly ChartMark[]) {
  const actuals = all.filter((m) => m.series === 'actual' && m.sectors.length === 1);
  if (actuals.length === 0) return;
  const periods = [...new Set(actuals.map((m) => m.period))];
  const period = periods.length === 1 ? (periods[0] ?? null) : null;
  for (const c of categories)
    if (c.sectors.length === 1 && c.marks.actual === undefined)
      c.missing.push({ category: c.id, series: 'actual', sectors: c.sectors, period });
}

/** 亿元 figures read as CNY bn in English (1 亿元 = CNY 0.1 bn), as formatFigure writes them. */
export function displayValue(value: number, unit: Unit, lang: Lang): number {
  return unit === 'cny-100m' && lang === 'en' ? value / 10 : value;
}

/**
 * The number on a mark with its qualifier, in the axis unit of the reader: "> 800" / "> 80"; a
 * class is its class word ("千亿级" / "CNY 100 bn class"), never a number.
 */
export function markText(mark: Pick<ChartMark, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  if (mark.qualifier === 'level') return levelText(mark.value, mark.unit, lang);
  return figureMark({ value: displayValue(mark.value, mark.unit, lang), qualifier: mark.qualifier }, lang);
}

/** An axis tick in the reader's number format. */
export const tickText = (n: number, lang: Lang): string => figureMark({ value: n, qualifier: 'exact' }, lang);

/** The distinct stated periods of one series, in drawing order (for the legend). */
export function seriesPeriods(rows: ChartRows, series: SeriesId): string[] {
  const periods = rows.categories.flatMap((c) => {
    const p = c.marks[series]?.period;
    return p ? [p] : [];
  });
  return [...new Set(periods)];
}

/** `zhaoqing-industry-output_nev-storage.csv`; `all` when no sector is chosen. */
export function chartFileName(id: ChartId, selected: readonly string[], ext: 'csv' | 'png' | 'svg'): string {
  return `zhaoqing-${id}_${selected.length > 0 ? selected.join('-') : 'all'}.${ext}`;
}
