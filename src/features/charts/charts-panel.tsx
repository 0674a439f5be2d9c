import './charts.css';
import { useId, useMemo } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import { CHART_IDS, chartRows } from '../../domain/charts/chart-rows';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { chartsPanelArea } from '../../i18n/lazy/charts-panel';
import { useLazyArea } from '../../i18n/i18n-context';
import { useDeferredSectors } from '../../state/view-store-context';
import { ChartCard } from './chart-card';
import { chartView } from './chart-view';

interface Props {
  dataset: Dataset;
  /** A fixed chart width for tests in jsdom (which measures every element as 0 wide). */
  chartWidth?: number;
}

/** The charts tab: industry output against targets, the project pipeline, the city's targets. */
export function ChartsPanel({ dataset, chartWidth }: Props) {
  useLazyArea(chartsPanelArea);
  const t = useT();
  const lang = useLang();
  const selected = useDeferredSectors();
  const headingId = useId();
  // dataset → chart rows (pure) → the reader's words → the renderer.
  const views = useMemo(
    () => CHART_IDS.map((id) => chartView(dataset, chartRows(dataset, id, selected), selected, lang, t)),
    [dataset, selected, lang, t],
  );
  return (
    <section className="charts-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('charts.heading')}</h2>
      <p className="charts-filter">{views[0]?.filterLine}</p>
      {views.map((view) => (
        <ChartCard key={view.rows.id} dataset={dataset} view={view} width={chartWidth} />
      ))}
    </section>
  );
}
