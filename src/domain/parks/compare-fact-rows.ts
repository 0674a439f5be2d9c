import type { Dataset, Lang, Park } from '../schema/dataset-schema';
import type { ParkFacts } from '../schema/park-facts-schema';
import type { PartialRows } from './compare-cells';

/** The rows the park-facts file fills (level, established, area, industries, firms, …); none until it loads. */
export function factCells(
  parkFacts: ParkFacts | undefined,
  dataset: Dataset,
  parks: readonly Park[],
  lang: Lang,
): PartialRows {
  // First version: the file is not in the data yet, so these rows are `not-published` (step 3 fills them).
  void [parkFacts, dataset, parks, lang];
  return {};
}
