import type { Dataset } from '../schema/dataset-schema';
import type { Followup } from '../schema/followup-schema';
import { indexFollowup, type LaterFigure } from './outcomes';
import { withSources, type SourcedIndicator } from './headline';
import { matchesSectors } from '../parks/sector-match';

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

/**
 * Newer comparable figures from the follow-up file, by the key figure's fact: only where a pair
 * says the later figure is the same measure (F14 → Y37: manufacturing projects' planned
 * investment, 2023 → 2024). Never for a figure of another scope.
 */
export function newerComparable(followup: Followup): Map<string, LaterFigure> {
  const index = indexFollowup(followup);
  const out = new Map<string, LaterFigure>();
  for (const pair of followup.pairs)
    for (const ref of pair.target) {
      if (!('fact' in ref) || !(KEY_FIGURE_FACTS as readonly string[]).includes(ref.fact)) continue;
      const same = pair.outcomes.find((o) => o.relation === 'same-measure');
      const later = same ? index.figure(same.figure) : undefined;
      if (later && later.figure.value !== null) out.set(ref.fact, later);
    }
  return out;
}

/**
 * Key figures only the follow-up file has: GDP 2024 (Y01), with the source's own growth on the
 * year before beside it (the 2023 level is not among the sources).
 */
export const FOLLOWUP_KEY_FIGURES = [{ newest: 'Y01-gdp', beside: 'Y01-growth' }] as const;

export function followupKeyFigures(
  followup: Followup,
): { newest: LaterFigure; beside: LaterFigure | null }[] {
  const index = indexFollowup(followup);
  return FOLLOWUP_KEY_FIGURES.flatMap(({ newest, beside }) => {
    const n = index.figure(newest);
    return n ? [{ newest: n, beside: index.figure(beside) ?? null }] : [];
  });
}
