import * as z from 'zod/mini';
import {
  idSchema,
  isoDateSchema,
  localizedSchema,
  nonEmpty,
  plainText,
  sourceIds,
} from './schema-primitives';

/**
 * The dataset's figures (dataset-schema.ts holds the file): each indicator with its value exactly as
 * worded (its qualifier and unit), whether it is a target, its period and its quote; and the
 * secondary facts, statements without a figure of their own.
 */

/**
 * `level`: a class of size ("千亿级", a 100-bn-class cluster), a threshold, never an amount;
 * `nearly`: 近; `approaching`: 接近 (just under); `none`: the fact has no number (F23).
 */
export const QUALIFIERS = [
  'exact',
  'more-than',
  'about',
  'nearly',
  'approaching',
  'share',
  'average',
  'level',
  'none',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const UNITS = [
  'cny-100m',
  'percent',
  'times',
  'mu',
  'days',
  'enterprises',
  'projects',
  'events',
  'parks',
  'fraction',
  'none',
] as const;
export type Unit = (typeof UNITS)[number];

export const indicatorSchema = z
  .object({
    id: idSchema,
    /** The facts-file id this figure comes from (F01…F23). */
    fact: z.string().check(z.regex(/^F\d{2}$/)),
    label: localizedSchema,
    /** null where the fact carries no number (e.g. F23, a listing). */
    value: z.nullable(z.number()),
    /** For shares stated as a fraction (F07: 1/6). */
    ratio: z.optional(z.tuple([z.int().check(z.positive()), z.int().check(z.positive())])),
    unit: z.enum(UNITS),
    qualifier: z.enum(QUALIFIERS),
    kind: z.enum(['actual', 'target']),
    /** The year or period as stated; null when the source gives none (e.g. cluster goals). */
    period: z.nullable(plainText),
    /** The period in the source's own words, where it gives no years ("近4年", "去年以来"). */
    periodWords: z.optional(localizedSchema),
    /** Sector ids; empty means city-wide. */
    sectors: z.array(idSchema),
    /** Set when the figure belongs to one park (F19: the agglomeration zone's city-managed area). */
    park: z.nullable(idSchema),
    quote: nonEmpty,
    sources: sourceIds,
  })
  .check(
    z.refine((i) => i.unit !== 'fraction' || i.ratio !== undefined, {
      message: 'a fraction needs its ratio',
      path: ['ratio'],
    }),
  );
export type Indicator = z.infer<typeof indicatorSchema>;

export const secondaryFactSchema = z.object({
  id: z.string().check(z.regex(/^X\d{2}$/)),
  text: localizedSchema,
  /** Shown as a date (formatDate), so it is one. */
  asOf: z.nullable(isoDateSchema),
  sources: sourceIds,
  confidence: z.enum(['high', 'medium', 'low']),
});
export type SecondaryFact = z.infer<typeof secondaryFactSchema>;
