import type { Dataset, Indicator, Source } from '../schema/dataset-schema';
import { sourcesById, sourcesOf } from '../parks/park-directory';

/** The first screen's figures: the three emerging industries' total, NEV and storage output (F01, F03, F06). */
export const HEADLINE_FACTS = ['F01', 'F03', 'F06'] as const;

export interface SourcedIndicator {
  indicator: Indicator;
  sources: Source[];
}

export const withSources = (dataset: Dataset, indicator: Indicator): SourcedIndicator => ({
  indicator,
  sources: sourcesOf(sourcesById(dataset), indicator.sources),
});

export function headlineFigures(dataset: Dataset): SourcedIndicator[] {
  return HEADLINE_FACTS.flatMap((fact) => {
    const ind = dataset.indicators.find((i) => i.fact === fact);
    return ind ? [withSources(dataset, ind)] : [];
  });
}
