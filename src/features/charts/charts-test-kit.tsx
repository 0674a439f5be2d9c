// Shared by the charts' component tests: the shipped dataset, what each chart must draw, a renderer
// and readers of the drawn marks.
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';
import type { Indicator, Lang } from '../../domain/schema/dataset-schema';
import { createViewStore, type ViewStore } from '../../state/view-store';
import { DEFAULT_VIEW } from '../../state/view-state';
import { shippedDataset } from '../../testing/shipped-data';
import { renderWithProviders } from '../../testing/render-with-providers';
import { ChartsPanel } from './charts-panel';

export const dataset = shippedDataset;

/**
 * What each chart must draw, by fact; stated here independently rather than read from the chart
 * definitions, so a definition that drifts fails this test.
 */
export const CHART_FACTS = {
  'industry-output': { bars: ['F01', 'F03', 'F05', 'F06', 'F08', 'F09'], notes: ['F02', 'F04'] },
  'project-pipeline': { bars: ['F17'], notes: [] },
  'city-targets': { bars: ['F10', 'F11'], notes: [] },
} as const;
export type ChartKey = keyof typeof CHART_FACTS;
export const CHARTS = Object.keys(CHART_FACTS) as ChartKey[];

export const indicator = (id: string | null): Indicator => {
  const ind = dataset.indicators.find((i) => i.id === id);
  if (!ind) throw new Error(`no indicator ${id}`);
  return ind;
};
export const listsAny = (ind: Indicator, chosen: readonly string[]) =>
  chosen.length === 0 || ind.sectors.length === 0 || ind.sectors.some((s) => chosen.includes(s));
/**
 * The mark a figure must carry: its qualifier and number, in CNY bn for English (1 亿元 = 0.1 bn);
 * written out here rather than taken from the formatter, so a formatter that drifts fails.
 */
const QUALIFIER_MARKS: Record<Lang, Partial<Record<Indicator['qualifier'], string>>> = {
  'zh-Hans': { 'more-than': '> ', about: '≈ ', nearly: '近', approaching: '接近', average: '⌀ ' },
  'zh-Hant': { 'more-than': '> ', about: '≈ ', nearly: '近', approaching: '接近', average: '⌀ ' },
  en: { 'more-than': '> ', about: '≈ ', nearly: 'nearly ', approaching: 'nearly ', average: '⌀ ' },
};
const CLASS_WORD: Record<Lang, string> = { 'zh-Hans': '千亿级', 'zh-Hant': '千億級', en: 'CNY 100 bn class' };
export const expectedMark = (ind: Indicator, lang: Lang) => {
  if (ind.qualifier === 'level') return CLASS_WORD[lang];
  const v =
    ind.unit === 'cny-100m' && lang === 'en' && ind.value !== null ? ind.value / 10 : (ind.value ?? 0);
  const n = lang === 'en' ? v.toLocaleString('en-GB') : String(v);
  return `${QUALIFIER_MARKS[lang][ind.qualifier] ?? ''}${n}`;
};

/** Recharts prints "The width(0) and height(0) of chart…" when it is drawn without a size: fail on it. */
export function failOnConsoleWarnings(): void {
  let warn: MockInstance;
  let error: MockInstance;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn');
    error = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
}

export function renderCharts(lang: Lang = 'zh-Hans', sectors: string[] = [], width = 360) {
  const store: ViewStore = createViewStore({ ...DEFAULT_VIEW, sectors });
  const utils = renderWithProviders(<ChartsPanel dataset={dataset} chartWidth={width} />, {
    lang,
    store,
  });
  return { ...utils, store };
}

export const chartFigure = (container: HTMLElement, id: ChartKey) => {
  const el = container.querySelector<HTMLElement>(`figure[data-chart="${id}"]`);
  if (!el) throw new Error(`no chart ${id}`);
  return el;
};
export const marksOf = (figure: HTMLElement) =>
  [...figure.querySelectorAll<SVGGElement>('g.chart-mark')].map((g) => ({
    id: g.getAttribute('data-indicator'),
    value: Number(g.getAttribute('data-value') ?? g.getAttribute('data-threshold')),
    series: g.getAttribute('data-series'),
    label: g.querySelector('.chart-mark-label')?.textContent ?? '',
    /** A bar's start and length; an undated goal has no bar, only a threshold line at its value. */
    x: Number(g.querySelector('rect')?.getAttribute('x')),
    width: Number(g.querySelector('rect')?.getAttribute('width')),
    threshold: g.querySelector('line') ? Number(g.querySelector('line')?.getAttribute('x1')) : null,
  }));
