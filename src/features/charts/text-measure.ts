import type { Measure } from '../../domain/text/wrap-text';
import { CHART_METRICS } from '../../domain/charts/chart-layout';

/**
 * The width of chart text in the font the page really uses (a canvas measures it), so category
 * names wrap before they run off the chart. Only for real browsers: jsdom has no canvas and would
 * print an error, so tests, which give charts a fixed width, use the layout's estimate instead.
 */
export function canvasTextMeasure(el: Element): Measure | undefined {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  ctx.font = `${CHART_METRICS.tickFont}px ${getComputedStyle(el).fontFamily}`;
  return (text) => ctx.measureText(text).width;
}
