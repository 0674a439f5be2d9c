import { Suspense, type ComponentType } from 'react';
import { useT } from '../i18n/i18n-context';
import type { Dataset } from '../domain/dataset-schema';
import { ChunkBoundary } from '../ui/chunk-boundary';
import { lazyWithRetry } from '../ui/lazy-with-retry';
import { retryableImport } from '../ui/retryable-import';

type Props = { dataset: Dataset };

// The key figures and the source list sit below the overview's first screen (the prerender leaves
// them out): their code is a chunk of its own, asked for as soon as the overview mounts, so the
// first download carries only what the first screen shows.
let chunk: Promise<ComponentType<Props>> | null = null;
const importMore = retryableImport(() => import('./overview-more'));
const loadMore = () => (chunk ??= importMore().then((m) => m.OverviewMore));
const { Component: OverviewMore, reset } = lazyWithRetry(loadMore);
const retry = () => {
  chunk = null;
  reset();
};

/** The rest of the overview; if its chunk cannot be loaded, only this part says so, with Retry. */
export function OverviewMoreSlot({ dataset }: Props) {
  const t = useT();
  return (
    <ChunkBoundary message={t('panel.moreFailed')} retryLabel={t('error.retry')} onRetry={retry}>
      <Suspense fallback={null}>
        <OverviewMore dataset={dataset} />
      </Suspense>
    </ChunkBoundary>
  );
}
