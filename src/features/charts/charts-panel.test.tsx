// @vitest-environment jsdom
import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { parseCsv } from '../../domain/charts/csv';
import { LANGS, type Indicator, type Lang } from '../../domain/schema/dataset-schema';
import { formatDate, formatFigure, formatFigureLine } from '../../domain/text/format-figure';
import { createI18n } from '../../i18n/create-i18n';
import { ALL_MESSAGES } from '../../i18n/all-messages';
import { createViewStore, type ViewStore } from '../../state/view-store';
import { DEFAULT_VIEW } from '../../state/view-state';
import { ChartsPanel } from './charts-panel';
import { composeChartSvg } from './chart-export';
import { chartView } from './chart-view';
import { chartRows } from '../../domain/charts/chart-rows';
import { shippedDataset } from '../../testing/shipped-data';
import { renderWithProviders } from '../../testing/render-with-providers';

const dataset = shippedDataset;

/**
 * What each chart must draw, by fact; stated here independently rather than read from the chart
 * definitions, so a definition that drifts fails this test.
 */
const CHART_FACTS = {
  'industry-output': { bars: ['F01', 'F03', 'F05', 'F06', 'F08', 'F09'], notes: ['F02', 'F04'] },
  'project-pipeline': { bars: ['F17'], notes: [] },
  'city-targets': { bars: ['F10', 'F11'], notes: [] },
} as const;
type ChartKey = keyof typeof CHART_FACTS;
const CHARTS = Object.keys(CHART_FACTS) as ChartKey[];

const indicator = (id: string | null): Indicator => {
  const ind = dataset.indicators.find((i) => i.id === id);
  if (!ind) throw new Error(`no indicator ${id}`);
  return ind;
};
const listsAny = (ind: Indicator, chosen: readonly string[]) =>
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
const expectedMark = (ind: Indicator, lang: Lang) => {
  if (ind.qualifier === 'level') return CLASS_WORD[lang];
  const v =
    ind.unit === 'cny-100m' && lang === 'en' && ind.value !== null ? ind.value / 10 : (ind.value ?? 0);
  const n = lang === 'en' ? v.toLocaleString('en-GB') : String(v);
  return `${QUALIFIER_MARKS[lang][ind.qualifier] ?? ''}${n}`;
};

let warn: MockInstance;
let error: MockInstance;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn');
  error = vi.spyOn(console, 'error');
});
afterEach(() => {
  // Recharts prints "The width(0) and height(0) of chart…" when it is drawn without a size.
  expect(warn).not.toHaveBeenCalled();
  expect(error).not.toHaveBeenCalled();
});

function renderCharts(lang: Lang = 'zh-Hans', sectors: string[] = [], width = 360) {
  const store: ViewStore = createViewStore({ ...DEFAULT_VIEW, sectors });
  const utils = renderWithProviders(<ChartsPanel dataset={dataset} chartWidth={width} />, {
    lang,
    store,
  });
  return { ...utils, store };
}

const chartFigure = (container: HTMLElement, id: ChartKey) => {
  const el = container.querySelector<HTMLElement>(`figure[data-chart="${id}"]`);
  if (!el) throw new Error(`no chart ${id}`);
  return el;
};
const marksOf = (figure: HTMLElement) =>
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

