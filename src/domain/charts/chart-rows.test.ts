import { describe, expect, it } from 'vitest';
import { type Dataset, type Indicator } from '../schema/dataset-schema';
import {
  CHART_DEFINITIONS,
  CHART_IDS,
  chartFileName,
  chartRows,
  displayValue,
  markText,
  seriesOf,
  seriesPeriods,
  tickText,
  type ChartId,
} from './chart-rows';
import { QUALIFIER_SYMBOLS } from '../text/format-figure';
import { shippedDataset } from '../../testing/shipped-data';

const dataset = shippedDataset;
const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
const listsAny = (sectors: readonly string[], chosen: readonly string[]) =>
  chosen.length === 0 || sectors.length === 0 || chosen.some((c) => sectors.includes(c));

/** What a chart must draw for a selection, stated from the dataset independently of chartRows. */
function expectedDrawn(id: ChartId, chosen: readonly string[]): Indicator[] {
  const def = CHART_DEFINITIONS[id];
  return dataset.indicators.filter(
    (i) =>
      def.facts.includes(i.fact) && i.value !== null && i.unit === def.unit && listsAny(i.sectors, chosen),
  );
}

const SELECTIONS: string[][] = [[], ['nev'], ['nev', 'storage'], ['electronics'], ['food-beverage'], ['ai']];

