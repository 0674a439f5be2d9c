import { Suspense, type ComponentProps, type ComponentType } from 'react';
import { useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/dataset-schema';
import { ChunkBoundary } from '../../ui/chunk-boundary';
import { lazyWithRetry } from '../../ui/lazy-with-retry';
import { retryableImport } from '../../ui/retryable-import';
import type { OutcomesPanel as Panel } from './outcomes-panel';

type PanelProps = ComponentProps<typeof Panel>;

// The view is a chunk of its own, like the charts: loaded when the tab is opened, pointed at or
// focused, never on the first screen's path. One request at a time; after a failure only the
// tab's Retry asks again.
let chunk: Promise<ComponentType<PanelProps>> | null = null;
const importPanel = retryableImport(() => import('./outcomes-panel'));
const loadOutcomesPanel = () => (chunk ??= importPanel().then((m) => m.OutcomesPanel));
const { Component: OutcomesPanel, reset } = lazyWithRetry(loadOutcomesPanel);
const retryOutcomesPanel = () => {
  chunk = null;
  reset();
};

/** Fetches the view's chunk ahead of a click (a failure is the tab's boundary's to show). */
export const preloadOutcomes = (): void => {
  loadOutcomesPanel().catch(() => undefined);
};

/** Targets & outcomes: when its chunk cannot be loaded, only this tab says so (with Retry). */
export function OutcomesTab({ dataset }: { dataset: Dataset }) {
  const t = useT();
  return (
    <ChunkBoundary
      message={t('outcomes.chunkFailed')}
      retryLabel={t('outcomes.retry')}
      onRetry={retryOutcomesPanel}
      className="outcomes-load-failed"
    >
      <Suspense
        fallback={
          <p role="status" className="outcomes-loading">
            {t('outcomes.loading')}
          </p>
        }
      >
        <OutcomesPanel dataset={dataset} />
      </Suspense>
    </ChunkBoundary>
  );
}