describe('every number every chart draws is the dataset’s', () => {
  describe.each(LANGS)('%s', (lang) => {
    it.each(CHARTS)('%s', (id) => {
      const { container } = renderCharts(lang);
      const figure = chartFigure(container, id);
      const marks = marksOf(figure);
      const expected = dataset.indicators.filter(
        (i) => (CHART_FACTS[id].bars as readonly string[]).includes(i.fact) && i.value !== null,
      );
      expect(marks.map((m) => m.id).sort()).toEqual(expected.map((i) => i.id).sort());
      for (const m of marks) {
        const ind = indicator(m.id);
        expect(m.value, m.id ?? '').toBe(ind.value);
        // The label ends with the qualified number; targets also say "target" and their year.
        expect(m.label.endsWith(expectedMark(ind, lang)), `${m.id}: ${m.label}`).toBe(true);
        if (ind.kind === 'target') expect(m.label).toMatch(/目标|目標|target|goal/);
        if (ind.kind === 'target' && ind.period) expect(m.label).toContain(ind.period);
        if (ind.qualifier !== 'exact') expect(m.label).toMatch(/[>≈⌀]|近|nearly|级|級|class/);
        expect(m.label).not.toMatch(/~/);
      }
      // Bars start at zero, so a bar's length over its value is the same for every bar; a goal
      // is no bar at all (never a length) but a threshold line at its value.
      const bars = marks.filter((m) => m.series !== 'goal');
      const start = bars[0]?.x ?? 0;
      const perUnit = bars.map((m) => {
        const ind = indicator(m.id);
        const shown = ind.unit === 'cny-100m' && lang === 'en' ? m.value / 10 : m.value;
        return m.width / shown;
      });
      for (const r of perUnit) expect(r).toBeCloseTo(perUnit[0] ?? 0, 6);
      for (const m of marks.filter((x) => x.series === 'goal')) {
        expect(Number.isNaN(m.width), `${m.id} has no bar`).toBe(true);
        const shown = lang === 'en' ? m.value / 10 : m.value;
        expect(((m.threshold ?? 0) - start) / shown).toBeCloseTo(perUnit[0] ?? 0, 6);
      }

      // Notes state figures in words, formatted from the dataset (F02 "1.82倍", not a derived base).
      const notes = [...figure.querySelectorAll('.chart-note')].map((p) => p.textContent ?? '');
      const noteFacts = dataset.indicators.filter((i) =>
        (CHART_FACTS[id].notes as readonly string[]).includes(i.fact),
      );
      const goals = marks.some((m) => m.series === 'goal') ? 1 : 0;
      // And one for each figure the sources do not publish (electronic information's output).
      const missing = figure.querySelectorAll('.chart-mark-missing').length;
      expect(missing).toBe(id === 'industry-output' ? 1 : 0);
      expect(notes).toHaveLength(noteFacts.length + goals + missing);
      noteFacts.forEach((ind, i) => expect(notes[i]).toContain(formatFigure(ind, lang, '').text));
    });
  });

  it('lists the same figures in the table view, with qualifier, kind, period and sources', async () => {
    const { container } = renderCharts('zh-Hans');
    const user = userEvent.setup();
    for (const id of CHARTS) {
      const figure = chartFigure(container, id);
      await user.click(within(figure).getByText('以表格查看数字'));
      const table = within(figure).getByRole('table');
      const rows = within(table)
        .getAllByRole('row')
        .slice(1)
        .filter((r) => !r.hasAttribute('data-missing'));
      const ids = [...CHART_FACTS[id].bars, ...CHART_FACTS[id].notes];
      const expected = dataset.indicators.filter(
        (i) => (ids as readonly string[]).includes(i.fact) && i.value !== null,
      );
      expect(rows.map((r) => r.getAttribute('data-indicator')).sort()).toEqual(
        expected.map((i) => i.id).sort(),
      );
      for (const r of rows) {
        const ind = indicator(r.getAttribute('data-indicator'));
        const cells = within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent);
        expect(cells[0]).toBe(formatFigureLine(ind, 'zh-Hans', ''));
        expect(cells[1]).toBe(ind.kind === 'target' ? '目标' : '实际');
        expect(cells[2]).toBe(ind.periodWords?.['zh-Hans'] ?? ind.period ?? '未注明');
        expect(cells[3]).toBe(
          ind.sectors.length === 0
            ? '全市'
            : ind.sectors.map((s) => dataset.sectors.find((x) => x.id === s)?.name['zh-Hans']).join('、'),
        );
        expect(cells[4]).toBe(
          ind.sources.map((s) => dataset.sources.find((x) => x.id === s)?.outlet['zh-Hans']).join('、'),
        );
        // As of: the date of its sources (S3 2024-03-09 and S4 2024-03 agree on March 2024).
        expect(cells[5]).toBe(formatDate('2024-03', 'zh-Hans'));
      }
    }
  });
});

