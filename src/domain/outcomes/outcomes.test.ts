import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Outcome, SourceVerdict } from '../schema/outcome-pair-schema';
import { missingDatasetFacts, outcomeCards, VERDICTS, verdictOf } from './outcomes';
import { shippedDataset, shippedFollowup } from '../../testing/shipped-data';
import { PROPERTY_RUNS } from '../../testing/test-budget';

const dataset = shippedDataset;
const followup = shippedFollowup;

const same = (sourceVerdict: SourceVerdict): Outcome => ({
  figure: 'Y01-a',
  relation: 'same-measure',
  sourceVerdict,
});
const partial: Outcome = { figure: 'Y01-b', relation: 'partial-period' };
const notFound: Outcome = { figure: 'Y01-c', relation: 'not-found' };
const differs: Outcome = { figure: 'Y01-d', relation: 'scope-differs' };
const missed: Outcome = { figure: 'Y01-g', relation: 'scope-differs', missedAcrossScopes: true };
const tier: Outcome = { figure: 'Y01-e', relation: 'context', why: 'tier-label' };
const share: Outcome = { figure: 'Y01-f', relation: 'context', why: 'share' };

describe('verdictOf: one rule per kind of verdict', () => {
  it.each<[string, Outcome[], (typeof VERDICTS)[number]]>([
    ['met, when the source says so for the same measure', [same('met'), tier], 'met'],
    ['not reached, when the source says so', [same('not-reached'), tier, notFound], 'not-reached'],
    [
      'not reached by inference, when only our reading of the words says so (迈向千亿)',
      [same('implies-not-reached'), tier],
      'not-reached-implied',
    ],
    [
      'the same measure again, never "met", when the comparison is with an earlier figure',
      [same('none')],
      'same-measure-again',
    ],
    [
      'missed across scopes, when the facts file judges so though the scopes differ',
      [missed, tier],
      'missed-scopes-differ',
    ],
    ['partial year, when only part of the period is out', [partial, notFound], 'partial-year'],
    [
      'not yet published, when the result was looked for and not found',
      [notFound, differs, share],
      'not-yet-published',
    ],
    ['scope differs, when the later figure only looks the same', [differs, tier], 'scope-differs'],
    [
      'no comparable figure, when there are only labels, shares or parts',
      [tier, share],
      'no-comparable-figure',
    ],
  ])('%s', (_name, outcomes, verdict) => {
    expect(verdictOf(outcomes)).toBe(verdict);
  });
});

describe('the shipped pairs', () => {
  const cards = outcomeCards(dataset, followup, []).cards;

  it('point only at facts the dataset holds', () => {
    expect(missingDatasetFacts(dataset, followup)).toEqual([]);
    for (const c of cards)
      expect(c.targets.length + (c.pair.targetNote ? 1 : 0), c.pair.id).toBeGreaterThan(0);
  });

  it('reach the verdicts the honesty notes of docs/facts/zhaoqing-followup.md call for', () => {
    expect(Object.fromEntries(cards.map((c) => [c.pair.id, c.verdict]))).toEqual({
      'nev-output-2024': 'not-reached-implied',
      'nev-parts-2025': 'missed-scopes-differ',
      clusters: 'no-comparable-figure',
      'storage-output': 'scope-differs',
      'emerging-output': 'scope-differs',
      'electronics-cluster': 'no-comparable-figure',
      'guishang-output-2025': 'not-yet-published',
      'industrial-investment-2024': 'no-comparable-figure',
      'manufacturing-investment': 'same-measure-again',
      'gdp-2025': 'not-yet-published',
      'gdp-growth-2025': 'partial-year',
      'industrial-va-2025': 'partial-year',
      'start-area-2025': 'scope-differs',
      'urban-jobs-2024': 'met',
      'project-counts': 'no-comparable-figure',
    });
    // Every kind of verdict occurs, so each has its case in the browser tests too — except "not
    // reached in the source's words": no source of ours says so of a target of ours.
    expect(new Set(cards.map((c) => c.verdict))).toEqual(
      new Set(VERDICTS.filter((v) => v !== 'not-reached')),
    );
  });

  it('give each verdict its sources and a reason in three languages', () => {
    for (const c of cards) {
      for (const l of ['zh-Hans', 'zh-Hant', 'en'] as const)
        expect(c.pair.reason[l].length, c.pair.id).toBeGreaterThan(10);
      expect(c.decidedBy.length, c.pair.id).toBeGreaterThan(0);
      if (c.verdict !== 'not-yet-published') expect(c.sources.length, c.pair.id).toBeGreaterThan(0);
    }
  });

  it('leave city-wide targets under any filter and drop other sectors’ ones', () => {
    const nev = outcomeCards(dataset, followup, ['nev']);
    expect(nev.cards.every((c) => c.pair.sectors.length === 0 || c.pair.sectors.includes('nev'))).toBe(true);
    expect(nev.cards.length + nev.hidden).toBe(followup.pairs.length);
    expect(nev.hidden).toBe(2); // storage output, electronics cluster
    expect(outcomeCards(dataset, followup, ['paper']).cards.map((c) => c.pair.sectors)).toEqual(
      followup.pairs.filter((p) => p.sectors.length === 0).map(() => []),
    );
  });
});

describe('no arithmetic between figures (C1, C2, C4)', () => {
  it('decides no verdict from values: any values, tiers or scopes give the same verdicts', () => {
    const figures = followup.facts.flatMap((f) => f.figures.map((g) => g.id));
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true }), { minLength: figures.length, maxLength: figures.length }),
        (values) => {
          const edited = structuredClone(followup);
          let i = 0;
          for (const f of edited.facts)
            for (const g of f.figures) if (g.value !== null) g.value = values[i++] ?? 0;
          const before = outcomeCards(dataset, followup, []).cards.map((c) => c.verdict);
          const after = outcomeCards(dataset, edited, []).cards.map((c) => c.verdict);
          expect(after).toEqual(before);
        },
      ),
      // Each case compares every pair twice: a quarter of the suite's run count.
      { numRuns: Math.ceil(PROPERTY_RUNS / 4) },
    );
  });

  it('carries only figures from the files: no ratio, percentage or change is made up', () => {
    const values = new Set([
      ...followup.facts.flatMap((f) => f.figures.map((g) => g.value)),
      ...dataset.indicators.map((i) => i.value),
    ]);
    for (const c of outcomeCards(dataset, followup, []).cards) {
      const shown = [
        ...c.outcomes.map((o) => o.later.figure.value),
        ...c.targets.map((t) => (t.from === 'dataset' ? t.indicator.value : t.figure.value)),
      ];
      expect(
        shown.filter((v) => !values.has(v)),
        c.pair.id,
      ).toEqual([]);
      // The 1168 / 1675 pair (C1) and the 400 / 500 pair (C2) are never joined as one measure.
      if (c.pair.id === 'emerging-output' || c.pair.id === 'storage-output')
        expect(c.outcomes.every((o) => o.outcome.relation !== 'same-measure')).toBe(true);
    }
  });
});
