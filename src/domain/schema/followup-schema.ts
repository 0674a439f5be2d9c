import * as z from 'zod/mini';
import { caveatIdSchema, factIdSchema, figureIdSchema, slugSchema, sourceIdSchema } from './followup-ids';
import { checkPairs, pairSchema } from './outcome-pair-schema';
import { crossChecks } from './schema-checks';
import { isoDateSchema, localizedSchema, nonEmpty, plainText } from './schema-primitives';

/**
 * The follow-up file (public/data/zhaoqing-followup.json): what later sources (2024–2026) say,
 * from docs/facts/zhaoqing-followup.md — facts Y01–Y58, sources YS01–YS24, caveats C1–C16
 * and the target → outcome pairs. Parsed at the boundary like the main dataset; every type the
 * app uses is derived from here. The target → outcome pairs are outcome-pair-schema.ts's.
 */

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

export const CONFIDENCES = ['high', 'medium', 'medium-low', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * A title is either the article's own (the facts file gives it in 《》; stored without the
 * brackets, which the page adds) or a description we wrote, which is never shown as a title.
 */
const titleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('original'),
    text: nonEmpty.check(z.regex(/^[^《》]*$/, 'store the title without 《》: the page adds them')),
  }),
  z.object({ kind: z.literal('description'), text: localizedSchema }),
]);

export const followupSourceSchema = z.object({
  id: sourceIdSchema,
  outlet: localizedSchema,
  title: titleSchema,
  /** The date as far as it is known (the earliest where the note gives a range); null if none. */
  date: z.nullable(isoDateSchema),
  /** How the date is known: "about Oct–Nov 2024", "date of the event; repost undated"… */
  dateNote: z.nullable(localizedSchema),
  /** The addresses as read (a mirror's, where the article was read there). */
  urls: z.array(httpUrl),
  /** Read on the outlet's own site, on a mirror reproducing its path, or in a repost. */
  via: z.enum(['original', 'mirror', 'repost']),
  /** The original address a mirror's path points to: inferred, never checked. */
  inferredOriginal: z.nullable(httpUrl),
  note: z.nullable(localizedSchema),
  confidence: z.enum(CONFIDENCES),
});
export type FollowupSource = z.infer<typeof followupSourceSchema>;

/**
 * How a figure is worded. `approaching` = 迈向 (heading towards, not yet there); `nearly` = 近 / 接近
 * (just under); `reached` = 已达 (has reached: a floor, not an estimate); `at-least` = …以上; `tier` = a class label (千亿级 / 五百亿级), never a value;
 * `qualitative` = a statement without a number; `not-found` = looked for, not in the sources.
 */
export const FOLLOWUP_QUALIFIERS = [
  'exact',
  'more-than',
  'at-least',
  'nearly',
  'about',
  'reached',
  'approaching',
  'tier',
  'qualitative',
  'not-found',
] as const;
export type FollowupQualifier = (typeof FOLLOWUP_QUALIFIERS)[number];

export const FOLLOWUP_UNITS = [
  'cny-100m',
  'yuan',
  'percent',
  'persons-10k',
  'vehicles',
  'gwh',
  'projects',
  'none',
] as const;
export type FollowupUnit = (typeof FOLLOWUP_UNITS)[number];

/** 千亿级 (100-bn-yuan class) and 五百亿级 (50-bn-yuan class). */
export const CLUSTER_TIERS = ['100bn', '50bn'] as const;
export type ClusterTier = (typeof CLUSTER_TIERS)[number];

const NO_VALUE: readonly FollowupQualifier[] = ['tier', 'qualitative', 'not-found'];

export const followupFigureSchema = z
  .object({
    id: figureIdSchema,
    label: localizedSchema,
    value: z.nullable(z.number()),
    unit: z.enum(FOLLOWUP_UNITS),
    qualifier: z.enum(FOLLOWUP_QUALIFIERS),
    kind: z.enum(['actual', 'target', 'expected']),
    /** Absent: the fact's period. null: the source states no year for this figure (C5). */
    period: z.optional(z.nullable(localizedSchema)),
    tier: z.optional(z.enum(CLUSTER_TIERS)),
  })
  .check(
    z.superRefine((f, ctx) => {
      const noValue = NO_VALUE.includes(f.qualifier);
      // A tier is a label (C4), a qualitative line has no number, and nothing found has none either.
      if (noValue && f.value !== null)
        ctx.addIssue({ code: 'custom', path: ['value'], message: `a ${f.qualifier} figure has no value` });
      if (!noValue && f.value === null)
        ctx.addIssue({ code: 'custom', path: ['value'], message: `a ${f.qualifier} figure needs a value` });
      if ((f.qualifier === 'tier') !== (f.tier !== undefined))
        ctx.addIssue({
          code: 'custom',
          path: ['tier'],
          message: 'a tier figure, and only one, names its tier',
        });
    }),
  );