describe('charts follow the sector filter', () => {
  it.each([[['nev']], [['nev', 'storage']], [[]], [['food-beverage']]])(
    'with %j shows those sectors’ figures and city-wide ones marked as such',
    (chosen) => {
      const { container } = renderCharts('zh-Hans', chosen);
      for (const id of CHARTS) {
        const figure = chartFigure(container, id);
        const drawn = marksOf(figure)
          .map((m) => m.id)
          .sort();
        const expected = dataset.indicators
          .filter((i) => (CHART_FACTS[id].bars as readonly string[]).includes(i.fact) && listsAny(i, chosen))
          .map((i) => i.id)
          .sort();
        expect(drawn, id).toEqual(expected);
        const cityWide = expected.length > 0 && expected.every((x) => indicator(x).sectors.length === 0);
        const badge = figure.querySelector('.chart-badge');
        if (cityWide)
          expect(badge).toHaveTextContent(chosen.length ? '全市数据，不随行业筛选变化' : '全市数据');
        else expect(badge).toBeNull();
        if (expected.length === 0)
          expect(within(figure).getByText('所选行业没有公布这类数字。')).toBeInTheDocument();
      }
    },
  );

  it('redraws when the selection changes in the store', () => {
    const { container, store } = renderCharts('en', []);
    const output = () => marksOf(chartFigure(container, 'industry-output')).map((m) => m.id);
    const all = output();
    act(() =>
      store.getState().actions.toggleSector(
        'nev',
        dataset.sectors.map((s) => s.id),
      ),
    );
    expect(output().every((id) => indicator(id).sectors.includes('nev'))).toBe(true);
    expect(output().length).toBeLessThan(all.length);
    act(() => store.getState().actions.setSectors([]));
    expect(output()).toEqual(all);
  });

  it('names each series in a legend and draws it with its own pattern, not only its colour', () => {
    const { container } = renderCharts('en');
    const figure = chartFigure(container, 'industry-output');
    const legend = [...figure.querySelectorAll('.chart-legend li')].map((li) => li.textContent);
    expect(legend).toEqual(['Actual (2023)', 'Target (2024)', 'Goal (source gives no year)']);
    const fills = new Map(
      [...figure.querySelectorAll('g.chart-mark:not(.chart-mark-goal)')].map((g) => [
        g.getAttribute('data-series'),
        `${g.querySelector('rect')?.getAttribute('fill')}|${g.querySelector('rect')?.getAttribute('stroke-dasharray') ?? ''}`,
      ]),
    );
    expect(new Set(fills.values()).size).toBe(2);
    expect(fills.get('target')).toMatch(/^url\(#/);
    // Goals: a threshold line and an open end, no filled bar.
    const goals = [...figure.querySelectorAll('g.chart-mark-goal')];
    expect(goals.length).toBeGreaterThan(0);
    for (const g of goals) {
      expect(g.querySelector('rect')).toBeNull();
      expect(g.querySelector('line')).not.toBeNull();
    }
  });
});

describe('exports', () => {
  it('downloads a chart’s numbers as CSV named after the chart and the filter', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const { container } = renderCharts('zh-Hans', ['nev', 'storage']);
    const user = userEvent.setup();
    const figure = chartFigure(container, 'industry-output');
    await user.click(within(figure).getByRole('button', { name: 'CSV' }));
    expect(names).toEqual(['zhaoqing-industry-output_nev-storage.csv']);
    const bytes = await new Promise<Uint8Array>((resolve) => {
      // jsdom's Blob has no text() or arrayBuffer(); FileReader reads the bytes.
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blobs[0] as Blob);
    });
    // UTF-8 with a byte-order mark, so that Excel reads the Chinese correctly.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const [header, ...body] = parseCsv(text);
    expect(header).toEqual([
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
    ]);
    for (const row of body) {
      const ind = indicator(row[12] ?? '');
      expect(row[1]).toBe(formatFigureLine(ind, 'zh-Hans', ''));
      expect(Number(row[2])).toBe(ind.value);
      // The chart beside it is in 亿元 too: the same number, the chart's unit named.
      expect(Number(row[4])).toBe(ind.value);
      expect(row[6]).toBe(ind.qualifier);
      expect(row[11]).toBe('2024-03');
    }
    expect(body.find((r) => r[12] === 'f08-nev-cluster')?.[1]).toBe('目标：千亿级');
    expect(body.map((r) => r[12]).sort()).toEqual(
      marksOf(figure)
        .map((m) => m.id)
        .concat(dataset.indicators.filter((i) => i.fact === 'F02' || i.fact === 'F04').map((i) => i.id))
        .sort(),
    );
  });

  it('composes a standalone SVG with the title, legend, notes and sources around the chart', () => {
    const { container } = renderCharts('en', ['nev']);
    const figure = chartFigure(container, 'industry-output');
    const svg = figure.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) throw new Error('no chart svg');
    const view = chartView(
      dataset,
      chartRows(dataset, 'industry-output', ['nev']),
      ['nev'],
      'en',
      createI18n('en', ALL_MESSAGES).t,
    );
    const doc = composeChartSvg(svg, view, 'x');
    const parsed = new DOMParser().parseFromString(doc, 'image/svg+xml');
    expect(parsed.documentElement.nodeName).toBe('svg');
    expect(parsed.querySelector('parsererror')).toBeNull();
    const texts = [...parsed.querySelectorAll('text')].map((t) => t.textContent ?? '').join('\n');
    expect(texts).toContain('Industry output against targets');
    expect(texts).toContain('CNY bn');
    expect(texts).toContain('Sources:');
    expect(texts).toContain('1.82 times');
    expect(texts).toContain('as of Mar 2024');
    expect(texts).toContain('CNY 100 bn class');
    expect(texts).toContain('state no year and no measure');
    expect(texts).not.toMatch(/~|about 100|≈ 100/);
    expect(parsed.querySelectorAll('g.chart-mark')).toHaveLength(marksOf(figure).length);
  });
});
