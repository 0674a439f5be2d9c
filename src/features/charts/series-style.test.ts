import { describe, expect, it } from 'vitest';
import { SERIES_IDS } from '../../domain/charts/chart-rows';
import { contrastRatio } from '../../domain/charts/contrast';
import { CHART_BACKGROUND, CHART_INK, CHART_MUTED, SERIES_STYLE, seriesPaint } from './series-style';

describe('series styles', () => {
  it.each(SERIES_IDS)('%s reaches 3:1 against the chart background and the page', (id) => {
    expect(contrastRatio(SERIES_STYLE[id].color, CHART_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(SERIES_STYLE[id].color, '#f3f5f8')).toBeGreaterThanOrEqual(3);
  });

  it('gives every series its own pattern, so colour is not the only cue', () => {
    expect(new Set(SERIES_IDS.map((id) => SERIES_STYLE[id].pattern)).size).toBe(SERIES_IDS.length);
    const paints = SERIES_IDS.map((id) => JSON.stringify({ ...seriesPaint('p', id), stroke: null }));
    expect(new Set(paints).size).toBe(SERIES_IDS.length);
  });

  it('writes labels and ticks with text contrast (4.5:1)', () => {
    expect(contrastRatio(CHART_INK, CHART_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(CHART_MUTED, CHART_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });
});
