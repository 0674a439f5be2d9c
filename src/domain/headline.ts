import type { Dataset, Indicator, Source } from './dataset-schema';

/** The first screen's figures: the three emerging industries' total, NEV and storage output (F01, F03, F06). */
export const HEADLINE_FACTS = ['F01', 'F03', 'F06'] as const;

export interface SourcedIndicator {
  indicator: Indicator;
  sources: Source[];
}

export function withSources(dataset: Dataset, indicator: Indicator): SourcedIndicator {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  return {
    indicator,
    sources: indicator.sources.flatMap((id) => {
      const s = byId.get(id);
      return s ? [s] : [];
    }),
  };
}

export function headlineFigures(dataset: Dataset): SourcedIndicator[] {
  return HEADLINE_FACTS.flatMap((fact) => {
    const ind = dataset.indicators.find((i) => i.fact === fact);
    return ind ? [withSources(dataset, ind)] : [];
  });
}
