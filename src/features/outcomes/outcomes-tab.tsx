import { useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { LazyPartBoundary, lazyPart } from '../../ui/lazy-part';

// The view is a chunk of its own, like the charts: loaded when the tab is opened, pointed at or
// focused (preloadOutcomes), never on the first screen's path.
const outcomesPanel = lazyPart(
  () => import('./outcomes-panel'),
  (m) => m.OutcomesPanel,
);

/** Fetches the view's chunk ahead of a click (a failure is the tab's boundary's to show). */
export const preloadOutcomes = outcomesPanel.preload;

/** Targets & outcomes: when its chunk cannot be loaded, only this tab says so (with Retry). */
export function OutcomesTab({ dataset }: { dataset: Dataset }) {
  const t = useT();
  return (
    <LazyPartBoundary
      part={outcomesPanel}
      message={t('outcomes.chunkFailed')}
      retryLabel={t('outcomes.retry')}
      className="outcomes-load-failed"
      fallback={
        <p role="status" className="outcomes-loading">
          {t('outcomes.loading')}
        </p>
      }
    >
      <outcomesPanel.Component dataset={dataset} />
    </LazyPartBoundary>
  );
}
