import {
  Bar,
  BarChart,
  CartesianGrid,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts';
import { tickText } from '../../domain/charts/chart-rows';
import { CHART_METRICS, type ChartLayout } from '../../domain/charts/chart-layout';
import type { Lang } from '../../domain/schema/dataset-schema';
import type { ChartView, MarkView, MissingView } from './chart-view';
import { CHART_GRID, CHART_INK, CHART_MUTED, SeriesDefs, seriesPaint } from './series-style';

interface Props {
  view: ChartView;
  layout: ChartLayout;
  lang: Lang;
  /** Unique per chart in the page: prefixes the pattern ids. */
  idPrefix: string;
}

/**
 * The thin Recharts renderer: one horizontal bar per mark, in the rows the layout gives, each
 * labelled above with its figure as the view words it, painted by its series. It computes nothing.
 */
export function FigureBarChart({ view, layout, lang, idPrefix }: Props) {
  const slotAt = (row: number): MarkView | MissingView | undefined => {
    const r = layout.rows[row];
    return r?.kind === 'mark' ? view.categories[r.category]?.marks[r.mark] : undefined;
  };
  const markAt = (row: number): MarkView | undefined => {
    const slot = slotAt(row);
    return slot?.mark ? slot : undefined;
  };
  // A missing figure's row has no value: no bar (not a bar of 0), its words drawn by the tick.
  const data = layout.rows.map((r, i) => ({ key: r.key, value: markAt(i)?.value }));
  // An undated goal is a threshold open above: leave room on the axis for its open end.
  const hasGoal = view.rows.series.includes('goal');
  const plotRight = layout.width - CHART_METRICS.marginRight;
  const goalTicks = hasGoal ? roundTicks(1.3 * Math.max(0, ...data.map((d) => d.value ?? 0))) : undefined;

  return (
    <BarChart
      layout="vertical"
      width={layout.width}
      height={layout.height}
      data={data}
      margin={{
        top: CHART_METRICS.marginTop,
        right: CHART_METRICS.marginRight,
        bottom: CHART_METRICS.marginBottom,
        left: 0,
      }}
      barSize={CHART_METRICS.bar}
      accessibilityLayer={false}
      title={view.title}
      desc={`${view.unit} · ${view.sourceLine}`}
    >
      <SeriesDefs prefix={idPrefix} />
      <CartesianGrid horizontal={false} stroke={CHART_GRID} />
      <XAxis
        type="number"
        domain={goalTicks ? [0, goalTicks[goalTicks.length - 1] ?? 1] : [0, 'auto']}
        ticks={goalTicks}
        tickFormatter={(n: number) => tickText(n, lang)}
        tick={{ fontSize: 11, fill: CHART_MUTED }}
        tickCount={layout.width < 420 ? 4 : 6}
        height={CHART_METRICS.xAxisHeight}
        stroke={CHART_MUTED}
      />
      <YAxis
        type="category"
        dataKey="key"
        width={layout.yAxisWidth}
        interval={0}
        tickLine={false}
        stroke={CHART_MUTED}
        tick={(props: YAxisTickContentProps) => (
          <CategoryTick {...props} view={view} layout={layout} missing={slotAt(props.index)} />
        )}
      />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(props: BarShapeProps) => (
          <MarkShape
            {...props}
            mark={markAt(props.originalDataIndex)}
            idPrefix={idPrefix}
            plotRight={plotRight}
            // Recharts centres the bar in its row; move it to the row's foot so its label fits above.
            shift={(layout.band - CHART_METRICS.bar) / 2 - 2}
          />
        )}
      />
    </BarChart>
  );
}

interface TickProps extends YAxisTickContentProps {
  view: ChartView;
  layout: ChartLayout;
  missing: MarkView | MissingView | undefined;
}

/**
 * A category's name, drawn once at its first row, placed where the layout says; and in a row
 * whose figure the sources do not publish, those words where the bar would be.
 */
