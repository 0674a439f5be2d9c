import type { Dataset } from '../domain/schema/dataset-schema';
import { KeyFigureCards } from '../features/figures/key-figure-cards';
import { SourcesList } from '../features/sources/sources-list';

/** The overview below its first screen: the key figures and the source list (a chunk of its own). */
export function OverviewMore({ dataset }: { dataset: Dataset }) {
  return (
    <>
      <KeyFigureCards dataset={dataset} />
      <SourcesList dataset={dataset} />
    </>
  );
}
