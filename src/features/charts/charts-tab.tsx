import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset-schema';
import { ChunkBoundary } from '../../ui/chunk-boundary';
import { lazyWithRetry } from '../../ui/lazy-with-retry';

// Recharts is loaded only when the charts tab is opened, so it stays out of the first download;
// pointing at or focusing the tab starts the download (the browser keeps one copy of the module).
const loadChartsPanel = () => import('./charts-panel').then((m) => m.ChartsPanel);
const { Component: ChartsPanel, reset: resetChartsPanel } = lazyWithRetry(loadChartsPanel);

/** Fetches the charts' chunk ahead of a click; a failure here is left to the tab's own boundary. */
export const preloadCharts = (): void => {
  loadChartsPanel().catch(() => undefined);
};

/** The charts tab: when its chunk cannot be loaded, only this tab says so (with Retry); the map stays up. */
export function ChartsTab({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  return (
    <ChunkBoundary
      message={t('charts.loadFailed')}
      retryLabel={t('charts.retry')}
      onRetry={resetChartsPanel}
      className="charts-load-failed"
    >
      <Suspense
        fallback={
          <p role="status" className="charts-loading">
            {t('charts.loading')}
          </p>
        }
      >
        <ChartsPanel dataset={dataset} />
      </Suspense>
    </ChunkBoundary>
  );
}