function CategoryTick(props: TickProps) {
  const { y, index, layout, missing } = props;
  const name = <CategoryName {...props} />;
  if (!missing || missing.mark) return name;
  // Where MarkShape puts a bar: Recharts centres it in the row, shifted to the row's foot.
  const barTop = Number(y) - CHART_METRICS.bar / 2 + (layout.band - CHART_METRICS.bar) / 2 - 2;
  return (
    <>
      {name}
      <text
        x={layout.yAxisWidth + 2}
        y={barTop + CHART_METRICS.bar - 3}
        fontSize={11}
        fontStyle="italic"
        fill={CHART_MUTED}
        className="chart-mark-missing"
        data-row={index}
        data-series={missing.series}
      >
        {missing.label}
      </text>
    </>
  );
}

function CategoryName({ x, y, index, layout }: TickProps) {
  const row = layout.rows[index];
  if (row?.kind !== 'mark' || !row.first) return null;
  const lines = layout.categoryLines[row.category] ?? [];
  const lh = CHART_METRICS.lineHeight;
  const top = Number(y) + (layout.nameOffsets[row.category] ?? 0);
  const right = Number(x) - 6;
  return (
    <text
      x={right}
      y={top}
      textAnchor="end"
      dominantBaseline="central"
      fontSize={CHART_METRICS.tickFont}
      fill={CHART_INK}
      className="chart-category-label"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={right} dy={i === 0 ? 0 : lh}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Round ticks from 0 past `max`, about four steps of 1, 2 or 5 × 10ⁿ: 2177 → 0, 1000, 2000, 3000. */
function roundTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const count = Math.ceil(max / step);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

interface MarkProps extends BarShapeProps {
  mark: MarkView | undefined;
  idPrefix: string;
  shift: number;
  /** The right end of the plot, where an open-ended goal runs to. */
  plotRight: number;
}

/** One bar and, above its start, its label; the data attributes let tests read what was drawn. */
function MarkShape({ x, y: rowY, width, height, mark, idPrefix, shift, plotRight }: MarkProps) {
  if (!mark) return null;
  const y = rowY + shift;
  const paint = seriesPaint(idPrefix, mark.series);
  if (mark.series === 'goal') {
    // A class or threshold, never a length: a line at the threshold, open towards larger values.
    const at = x + Math.max(width, 1);
    const end = Math.max(plotRight, at + 24);
    const mid = y + height / 2;
    return (
      <g
        className="chart-mark chart-mark-goal chart-mark-threshold"
        data-indicator={mark.mark.indicatorId}
        data-threshold={mark.mark.value}
        data-series={mark.series}
      >
        <line x1={at} x2={at} y1={y - 2} y2={y + height + 2} stroke={paint.stroke} strokeWidth={3} />
        <path
          d={`M${at},${y} H${end - 8} M${at},${y + height} H${end - 8}`}
          stroke={paint.stroke}
          strokeWidth={1.5}
          strokeDasharray={paint.strokeDasharray}
          fill="none"
        />
        <path
          d={`M${end - 12},${mid - 5} L${end - 4},${mid} L${end - 12},${mid + 5}`}
          stroke={paint.stroke}
          strokeWidth={1.5}
          fill="none"
        />
        <text x={x + 2} y={y - 4} fontSize={11} fill={CHART_INK} className="chart-mark-label">
          {mark.label}
        </text>
      </g>
    );
  }
  return (
    <g
      className={`chart-mark chart-mark-${mark.series}`}
      data-indicator={mark.mark.indicatorId}
      data-value={mark.mark.value}
      data-series={mark.series}
    >
      <rect
        x={x}
        y={y}
        width={Math.max(width, 1)}
        height={height}
        fill={paint.fill}
        stroke={paint.stroke}
        strokeWidth={1.5}
        strokeDasharray={paint.strokeDasharray}
      />
      <text x={x + 2} y={y - 4} fontSize={11} fill={CHART_INK} className="chart-mark-label">
        {mark.label}
      </text>
    </g>
  );
}
