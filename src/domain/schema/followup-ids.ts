import * as z from 'zod/mini';

// The follow-up file's ids (followup-schema.ts), shared with its pairs (outcome-pair-schema.ts).
export const sourceIdSchema = z.string().check(z.regex(/^YS\d{2}$/, 'expected a source id like YS01'));
export const factIdSchema = z.string().check(z.regex(/^Y\d{2}$/, 'expected a fact id like Y01'));
export const figureIdSchema = z
  .string()
  .check(z.regex(/^Y\d{2}-[a-z0-9-]+$/, 'expected a figure id like Y01-gdp'));
export const caveatIdSchema = z.string().check(z.regex(/^C\d{1,2}$/, 'expected a caveat id like C1'));
export const slugSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id'));
