import type { Dataset } from './dataset-schema';
import { withSources, type SourcedIndicator } from './headline';
import { matchesSectors } from './sector-match';

/**
 * The key-figure cards beside the charts: investment promotion, the pace of the agglomeration
 * zone, land, investment growth, high-tech share, technical renovation, digitalisation, circular
 * parks, the top-100 listings (F23, no number) and the storage-battery share.
 * Chosen by fact id; the values come from the dataset.
 */
export const KEY_FIGURE_FACTS = [
  'F12',
  'F13',
  'F14',
  'F19',
  'F15',
  'F16',
  'F18',
  'F20',
  'F21',
  'F22',
  'F23',
  'F07',
] as const;

/** Whom a figure speaks for: the whole city, one park, or some sectors. */
export type FigureScope =
  { kind: 'city' } | { kind: 'park'; park: string } | { kind: 'sectors'; sectors: readonly string[] };

export interface KeyFigure extends SourcedIndicator {
  scope: FigureScope;
}

/**
 * The cards for a sector selection: sector figures only when they match it; city-wide and park
 * figures always, marked as such, since the filter cannot narrow them.
 */
export function keyFigures(dataset: Dataset, selected: readonly string[]): KeyFigure[] {
  return KEY_FIGURE_FACTS.flatMap((fact) =>
    dataset.indicators
      .filter((ind) => ind.fact === fact)
      .flatMap((ind): KeyFigure[] => {
        const scope: FigureScope =
          ind.sectors.length > 0
            ? { kind: 'sectors', sectors: ind.sectors }
            : ind.park
              ? { kind: 'park', park: ind.park }
              : { kind: 'city' };
        if (scope.kind === 'sectors' && !matchesSectors(ind.sectors, selected)) return [];
        return [{ ...withSources(dataset, ind), scope }];
      }),
  );
}
