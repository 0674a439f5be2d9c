import { Suspense, type ComponentProps, type ComponentType } from 'react';
import { useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/dataset-schema';
import type { ChartsPanel as Panel } from './charts-panel';

type PanelProps = ComponentProps<typeof Panel>;
import { ChunkBoundary } from '../../ui/chunk-boundary';
import { lazyWithRetry } from '../../ui/lazy-with-retry';
import { retryableImport } from '../../ui/retryable-import';

// Recharts is loaded only when the charts tab is opened, so it stays out of the first download;
// pointing at or focusing the tab starts the download. One request at a time: the preload and the
// tab share it, and after a failure only the tab's Retry asks again (pointing never repeats it).
let chunk: Promise<ComponentType<PanelProps>> | null = null;
const importPanel = retryableImport(() => import('./charts-panel'));
const loadChartsPanel = () => (chunk ??= importPanel().then((m) => m.ChartsPanel));
const { Component: ChartsPanel, reset } = lazyWithRetry(loadChartsPanel);
const retryChartsPanel = () => {
  chunk = null;
  reset();
};

/** Fetches the charts' chunk ahead of a click (a failure is the tab's boundary's to show). */
export const preloadCharts = (): void => {
  loadChartsPanel().catch(() => undefined);
};

/** The charts tab: when its chunk cannot be loaded, only this tab says so (with Retry); the map stays up. */
export function ChartsTab({ dataset }: { dataset: Dataset }) {
  const t = useT();
  return (
    <ChunkBoundary
      message={t('charts.loadFailed')}
      retryLabel={t('charts.retry')}
      onRetry={retryChartsPanel}
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
