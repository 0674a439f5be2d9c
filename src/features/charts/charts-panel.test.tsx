// @vitest-environment jsdom
import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../domain/schema/dataset-schema';
import { formatDate, formatFigure, formatFigureLine } from '../../domain/text/format-figure';
import {
  CHART_FACTS,
  CHARTS,
  chartFigure,
  dataset,
  expectedMark,
  failOnConsoleWarnings,
  indicator,
  listsAny,
  marksOf,
  renderCharts,
} from './charts-test-kit';

failOnConsoleWarnings();

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
