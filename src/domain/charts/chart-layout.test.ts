import { describe, expect, it } from 'vitest';
import { CHART_METRICS, chartLayout, estimateTextWidth } from './chart-layout';

const cat = (id: string, marks: number, name = id) => ({ id, name, marks });

describe('chartLayout', () => {
  it('gives each mark a row, keeps a category’s rows together and puts one gap row between categories', () => {
    const l = chartLayout([cat('nev', 3), cat('storage', 2), cat('electronics', 1)], 360);
    expect(
      l.rows.map((r) => (r.kind === 'gap' ? 'gap' : `${r.category}.${r.mark}${r.first ? '*' : ''}`)),
    ).toEqual(['0.0*', '0.1', '0.2', 'gap', '1.0*', '1.1', 'gap', '2.0*']);
    expect(new Set(l.rows.map((r) => r.key)).size).toBe(l.rows.length);
  });

  it('is as tall as its rows, each tall enough for a bar and its label', () => {
    const l = chartLayout([cat('a', 1), cat('b', 2)], 360);
    expect(l.band).toBeGreaterThanOrEqual(CHART_METRICS.bar + CHART_METRICS.labelGap);
    expect(l.height).toBe(
      CHART_METRICS.marginTop +
        l.rows.length * l.band +
        CHART_METRICS.xAxisHeight +
        CHART_METRICS.marginBottom,
    );
  });

  it('keeps the category axis between its bounds, and names inside it and inside their share of rows', () => {
    for (const width of [200, 320, 358, 600, 1200]) {
      const l = chartLayout(
        [
          cat('a', 1, 'Manufacturing projects put into production during the year'),
          cat('b', 1, '三大新兴产业合计'),
        ],
        width,
      );
      expect(l.yAxisWidth).toBeGreaterThanOrEqual(CHART_METRICS.minAxisWidth);
      expect(l.yAxisWidth).toBeLessThanOrEqual(CHART_METRICS.maxAxisWidth);
      for (const lines of l.categoryLines)
        for (const line of lines)
          expect(estimateTextWidth(line)).toBeLessThanOrEqual(l.yAxisWidth - CHART_METRICS.axisTextInset);
      // One mark row plus half a gap above and below.
      for (const lines of l.categoryLines)
        expect(lines.length * CHART_METRICS.lineHeight).toBeLessThanOrEqual(2 * l.band);
    }
  });

  it('wraps names by the metrics it is given', () => {
    const wide = chartLayout([cat('a', 1, 'Three emerging industries, total')], 360, (t) => t.length * 20);
    for (const line of wide.categoryLines[0] ?? [])
      expect(line.length * 20).toBeLessThanOrEqual(wide.yAxisWidth - CHART_METRICS.axisTextInset);
    expect(wide.categoryLines[0]?.length).toBeGreaterThan(
      chartLayout([cat('a', 1, 'Three emerging industries, total')], 360).categoryLines[0]?.length ?? 0,
    );
  });

  it('keeps every name inside the chart’s rows: centred where it can be, moved in at the top and foot', () => {
    for (const width of [200, 360, 600])
      for (const marks of [[1, 1, 1], [3, 2, 1, 1], [1], [2]]) {
        const long = 'Manufacturing projects put into production during the year';
        const l = chartLayout(
          marks.map((n, i) => cat(`c${i}`, n, i % 2 ? '三大新兴产业合计' : long)),
          width,
        );
        const firstRow = marks.map((_, i) => l.rows.findIndex((r) => r.kind === 'mark' && r.category === i));
        const lh = CHART_METRICS.lineHeight;
        marks.forEach((n, i) => {
          const centre = (firstRow[i] ?? 0) * l.band + l.band / 2;
          const top = centre + (l.nameOffsets[i] ?? 0) - lh / 2;
          const bottom = top + (l.categoryLines[i]?.length ?? 0) * lh;
          expect(top).toBeGreaterThanOrEqual(0);
          expect(bottom).toBeLessThanOrEqual(l.rows.length * l.band);
          // Never into the neighbour's half of the gap.
          if (i > 0) expect(top).toBeGreaterThanOrEqual((firstRow[i] ?? 0) * l.band - l.band / 2);
          if (i < marks.length - 1)
            expect(bottom).toBeLessThanOrEqual(((firstRow[i] ?? 0) + n) * l.band + l.band / 2);
        });
      }
  });

  it('never cuts an English word, even on a narrow phone', () => {
    const name = 'Manufacturing projects started during the year';
    for (const width of [280, 320, 360, 600]) {
      const [lines = []] = chartLayout([cat('pipeline', 1, name)], width).categoryLines;
      const words = lines.flatMap((line) => line.split(' '));
      expect(words, `at ${width}px`).toEqual(name.split(' '));
    }
  });

  it('draws nothing for no categories', () => {
    const l = chartLayout([], 360);
    expect(l.rows).toEqual([]);
  });
});