describe('chartRows against the shipped dataset', () => {
  describe.each(CHART_IDS)('%s', (id) => {
    it.each(SELECTIONS.map((s) => [s.join(',') || '(none)', s] as const))(
      'with %s draws exactly the matching figures, each as the dataset holds it',
      (_, chosen) => {
        const rows = chartRows(dataset, id, chosen);
        const drawn = rows.categories.flatMap((c) => Object.values(c.marks));
        expect(drawn.map((m) => m.indicatorId).sort()).toEqual(
          expectedDrawn(id, chosen)
            .map((i) => i.id)
            .sort(),
        );
        for (const m of rows.figures) {
          const ind = byId.get(m.indicatorId);
          expect(ind, m.indicatorId).toBeDefined();
          expect({
            value: m.value,
            unit: m.unit,
            qualifier: m.qualifier,
            kind: m.kind,
            period: m.period,
            sources: m.sources,
            sectors: m.sectors,
          }).toEqual({
            value: ind?.value,
            unit: ind?.unit,
            qualifier: ind?.qualifier,
            kind: ind?.kind,
            period: ind?.period,
            sources: ind?.sources,
            sectors: ind?.sectors,
          });
          expect(m.cityWide).toBe(ind?.sectors.length === 0);
        }
        // Each mark sits in the series its kind and period call for, and only there.
        for (const c of rows.categories)
          for (const [series, m] of Object.entries(c.marks)) expect(seriesOf(m)).toBe(series);
        expect(rows.series).toEqual(
          (['actual', 'target', 'goal'] as const).filter((s) => drawn.some((m) => m.series === s)),
        );
        const used = new Set(rows.figures.flatMap((f) => f.sources));
        expect(rows.sourceIds.sort()).toEqual([...used].sort());
      },
    );
  });

  it('groups industry output by sector: single sectors in dataset order, the three industries together last', () => {
    const rows = chartRows(dataset, 'industry-output', []);
    const order = dataset.sectors.map((s) => s.id);
    const singles = rows.categories.filter((c) => c.sectors.length === 1).map((c) => c.sectors[0] ?? '');
    expect(singles).toEqual(order.filter((s) => singles.includes(s)));
    const last = rows.categories.at(-1);
    expect(last?.sectors.length).toBeGreaterThan(1);
    expect(last?.marks.actual?.fact).toBe('F01');
  });

  it('draws a target without a baseline as a target alone (electronic information)', () => {
    const rows = chartRows(dataset, 'industry-output', ['electronics']);
    const electronics = rows.categories.find((c) => c.id === 'electronics');
    const own = dataset.indicators.filter(
      (i) =>
        CHART_DEFINITIONS['industry-output'].facts.includes(i.fact) && i.sectors.join() === 'electronics',
    );
    expect(Object.keys(electronics?.marks ?? {}).sort()).toEqual(own.map(seriesOf).sort());
    expect(electronics?.marks.actual).toBeUndefined();
  });

  it('says where electronic information’s output would be that the sources publish none, without a bar', () => {
    for (const selected of [[], ['electronics']]) {
      const rows = chartRows(dataset, 'industry-output', selected);
      const electronics = rows.categories.find((c) => c.id === 'electronics');
      expect(electronics?.missing).toEqual([
        { category: 'electronics', series: 'actual', sectors: ['electronics'], period: '2023' },
      ]);
      // No figure is made up for it: no mark, no value, and the three-industry total stays whole.
      expect(electronics?.marks.actual).toBeUndefined();
      expect(rows.figures.some((f) => f.sectors.join() === 'electronics' && f.kind === 'actual')).toBe(false);
      const entries = rows.entries.map((e) =>
        e.kind === 'figure' ? e.mark.indicatorId : `gap:${e.gap.category}`,
      );
      expect(entries.indexOf('gap:electronics')).toBe(entries.indexOf('f09') - 1);
    }
    // Groups with their own actual figure have no gap; neither do figure charts.
    const all = chartRows(dataset, 'industry-output', []);
    expect(all.categories.filter((c) => c.missing.length > 0).map((c) => c.id)).toEqual(['electronics']);
    expect(chartRows(dataset, 'city-targets', []).categories.every((c) => c.missing.length === 0)).toBe(true);
    expect(chartRows(dataset, 'industry-output', ['nev']).entries.every((e) => e.kind === 'figure')).toBe(
      true,
    );
  });

  it('states the growth multiple (F02) and the NEV firms (F04) in words beside the chart, never as bars', () => {
    const rows = chartRows(dataset, 'industry-output', []);
    const noted = dataset.indicators.filter((i) => i.fact === 'F02' || i.fact === 'F04');
    expect(rows.notes.map((n) => n.indicatorId)).toEqual(noted.map((i) => i.id));
    expect(rows.notes.map((n) => n.unit)).toEqual(['times', 'enterprises']);
    expect(rows.notes.every((n) => n.asOf === '2024-03')).toBe(true);
    const drawnUnits = rows.categories.flatMap((c) => Object.values(c.marks).map((m) => m.unit));
    expect(new Set(drawnUnits)).toEqual(new Set(['cny-100m']));
  });

  it('follows the selection: NEV, then NEV and storage, then clear', () => {
    const sectorsOf = (chosen: string[]) =>
      chartRows(dataset, 'industry-output', chosen).categories.map((c) => c.id);
    const all = sectorsOf([]);
    const nev = sectorsOf(['nev']);
    const nevStorage = sectorsOf(['nev', 'storage']);
    expect(nev).toContain('nev');
    expect(nev).not.toContain('storage');
    expect(nevStorage).toEqual(expect.arrayContaining(['nev', 'storage']));
    expect(nevStorage).not.toContain('electronics');
    expect(all).toEqual(expect.arrayContaining([...nevStorage, 'electronics']));
  });

  it('says when a chart is city-wide, and city-wide charts ignore the filter', () => {
    for (const id of ['project-pipeline', 'city-targets'] as const) {
      const free = chartRows(dataset, id, []);
      const filtered = chartRows(dataset, id, ['food-beverage']);
      expect(free.cityWide).toBe(true);
      expect(filtered.figures).toEqual(free.figures);
      expect(filtered.hiddenBySelection).toBe(0);
    }
    expect(chartRows(dataset, 'industry-output', []).cityWide).toBe(false);
  });

  it('counts what the selection hides', () => {
    const all = chartRows(dataset, 'industry-output', []);
    const food = chartRows(dataset, 'industry-output', ['food-beverage']);
    expect(all.hiddenBySelection).toBe(0);
    expect(food.figures).toEqual([]);
    expect(food.hiddenBySelection).toBe(all.figures.length);
  });

  it('keeps the pipeline in dataset order, one bar group per figure', () => {
    const rows = chartRows(dataset, 'project-pipeline', []);
    expect(rows.categories.map((c) => c.id)).toEqual(
      dataset.indicators.filter((i) => i.fact === 'F17').map((i) => i.id),
    );
    expect(rows.categories.every((c) => c.figureLabel !== null)).toBe(true);
  });

  it('lists the stated periods of each series for the legend', () => {
    const rows = chartRows(dataset, 'city-targets', []);
    expect(seriesPeriods(rows, 'target')).toEqual(
      dataset.indicators.filter((i) => ['F10', 'F11'].includes(i.fact)).map((i) => i.period),
    );
  });
});

