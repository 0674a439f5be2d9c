import * as z from 'zod/mini';

/** The building blocks the dataset schema and its parts share (dataset-schema.ts, location-schema.ts). */

/**
 * Free text is shown as text (never as HTML), but a few characters would still change what a reader
 * sees around it: bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the
 * text that follows them ("Trojan Source"), and control characters have no business in a name.
 */
export const plainText = z.string().check(
  z.regex(
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]*$/,
    'control and bidi-override characters (U+202A–U+202E, U+2066–U+2069) are not allowed',
  ),
);
export const nonEmpty = plainText.check(z.trim(), z.minLength(1));

/** A name or sentence in all three scripts; none may be left empty. */
export const localizedSchema = z.object({
  'zh-Hans': nonEmpty,
  'zh-Hant': nonEmpty,
  en: nonEmpty,
});
export type Localized = z.infer<typeof localizedSchema>;

export const isoDateSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
      'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
    ),
  );

export const idSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id'));
export const divisionCodeSchema = z.string().check(z.regex(/^\d{6}$/, 'expected a six-digit admin code'));

/** Ids of entries in `sources`: at least one. */
export const sourceIds = z.array(plainText).check(z.minLength(1));
