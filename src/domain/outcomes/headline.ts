import type { Dataset, Indicator, Source } from '../schema/dataset-schema';
import { sourcesById, sourcesOf } from '../parks/park-directory';
import { TARGET_PAIRS, type TargetLinks } from './later-ids';

/** The first screen's figures: the three emerging industries' total, NEV and storage output (F01, F03, F06). */
export const HEADLINE_FACTS = ['F01', 'F03', 'F06'] as const;

/**
 * Where each headline figure's later story is on the Targets & outcomes tab: the target card with
 * its verdict, and the sector's "what happened since" list (null: the list of all later facts,
 * for the three industries together). Later statements are of another scope (n11): pointed to,
 * never joined.
 */
export const HEADLINE_LATER = {
  F01: TARGET_PAIRS.F01,
  // NEV output 2023 (F03): judged with the 2024 target (F05) on its card.
  F03: TARGET_PAIRS.F05,
  F06: TARGET_PAIRS.F06,
} as const satisfies Record<(typeof HEADLINE_FACTS)[number], TargetLinks>;

export interface SourcedIndicator {
  indicator: Indicator;
  sources: Source[];
}

export const withSources = (dataset: Dataset, indicator: Indicator): SourcedIndicator => ({
  indicator,
  sources: sourcesOf(sourcesById(dataset), indicator.sources),
});

export interface HeadlineFigure extends SourcedIndicator {
  later: (typeof HEADLINE_LATER)[keyof typeof HEADLINE_LATER];
}

export function headlineFigures(dataset: Dataset): HeadlineFigure[] {
  return HEADLINE_FACTS.flatMap((fact) => {
    const ind = dataset.indicators.find((i) => i.fact === fact);
    return ind ? [{ ...withSources(dataset, ind), later: HEADLINE_LATER[fact] }] : [];
  });
}
