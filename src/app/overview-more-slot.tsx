import { useT } from '../i18n/i18n-context';
import type { Dataset } from '../domain/schema/dataset-schema';
import { LazyPartBoundary, lazyPart } from '../ui/lazy-part';

// The key figures and the source list sit below the overview's first screen (the prerender leaves
// them out): their code is a chunk of its own, asked for as soon as the overview mounts, so the
// first download carries only what the first screen shows.
const overviewMore = lazyPart(
  () => import('./overview-more'),
  (m) => m.OverviewMore,
);

/** The rest of the overview; if its chunk cannot be loaded, only this part says so, with Retry. */
export function OverviewMoreSlot({ dataset }: { dataset: Dataset }) {
  const t = useT();
  return (
    <LazyPartBoundary part={overviewMore} message={t('panel.moreFailed')} retryLabel={t('error.retry')}>
      <overviewMore.Component dataset={dataset} />
    </LazyPartBoundary>
  );
}
