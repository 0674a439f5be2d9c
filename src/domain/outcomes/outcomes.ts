import type { Dataset, Indicator, Localized, Source } from '../schema/dataset-schema';
import type {
  Caveat,
  Followup,
  FollowupFact,
  FollowupFigure,
  FollowupSource,
} from '../schema/followup-schema';
import type { Outcome, OutcomePair, SourceVerdict } from '../schema/outcome-pair-schema';
import { matchesSectors } from '../parks/sector-match';

/**
 * Targets and what later sources say about them. The verdict is a word, decided by how each later
 * figure stands to the target (the data's `relation`), never by arithmetic: this module computes no
 * ratio, percentage or difference between figures, of any scope (C1, C2), and reads no value of a
 * tier (C4).
 *
 * The verdicts, in the order the rules try them:
 *  - `met` / `not-reached`: a later figure of the same measure, and the source's own words give the
 *    verdict on the target ("完成全年工作目标的120.5%");
 *  - `not-reached-implied`: the same measure, and the verdict is our inference from the source's
 *    words ("加快迈向千亿元产值" does not speak of the 2024 target), which the verdict says;
 *  - `same-measure-again`: the same measure as an earlier figure, which is no target ("连续2年超千亿元"
 *    compares 2024 with 2023): never a tick, never "met";
 *  - `partial-year`: only part of the target's period is published (Q1, H1);
 *  - `not-yet-published`: the result for the target's period was looked for and not found (C16);
 *  - `missed-scopes-differ`: the later figure is of another scope, and the facts file judges the
 *    target clearly missed even so (NEV + parts 2000亿 against NEV still "迈向千亿", Y57);
 *  - `scope-differs`: a later figure looks like the same measure but is not (C1, C2, C14);
 *  - `no-comparable-figure`: later sources give only labels, shares, parts of the city or other
 *    periods (C4, C13).
 */
