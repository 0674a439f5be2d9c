// @vitest-environment jsdom
import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../domain/charts/csv';
import { chartRows } from '../../domain/charts/chart-rows';
import { formatFigureLine } from '../../domain/text/format-figure';
import { createI18n } from '../../i18n/create-i18n';
import { ALL_MESSAGES } from '../../i18n/all-messages';
import { composeChartSvg } from './chart-export';
import { chartView } from './chart-view';
import {
  chartFigure,
  dataset,
  failOnConsoleWarnings,
  indicator,
  marksOf,
  renderCharts,
} from './charts-test-kit';

failOnConsoleWarnings();

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
