import { useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { LazyPartBoundary, lazyPart } from '../../ui/lazy-part';

// The park list is a tab of its own, not the first screen's: its chunk loads when the tab is
// pointed at, opened, or named by the link (main.tsx), which keeps the first download in budget.
const parkList = lazyPart(
  () => import('./park-list'),
  (m) => m.ParkList,
);

/** Fetches the park list's chunk ahead of a click (a failure is the tab's boundary's to show). */
export const preloadParkList = parkList.preload;

/** The Parks tab: when its chunk cannot be loaded, only this tab says so (with Retry). */
export function ParksTab({ dataset }: { dataset: Dataset }) {
  const t = useT();
  return (
    <LazyPartBoundary
      part={parkList}
      message={t('parks.loadFailed')}
      retryLabel={t('charts.retry')}
      className="park-list-load-failed"
      fallback={
        <p role="status" className="park-list-loading">
          {t('parks.loading')}
        </p>
      }
    >
      <parkList.Component dataset={dataset} />
    </LazyPartBoundary>
  );
}