export const VERDICTS = [
  'met',
  'not-reached',
  'not-reached-implied',
  'same-measure-again',
  'partial-year',
  'not-yet-published',
  'missed-scopes-differ',
  'scope-differs',
  'no-comparable-figure',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The mark beside a verdict's words (never the only sign: the words are always there). */
export const VERDICT_MARK: Record<Verdict, string> = {
  met: '✓',
  'not-reached': '✗',
  'not-reached-implied': '✗',
  // An earlier figure's comparison is no verdict on a target: never a tick.
  'same-measure-again': '=',
  'missed-scopes-differ': '✗',
  'partial-year': '◔',
  'not-yet-published': '…',
  'scope-differs': '≠',
  'no-comparable-figure': '–',
};

/** The verdicts that rest on the source's own words about the target. */
export const SOURCE_OWN_VERDICTS: readonly Verdict[] = ['met', 'not-reached'];

const SAME_MEASURE_VERDICT = {
  met: 'met',
  'not-reached': 'not-reached',
  'implies-not-reached': 'not-reached-implied',
  none: 'same-measure-again',
} as const satisfies Record<SourceVerdict, Verdict>;

/** The verdict of a target from how its later figures stand to it (rules above, in order). */
export function verdictOf(outcomes: readonly Outcome[]): Verdict {
  const stated = outcomes.find((o) => o.relation === 'same-measure');
  if (stated) return SAME_MEASURE_VERDICT[stated.sourceVerdict];
  if (outcomes.some((o) => o.relation === 'partial-period')) return 'partial-year';
  if (outcomes.some((o) => o.relation === 'not-found')) return 'not-yet-published';
  if (outcomes.some((o) => o.relation === 'scope-differs' && o.missedAcrossScopes))
    return 'missed-scopes-differ';
  if (outcomes.some((o) => o.relation === 'scope-differs')) return 'scope-differs';
  return 'no-comparable-figure';
}

/** The outcomes a verdict rests on: those of the relation that decided it (all, for the last rule). */
export function decisiveOutcomes(outcomes: readonly Outcome[], verdict: Verdict): Outcome[] {
  const relation: Outcome['relation'] | null =
    verdict === 'met' ||
    verdict === 'not-reached' ||
    verdict === 'not-reached-implied' ||
    verdict === 'same-measure-again'
      ? 'same-measure'
      : verdict === 'partial-year'
        ? 'partial-period'
        : verdict === 'not-yet-published'
          ? 'not-found'
          : verdict === 'scope-differs' || verdict === 'missed-scopes-differ'
            ? 'scope-differs'
            : null;
  return relation ? outcomes.filter((o) => o.relation === relation) : [...outcomes];
}

/** A follow-up figure with its fact, its period as worded and its sources. */
export interface LaterFigure {
  figure: FollowupFigure;
  fact: FollowupFact;
  /** As the source words it; null: "year not stated" (C5). */
  period: Localized | null;
  /** Set when the year is inferred, not printed (Y10). */
  periodInferred: boolean;
  /** When an undated figure was stated. */
  statedOn: string | null;
  sources: FollowupSource[];
}

export type TargetLine =
  { from: 'dataset'; indicator: Indicator; sources: Source[] } | ({ from: 'followup' } & LaterFigure);

export interface OutcomeCard {
  pair: OutcomePair;
  targets: TargetLine[];
  outcomes: { outcome: Outcome; later: LaterFigure }[];
  verdict: Verdict;
  /** The figures the verdict rests on, and every source behind the card's later figures. */
  decidedBy: string[];
  sources: FollowupSource[];
  caveats: Caveat[];
}

export interface FollowupIndex {
  figure: (id: string) => LaterFigure | undefined;
  source: (id: string) => FollowupSource | undefined;
}

export function indexFollowup(followup: Followup): FollowupIndex {
  const sources = new Map(followup.sources.map((s) => [s.id, s]));
  const figures = new Map<string, LaterFigure>();
  for (const fact of followup.facts)
    for (const figure of fact.figures)
      figures.set(figure.id, {
        figure,
        fact,
        period: figure.period === undefined ? fact.period : figure.period,
        periodInferred: fact.periodInferred,
        statedOn: fact.statedOn,
        sources: fact.sources.flatMap((id) => sources.get(id) ?? []),
      });
  return { figure: (id) => figures.get(id), source: (id) => sources.get(id) };
}

/** The main dataset's facts each pair points at that the dataset lacks (a test keeps this empty). */
export function missingDatasetFacts(dataset: Dataset, followup: Followup): string[] {
  const facts = new Set(dataset.indicators.map((i) => i.fact));
  return followup.pairs.flatMap((p) =>
    p.target.flatMap((t) => ('fact' in t && !facts.has(t.fact) ? [`${p.id}: ${t.fact}`] : [])),
  );
}

function uniqueSources(list: readonly FollowupSource[]): FollowupSource[] {
  return [...new Map(list.map((s) => [s.id, s])).values()];
}

export function outcomeCard(
  dataset: Dataset,
  followup: Followup,
  pair: OutcomePair,
  index = indexFollowup(followup),
): OutcomeCard {
  const datasetSources = new Map(dataset.sources.map((s) => [s.id, s]));
  const targets = pair.target.flatMap((ref): TargetLine[] => {
    if ('fact' in ref)
      return dataset.indicators
        .filter((i) => i.fact === ref.fact)
        .map((indicator) => ({
          from: 'dataset' as const,
          indicator,
          sources: indicator.sources.flatMap((id) => datasetSources.get(id) ?? []),
        }));
    const later = index.figure(ref.figure);
    return later ? [{ from: 'followup' as const, ...later }] : [];
  });
  const outcomes = pair.outcomes.flatMap((outcome) => {
    const later = index.figure(outcome.figure);
    return later ? [{ outcome, later }] : [];
  });
  const verdict = verdictOf(pair.outcomes);
  const caveatsById = new Map(followup.caveats.map((c) => [c.id, c]));
  return {
    pair,
    targets,
    outcomes,
    verdict,
    decidedBy: decisiveOutcomes(pair.outcomes, verdict).map((o) => o.figure),
    sources: uniqueSources(outcomes.flatMap((o) => o.later.sources)),
    caveats: pair.caveats.flatMap((id) => caveatsById.get(id) ?? []),
  };
}

export interface OutcomeCards {
  cards: OutcomeCard[];
  /** Cards of other sectors left out by the filter. */
  hidden: number;
}

/**
 * The cards for a sector selection: a sector's targets when they match it; city-wide targets
 * (no sectors) always, since the filter cannot narrow them — the rule of the key-figure cards.
 */
export function outcomeCards(
  dataset: Dataset,
  followup: Followup,
  selected: readonly string[],
): OutcomeCards {
  const index = indexFollowup(followup);
  const shown = followup.pairs.filter((p) => p.sectors.length === 0 || matchesSectors(p.sectors, selected));
  return {
    cards: shown.map((p) => outcomeCard(dataset, followup, p, index)),
    hidden: followup.pairs.length - shown.length,
  };
}

/** The facts the file marks as looked for and not found (Y11, Y58), for the "not published" list. */
export function notFoundFacts(followup: Followup): FollowupFact[] {
  return followup.facts.filter((f) => f.figures.every((g) => g.qualifier === 'not-found'));
}
