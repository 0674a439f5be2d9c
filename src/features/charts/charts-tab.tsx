import { useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { LazyPartBoundary, lazyPart } from '../../ui/lazy-part';

// Recharts is loaded only when the charts tab is opened, so it stays out of the first download;
// pointing at or focusing the tab starts the download (preloadCharts).
const chartsPanel = lazyPart(
  () => import('./charts-panel'),
  (m) => m.ChartsPanel,
);

/** Fetches the charts' chunk ahead of a click (a failure is the tab's boundary's to show). */
export const preloadCharts = chartsPanel.preload;

/** The charts tab: when its chunk cannot be loaded, only this tab says so (with Retry); the map stays up. */
export function ChartsTab({ dataset }: { dataset: Dataset }) {
  const t = useT();
  return (
    <LazyPartBoundary
      part={chartsPanel}
      message={t('charts.loadFailed')}
      retryLabel={t('charts.retry')}
      className="charts-load-failed"
      fallback={
        <p role="status" className="charts-loading">
          {t('charts.loading')}
        </p>
      }
    >
      <chartsPanel.Component dataset={dataset} />
    </LazyPartBoundary>
  );
}
