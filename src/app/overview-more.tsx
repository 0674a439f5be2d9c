import type { Dataset } from '../domain/schema/dataset-schema';
import { DownloadAll } from '../features/download/download-all';
import { KeyFigureCards } from '../features/figures/key-figure-cards';
import { SourcesList } from '../features/sources/sources-list';

/**
 * The overview below its first screen: the key figures, the download of all the data (where a
 * reader looking for the numbers behind the page finds it, just above where they come from) and
 * the source list (a chunk of its own).
 */
export function OverviewMore({ dataset }: { dataset: Dataset }) {
  return (
    <>
      <KeyFigureCards dataset={dataset} />
      <DownloadAll dataset={dataset} />
      <SourcesList dataset={dataset} />
    </>
  );
}
