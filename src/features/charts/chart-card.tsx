import { memo, useId, useMemo, useRef, useState } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import { chartCsv } from '../../domain/charts/chart-csv';
import { chartFileName } from '../../domain/charts/chart-rows';
import { chartLayout } from '../../domain/charts/chart-layout';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { useViewStoreApi } from '../../state/view-store-context';
import { composeChartSvg, svgToPng } from './chart-export';
import { downloadBlob } from '../../ui/download-blob';
import { ChartTable } from './chart-table';
import { ChartTargetLinks } from './chart-target-links';
import type { ChartView } from './chart-view';
import { FigureBarChart } from './figure-bar-chart';
import { safeId, SeriesSwatch } from './series-style';
import { useChartFrame } from './use-chart-frame';

interface Props {
  dataset: Dataset;
  view: ChartView;
  /** A fixed chart width (tests); measured from the card otherwise. */
  width?: number;
}

/**
 * One chart with everything around it: title, unit, scope, legend, notes, sources, table, downloads.
 * Rendered again only when what it shows changes (`viewKey`): a filter that leaves a chart as it
 * was costs that chart nothing.
 */
export const ChartCard = memo(
  function ChartCard({ dataset, view, width: fixedWidth }: Props) {
    const t = useT();
    const lang = useLang();
    // Read when a file is made, so the selection is not a prop (it would render every chart again).
    const store = useViewStoreApi();
    const reactId = useId();
    const idPrefix = `chart-${safeId(reactId)}`;
    const titleId = `${idPrefix}-title`;
    const { ref: frameRef, width, measure } = useChartFrame(fixedWidth);
    const chartRef = useRef<HTMLDivElement>(null);
    const [exportError, setExportError] = useState<string | null>(null);
    const { rows } = view;
    const layout = useMemo(
      () =>
        chartLayout(
          view.categories.map((c) => ({ id: c.id, name: c.name, marks: c.marks.length })),
          width,
          measure,
        ),
      [view, width, measure],
    );
    const empty = view.categories.length === 0;

    const svgElement = () => chartRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null;
    const downloadCsv = () => {
      const csv = chartCsv(dataset, rows, lang, {
        unit: (u) => t(`charts.csvUnit.${u}`),
        cityWide: t('keyFigures.scopeCity'),
        notPublished: t('figures.notPublished'),
        chartUnit: (u) => t(`charts.axisUnit.${u}`),
        missingLabel: (gap) => view.missingFigures[gap.category] ?? '',
        missingText: t('chartsPanel:missing.value'),
      });
      downloadBlob(
        new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        chartFileName(rows.id, store.getState().view.sectors, 'csv'),
      );
    };
    const downloadImage = async (format: 'svg' | 'png') => {
      setExportError(null);
      const svg = svgElement();
      if (!svg) return;
      try {
        const doc = composeChartSvg(svg, view, idPrefix);
        const blob =
          format === 'svg' ? new Blob([doc], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(doc);
        downloadBlob(blob, chartFileName(rows.id, store.getState().view.sectors, format));
      } catch (e) {
        setExportError(t('charts.download.failed', { detail: e instanceof Error ? e.message : String(e) }));
      }
    };

    return (
      <figure className="chart-card" aria-labelledby={titleId} data-chart={rows.id}>
        <h3 id={titleId} className="chart-title">
          {view.title}
        </h3>
        <p className="chart-meta">
          <span>{view.unitLine}</span>
          {view.scopeLine ? <span className="chart-badge">{view.scopeLine}</span> : null}
        </p>
        {empty ? (
          <p className="chart-empty">{t('charts.empty')}</p>
        ) : (
          <>
            <div ref={frameRef} className="chart-frame">
              {width > 0 ? (
                <div ref={chartRef} role="img" aria-label={t('charts.imageLabel', { title: view.title })}>
                  <FigureBarChart view={view} layout={layout} lang={lang} idPrefix={idPrefix} />
                </div>
              ) : null}
            </div>
            <ul className="chart-legend">
              {view.series.map((s) => (
                <li key={s.id} data-series={s.id}>
                  <SeriesSwatch prefix={`${idPrefix}-legend`} series={s.id} />
                  {s.label}
                </li>
              ))}
            </ul>
          </>
        )}
        {view.notes.map((note) => (
          <p key={note} className="chart-note">
            {note}
          </p>
        ))}
        {view.hiddenLine ? <p className="chart-hidden">{view.hiddenLine}</p> : null}
        {empty ? null : <ChartTargetLinks view={view} />}
        {rows.figures.length > 0 ? (
          <>
            <figcaption className="chart-source" title={view.sourceTitle}>
              {view.sourceLine}
            </figcaption>
            <ChartTable dataset={dataset} view={view} />
            <div
              className="chart-actions"
              role="group"
              aria-label={t('charts.download.label', { title: view.title })}
            >
              <span aria-hidden="true">{t('charts.download.prefix')}</span>
              <button type="button" className="button" onClick={downloadCsv}>
                CSV
              </button>
              {empty ? null : (
                <>
                  <button type="button" className="button" onClick={() => void downloadImage('png')}>
                    PNG
                  </button>
                  <button type="button" className="button" onClick={() => void downloadImage('svg')}>
                    SVG
                  </button>
                </>
              )}
            </div>
            {exportError ? (
              <p role="alert" className="chart-error">
                {exportError}
              </p>
            ) : null}
          </>
        ) : null}
      </figure>
    );
  },
  (a, b) => a.dataset === b.dataset && a.width === b.width && viewKey(a.view) === viewKey(b.view),
);

/** Everything a chart card prints, as one string: equal keys, equal cards. */
const keys = new WeakMap<ChartView, string>();
function viewKey(view: ChartView): string {
  let key = keys.get(view);
  if (key === undefined) {
    key = JSON.stringify(view);
    keys.set(view, key);
  }
  return key;
}
