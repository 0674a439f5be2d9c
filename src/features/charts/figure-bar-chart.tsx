import {
  Bar,
  BarChart,
  CartesianGrid,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts';
import { tickText } from '../../domain/chart-rows';
import { CHART_METRICS, type ChartLayout } from '../../domain/chart-layout';
import type { Lang } from '../../domain/dataset-schema';
import type { ChartView, MarkView } from './chart-view';
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
  const markAt = (row: number): MarkView | undefined => {
    const r = layout.rows[row];
    return r?.kind === 'mark' ? view.categories[r.category]?.marks[r.mark] : undefined;
  };
  const data = layout.rows.map((r, i) => ({ key: r.key, value: markAt(i)?.value }));

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
        domain={[0, 'auto']}
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
        tick={(props: YAxisTickContentProps) => <CategoryTick {...props} view={view} layout={layout} />}
      />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(props: BarShapeProps) => (
          <MarkShape
            {...props}
            mark={markAt(props.originalDataIndex)}
            idPrefix={idPrefix}
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
}

/** A category's name, drawn once at its first row, placed where the layout says. */
function CategoryTick({ x, y, index, layout }: TickProps) {
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

interface MarkProps extends BarShapeProps {
  mark: MarkView | undefined;
  idPrefix: string;
  shift: number;
}

/** One bar and, above its start, its label; the data attributes let tests read what was drawn. */
function MarkShape({ x, y: rowY, width, height, mark, idPrefix, shift }: MarkProps) {
  if (!mark) return null;
  const y = rowY + shift;
  const paint = seriesPaint(idPrefix, mark.series);
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