export type FollowupFigure = z.infer<typeof followupFigureSchema>;

export const followupFactSchema = z
  .object({
    id: factIdSchema,
    topic: z.enum(['city', 'nev', 'storage', 'electronics', 'other', 'investment', 'parks', 'targets']),
    /** Sector ids of the main dataset; empty = city-wide or no sector. */
    sectors: z.array(slugSchema),
    summary: localizedSchema,
    /** At least one; the first is the fact's own figure. */
    figures: z.array(followupFigureSchema).check(z.minLength(1)),
    /** As the source words it; null: the source states no year (C5). */
    period: z.nullable(localizedSchema),
    /** When a source stated an undated figure (shown as "stated …"). */
    statedOn: z.nullable(isoDateSchema),
    /** The year is inferred by the compiler, not printed in the source (Y10). */
    periodInferred: z.boolean(),
    /** The source's words in Chinese; null only for a "not found" row. */
    quote: z.nullable(nonEmpty),
    scope: localizedSchema,
    sources: z.array(sourceIdSchema),
    confidence: z.nullable(z.enum(CONFIDENCES)),
  })
  .check(
    z.superRefine((f, ctx) => {
      const notFound = f.figures.every((g) => g.qualifier === 'not-found');
      if (notFound) return;
      if (f.quote === null)
        ctx.addIssue({ code: 'custom', path: ['quote'], message: 'a fact needs its quote' });
      if (f.sources.length === 0)
        ctx.addIssue({ code: 'custom', path: ['sources'], message: 'a fact needs at least one source' });
      if (f.confidence === null)
        ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'a fact needs its confidence' });
    }),
  );
export type FollowupFact = z.infer<typeof followupFactSchema>;

export const caveatSchema = z.object({
  id: caveatIdSchema,
  title: localizedSchema,
  text: localizedSchema,
  facts: z.array(factIdSchema),
});
export type Caveat = z.infer<typeof caveatSchema>;

export const unpublishedSchema = z.object({
  id: slugSchema,
  text: localizedSchema,
  facts: z.array(factIdSchema),
});
export type Unpublished = z.infer<typeof unpublishedSchema>;

export const followupSchema = z
  .object({
    meta: z.object({ schemaVersion: z.literal(1), compiledFrom: plainText }),
    sources: z.array(followupSourceSchema).check(z.minLength(1)),
    facts: z.array(followupFactSchema).check(z.minLength(1)),
    caveats: z.array(caveatSchema),
    unpublished: z.array(unpublishedSchema),
    pairs: z.array(pairSchema),
  })
  .check(
    z.superRefine((d, ctx) => {
      const { check, unique } = crossChecks(ctx);
      unique(
        d.sources.map((s) => s.id),
        'sources',
      );
      unique(
        d.facts.map((f) => f.id),
        'facts',
      );
      unique(
        d.caveats.map((c) => c.id),
        'caveats',
      );
      unique(
        d.pairs.map((p) => p.id),
        'pairs',
      );
      const sourceIds = new Set(d.sources.map((s) => s.id));
      const factIds = new Set(d.facts.map((f) => f.id));
      const caveatIds = new Set(d.caveats.map((c) => c.id));
      const figureIds = new Set<string>();
      d.facts.forEach((f, i) => {
        f.sources.forEach((s, j) =>
          check(sourceIds.has(s), ['facts', i, 'sources', j], `unknown source "${s}"`),
        );
        f.figures.forEach((g, j) => {
          check(!figureIds.has(g.id), ['facts', i, 'figures', j, 'id'], `duplicate id "${g.id}"`);
          check(
            g.id.startsWith(`${f.id}-`),
            ['facts', i, 'figures', j, 'id'],
            `a figure id starts with its fact's`,
          );
          figureIds.add(g.id);
        });
      });
      const checkFacts = (ids: readonly string[], path: (string | number)[]) =>
        ids.forEach((id, j) => check(factIds.has(id), [...path, j], `unknown fact "${id}"`));
      d.caveats.forEach((c, i) => checkFacts(c.facts, ['caveats', i, 'facts']));
      d.unpublished.forEach((u, i) => checkFacts(u.facts, ['unpublished', i, 'facts']));
      checkPairs(d.pairs, { figureIds, caveatIds }, check);
    }),
  );
export type Followup = z.infer<typeof followupSchema>;
