import type { SeriesId } from '../../domain/charts/chart-rows';

/**
 * How each series is drawn. Colour is never the only cue: actual figures are solid, dated targets
 * hatched, undated goals a threshold line open to the right (a class such as 千亿级 is not a length),
 * and every mark carries its label ("目标", "target").
 * Colours reach 3:1 against the panel (tested).
 */
export const SERIES_STYLE: Record<SeriesId, { color: string; pattern: 'solid' | 'hatch' | 'outline' }> = {
  actual: { color: '#0b5cad', pattern: 'solid' },
  target: { color: '#b45309', pattern: 'hatch' },
  goal: { color: '#6d28d9', pattern: 'outline' },
};

/** The chart's background (the panel surface) and ink. */
export const CHART_BACKGROUND = '#ffffff';
export const CHART_INK = '#14202b';
export const CHART_MUTED = '#4f5b67';
export const CHART_GRID = '#e3e8ee';

/** Ids for SVG patterns must be unique in the page and valid in url(#…). */
export const safeId = (raw: string): string => raw.replace(/[^A-Za-z0-9_-]/g, '');

export const patternId = (prefix: string, series: SeriesId) => `${prefix}-${series}`;

/** The paint of a series' bar: fill, stroke and dash. */
export function seriesPaint(prefix: string, series: SeriesId) {
  const { color, pattern } = SERIES_STYLE[series];
  switch (pattern) {
    case 'solid':
      return { fill: color, stroke: color, strokeDasharray: undefined };
    case 'hatch':
      return { fill: `url(#${patternId(prefix, series)})`, stroke: color, strokeDasharray: undefined };
    case 'outline':
      return { fill: CHART_BACKGROUND, stroke: color, strokeDasharray: '4 2' };
  }
}

/** <defs> for the patterns; put one inside every <svg> that paints with seriesPaint. */
export function SeriesDefs({ prefix }: { prefix: string }) {
  const hatch = SERIES_STYLE.target.color;
  return (
    <defs>
      <pattern
        id={patternId(prefix, 'target')}
        patternUnits="userSpaceOnUse"
        width="6"
        height="6"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill={CHART_BACKGROUND} />
        <rect width="3" height="6" fill={hatch} />
      </pattern>
    </defs>
  );
}

/**
 * The goal swatch as SVG path data in a 24 × 14 box: a threshold line, open dashes to the right and
 * an arrowhead, as the chart draws an undated goal (never a filled length).
 */
export const GOAL_SWATCH = {
  threshold: 'M3,1 V13',
  open: 'M3,2 H18 M3,12 H18',
  arrow: 'M17,3 L22,7 L17,11',
};

/** A legend swatch drawn exactly like the series' marks. */
export function SeriesSwatch({ prefix, series }: { prefix: string; series: SeriesId }) {
  const paint = seriesPaint(prefix, series);
  if (series === 'goal')
    return (
      <svg width="24" height="14" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
        <path d={GOAL_SWATCH.threshold} stroke={paint.stroke} strokeWidth="3" fill="none" />
        <path
          d={GOAL_SWATCH.open}
          stroke={paint.stroke}
          strokeWidth="1.5"
          strokeDasharray={paint.strokeDasharray}
          fill="none"
        />
        <path d={GOAL_SWATCH.arrow} stroke={paint.stroke} strokeWidth="1.5" fill="none" />
      </svg>
    );
  return (
    <svg width="24" height="14" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
      <SeriesDefs prefix={prefix} />
      <rect
        x="1"
        y="1"
        width="22"
        height="12"
        fill={paint.fill}
        stroke={paint.stroke}
        strokeWidth="1.5"
        strokeDasharray={paint.strokeDasharray}
      />
    </svg>
  );
}
