import * as z from 'zod/mini';
import { caveatIdSchema, figureIdSchema, slugSchema } from './followup-ids';
import type { crossChecks } from './schema-checks';
import { localizedSchema } from './schema-primitives';

/**
 * The follow-up file's target → outcome pairs (followup-schema.ts holds the rest of the file): a
 * target of the main dataset, or an earlier figure, and what later sources say of it, with the
 * rules that keep a verdict the sources' own.
 */

/** A target (or an earlier figure) as the main dataset states it (by fact id), or a follow-up figure. */
const targetRefSchema = z.union([
  z.object({ fact: z.string().check(z.regex(/^F\d{2}$/, 'expected a fact id like F05')) }),
  z.object({ figure: figureIdSchema }),
]);
export type TargetRef = z.infer<typeof targetRefSchema>;

/**
 * How a later figure stands to the target. `same-measure`: comparable, and the source itself says
 * whether the target was met (its words, never our arithmetic); `partial-period`: the same measure
 * for part of the target's period; `scope-differs`: looks like the same measure but is not;
 * `context`: shown beside it, not comparable (why says how); `not-found`: the result was looked for.
 */
export const OUTCOME_RELATIONS = [
  'same-measure',
  'partial-period',
  'scope-differs',
  'context',
  'not-found',
] as const;
export type OutcomeRelation = (typeof OUTCOME_RELATIONS)[number];
export const CONTEXT_REASONS = [
  'tier-label',
  'share',
  'sub-area',
  'earlier-period',
  'other-period',
  'other-measure',
] as const;
export type ContextReason = (typeof CONTEXT_REASONS)[number];

/**
 * What a same-measure figure allows, and no more: `met` / `not-reached`, the source's own verdict
 * on the target ("完成全年工作目标的120.5%"); `implies-not-reached`, a verdict we infer from its
 * words ("加快迈向千亿元产值" says nothing of the 2024 target); `none`, a comparison with an
 * earlier figure, which is no target (F14 → Y37).
 */
export const SOURCE_VERDICTS = ['met', 'not-reached', 'implies-not-reached', 'none'] as const;
export type SourceVerdict = (typeof SOURCE_VERDICTS)[number];

const outcomeSchema = z.discriminatedUnion('relation', [
  z.object({
    figure: figureIdSchema,
    relation: z.literal('same-measure'),
    sourceVerdict: z.enum(SOURCE_VERDICTS),
  }),
  z.object({ figure: figureIdSchema, relation: z.literal('partial-period') }),
  z.object({
    figure: figureIdSchema,
    relation: z.literal('scope-differs'),
    /** The facts file judges the target clearly missed even across the scopes (Y57 against Y12). */
    missedAcrossScopes: z.optional(z.literal(true)),
  }),
  z.object({ figure: figureIdSchema, relation: z.literal('context'), why: z.enum(CONTEXT_REASONS) }),
  z.object({ figure: figureIdSchema, relation: z.literal('not-found') }),
]);
export type Outcome = z.infer<typeof outcomeSchema>;

export const pairSchema = z.object({
  id: slugSchema,
  title: localizedSchema,
  sectors: z.array(slugSchema),
  /** A target, or an earlier figure that later sources speak to (F06, F01, F14, F17). */
  basis: z.enum(['target', 'earlier-figure']),
  target: z.array(targetRefSchema),
  /** Said of the target where its figure is not in the sources (the 2024 urban-jobs target). */
  targetNote: z.nullable(localizedSchema),
  outcomes: z.array(outcomeSchema).check(z.minLength(1)),
  /**
   * The area a target is limited to (Y47: the zone's city-managed starting area), shown instead of
   * "city-wide"; null when the pair's sectors (or the whole city) are its scope.
   */
  scope: z.nullable(localizedSchema),
  /**
   * What a verdict that is not the source's own rests on, printed in it: the words an inference
   * starts from, the scopes that differ, what an earlier figure's comparison shows.
   */
  verdictBasis: z.nullable(localizedSchema),
  caveats: z.array(caveatIdSchema),
  /** One sentence: why the verdict is what it is. */
  reason: localizedSchema,
});
export type OutcomePair = z.infer<typeof pairSchema>;

/**
 * The pairs' cross-references and rules, within the whole file's check: every figure and caveat
 * named exists, and a verdict that is not the source's own says what it rests on.
 */
export function checkPairs(
  pairs: readonly OutcomePair[],
  { figureIds, caveatIds }: { figureIds: ReadonlySet<string>; caveatIds: ReadonlySet<string> },
  check: ReturnType<typeof crossChecks>['check'],
): void {
  pairs.forEach((p, i) => {
    p.target.forEach((t, j) => {
      if ('figure' in t)
        check(figureIds.has(t.figure), ['pairs', i, 'target', j, 'figure'], `unknown figure "${t.figure}"`);
    });
    p.outcomes.forEach((o, j) =>
      check(figureIds.has(o.figure), ['pairs', i, 'outcomes', j, 'figure'], `unknown figure "${o.figure}"`),
    );
    p.caveats.forEach((c, j) => check(caveatIds.has(c), ['pairs', i, 'caveats', j], `unknown caveat "${c}"`));
    const earlier = p.basis === 'earlier-figure';
    const needsBasis = p.outcomes.some(
      (o) =>
        (o.relation === 'same-measure' && o.sourceVerdict !== 'met' && o.sourceVerdict !== 'not-reached') ||
        (o.relation === 'scope-differs' && o.missedAcrossScopes === true),
    );
    p.outcomes.forEach((o, j) => {
      // An earlier figure is no target: comparing with it is never a verdict on one.
      if (o.relation === 'same-measure')
        check(
          earlier === (o.sourceVerdict === 'none'),
          ['pairs', i, 'outcomes', j, 'sourceVerdict'],
          earlier
            ? 'a pair on an earlier figure has no verdict ("none")'
            : 'a target’s same-measure figure says whether it was met',
        );
      if (o.relation === 'scope-differs' && o.missedAcrossScopes)
        check(!earlier, ['pairs', i, 'outcomes', j], 'an earlier figure cannot be missed');
    });
    check(
      needsBasis === (p.verdictBasis !== null),
      ['pairs', i, 'verdictBasis'],
      needsBasis
        ? 'a verdict that is not the source’s own says what it rests on'
        : 'only a verdict that is not the source’s own has a verdictBasis',
    );
    check(
      p.target.length > 0 || p.targetNote !== null,
      ['pairs', i, 'targetNote'],
      'a pair without a target figure says why in its targetNote',
    );
  });
}