describe('chartRows on edited data', () => {
  const edit = (indicators: Indicator[]): Dataset => ({ ...dataset, indicators });
  const f03 = byId.get('f03');
  if (!f03) throw new Error('f03 missing');

  it('never draws a figure without a value, nor one in another unit', () => {
    const rows = chartRows(
      edit([
        { ...f03, id: 'no-value', value: null },
        { ...f03, id: 'percent', unit: 'percent' },
      ]),
      'industry-output',
      [],
    );
    expect(rows.figures).toEqual([]);
  });

  it('gives two figures of one series for the same sector a group each instead of hiding one', () => {
    const rows = chartRows(
      edit([f03, { ...f03, id: 'f03-2022', period: '2022', value: 700 }]),
      'industry-output',
      [],
    );
    expect(rows.categories.map((c) => c.marks.actual?.indicatorId)).toEqual(['f03', 'f03-2022']);
    expect(new Set(rows.categories.map((c) => c.id)).size).toBe(2);
  });
});

describe('marks and ticks in the reader’s unit', () => {
  it('shows 亿元 as CNY bn in English, and leaves other units alone', () => {
    expect(displayValue(800, 'cny-100m', 'en')).toBe(80);
    expect(displayValue(1675, 'cny-100m', 'en')).toBe(167.5);
    expect(displayValue(800, 'cny-100m', 'zh-Hans')).toBe(800);
    expect(displayValue(172, 'projects', 'en')).toBe(172);
  });

  it('keeps every qualifier on the mark', () => {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const)
      for (const ind of dataset.indicators) {
        if (ind.value === null) continue;
        const text = markText({ value: ind.value, unit: ind.unit, qualifier: ind.qualifier }, lang);
        if (ind.qualifier === 'level') expect(text).toMatch(/^(千亿级|千億級|CNY 100 bn class)$/);
        else
          expect(text.startsWith(QUALIFIER_SYMBOLS[lang][ind.qualifier]), `${ind.id} ${lang}: ${text}`).toBe(
            true,
          );
        expect(text, `${ind.id} ${lang}`).not.toMatch(/~/);
      }
    expect(markText({ value: 500, unit: 'cny-100m', qualifier: 'approaching' }, 'zh-Hans')).toBe('接近500');
    expect(markText({ value: 500, unit: 'cny-100m', qualifier: 'approaching' }, 'en')).toBe('nearly 50');
    expect(markText({ value: 1000, unit: 'cny-100m', qualifier: 'level' }, 'zh-Hant')).toBe('千億級');
    expect(markText({ value: 800, unit: 'cny-100m', qualifier: 'more-than' }, 'en')).toBe('> 80');
    expect(markText({ value: 500, unit: 'cny-100m', qualifier: 'about' }, 'zh-Hant')).toBe('≈ 500');
    expect(markText({ value: 1675, unit: 'cny-100m', qualifier: 'exact' }, 'en')).toBe('167.5');
  });

  it('writes ticks in the reader’s number format', () => {
    expect(tickText(5000, 'en')).toBe('5,000');
    expect(tickText(5000, 'zh-Hans')).toBe('5000');
  });
});

describe('chartFileName', () => {
  it('names the chart and the filter', () => {
    expect(chartFileName('industry-output', ['nev', 'storage'], 'csv')).toBe(
      'zhaoqing-industry-output_nev-storage.csv',
    );
    expect(chartFileName('city-targets', [], 'png')).toBe('zhaoqing-city-targets_all.png');
  });
});
