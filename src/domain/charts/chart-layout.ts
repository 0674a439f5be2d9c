import { textUnits, wrapBalanced, type Measure } from '../text/wrap-text';

/**
 * Rows and sizes for the horizontal bar charts, worked out before drawing so that a chart is as
 * tall as its content and never overflows. Each mark gets a row of its own (its label above the
 * bar), a category's rows stay together, and an empty row separates categories: a category
 * without some series has no empty slot, and a target without a baseline stands alone.
 */
export const CHART_METRICS = {
  /** Bar thickness. */
  bar: 14,
  /** Space above each bar for its mark label. */
  labelGap: 16,
  /** Category-name line height and font size. */
  lineHeight: 14,
  tickFont: 12,
  /** Width of one text unit (half a CJK character) at tickFont, in px, when the font cannot be measured. */
  unitPx: 7,
  xAxisHeight: 26,
  marginTop: 4,
  marginBottom: 4,
  marginRight: 16,
  /**
   * Category names end this far inside the axis's right edge (Recharts puts ticks 8 px in, the
   * label sits 6 px left of its tick) and keep 2 px off the left edge.
   */
  axisTextInset: 16,
  minAxisWidth: 76,
  maxAxisWidth: 136,
} as const;

export interface LayoutCategory {
  id: string;
  name: string;
  /** How many marks (bars) the category has. */
  marks: number;
}

/** One row of the category axis: a mark of a category, or the gap between two categories. */
export type LayoutRow =
  | {
      key: string;
      kind: 'mark';
      category: number;
      mark: number;
      /** The category's first row carries its name, centred over all `span` rows. */
      first: boolean;
      span: number;
    }
  | { key: string; kind: 'gap' };

export interface ChartLayout {
  width: number;
  height: number;
  /** Width of the category axis (the names). */
  yAxisWidth: number;
  /** Height of one row. */
  band: number;
  rows: LayoutRow[];
  /** Each category's name broken into lines that fit the axis. */
  categoryLines: string[][];
  /**
   * Where each name's first line is centred, from the centre of the category's first row: centred
   * over the category's rows, moved in where it would leave the chart.
   */
  nameOffsets: number[];
}

/** A generous estimate of a text's width at tickFont, for where the font cannot be measured (jsdom). */
export const estimateTextWidth: Measure = (text) => textUnits(text) * CHART_METRICS.unitPx;

/**
 * `measure` gives a text's width in px at tickFont; in the browser pass the font's real metrics
 * (a canvas), since an estimate can be too short for a wide font and let a name run off the chart.
 */
export function chartLayout(
  categories: readonly LayoutCategory[],
  width: number,
  measure: Measure = estimateTextWidth,
): ChartLayout {
  const m = CHART_METRICS;
  // Wide enough for the longest Latin word (up to half the chart), so a narrow phone never cuts
  // "Manufacturing" mid-word; Chinese may break between any two characters and needs no such room.
  const longestWord = Math.max(
    0,
    ...categories.flatMap((c) => c.name.match(/[^\s\u1100-\uffff]+/g) ?? []).map(measure),
  );
  const yAxisWidth = Math.min(
    Math.round(width * 0.5),
    Math.max(
      Math.min(m.maxAxisWidth, Math.max(m.minAxisWidth, Math.round(width * 0.3))),
      Math.ceil(longestWord + m.axisTextInset),
    ),
  );
  const categoryLines = categories.map((c) => wrapBalanced(c.name, yAxisWidth - m.axisTextInset, measure));
  const rows: LayoutRow[] = [];
  categories.forEach((c, category) => {
    if (category > 0) rows.push({ key: `gap:${category}`, kind: 'gap' });
    for (let mark = 0; mark < c.marks; mark++)
      rows.push({ key: `${c.id}:${mark}`, kind: 'mark', category, mark, first: mark === 0, span: c.marks });
  });
  // A name may spill into half of the gap row above and below it, never further, and never past
  // the first row's top or the last row's foot (the axis is there).
  const last = categories.length - 1;
  const room = (i: number, span: number) => span + (i > 0 ? 0.5 : 0) + (i < last ? 0.5 : 0);
  const needed = categories.map(
    (c, i) => ((categoryLines[i]?.length ?? 1) * m.lineHeight + 4) / room(i, c.marks),
  );
  const band = Math.ceil(Math.max(m.bar + m.labelGap, ...needed));
  const nameOffsets = categories.map((c, i) => {
    const lines = categoryLines[i]?.length ?? 1;
    // Relative to the centre of the category's first row, where Recharts puts its tick.
    const top = -band / 2 - (i > 0 ? band / 2 : 0) + 2;
    const bottom = c.marks * band - band / 2 + (i < last ? band / 2 : 0) - 2;
    const centred = ((c.marks - 1) * band) / 2 - ((lines - 1) * m.lineHeight) / 2;
    const blockTop = Math.max(top, centred - m.lineHeight / 2);
    const blockBottom = Math.min(bottom, blockTop + lines * m.lineHeight);
    return blockBottom - lines * m.lineHeight + m.lineHeight / 2;
  });
  return {
    width,
    height: m.marginTop + rows.length * band + m.xAxisHeight + m.marginBottom,
    yAxisWidth,
    band,
    rows,
    categoryLines,
    nameOffsets,
  };
}
