import * as z from 'zod/mini';

/**
 * The basis of a link: why the dataset says a park (or a firm) belongs to a sector, or a firm to a
 * park. `stated`: a source says so, in the words of `quote` (null where only docs/facts/'s summary
 * of a secondary source is on file; `fact` then names it). `inferred`: the dataset
 * concludes it, for the `reason` given (in three scripts), from the `sources` named.
 *
 * Self-contained (no import of dataset-schema.ts, which imports this module).
 */

// The same refusal of control and bidi-override characters as the dataset's free text.
const plainText = z.string().check(
  z.regex(
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]*$/,
    'control and bidi-override characters (U+202A–U+202E, U+2066–U+2069) are not allowed',
  ),
);
const nonEmpty = plainText.check(z.trim(), z.minLength(1));
const reasonSchema = z.object({ 'zh-Hans': nonEmpty, 'zh-Hant': nonEmpty, en: nonEmpty });

export const linkBasisSchema = z.discriminatedUnion('basis', [
  z.object({
    basis: z.literal('stated'),
    /** The source's own words (Simplified script), or null where only a summary is on file. */
    quote: z.nullable(nonEmpty),
    sources: z.array(plainText).check(z.minLength(1)),
    fact: z.optional(z.string().check(z.regex(/^[FXY]\d{2}$/))),
  }),
  z.object({
    basis: z.literal('inferred'),
    reason: reasonSchema,
    /** What the inference rests on (may be empty). */
    sources: z.array(plainText),
  }),
]);
export type LinkBasis = z.infer<typeof linkBasisSchema>;

/** Per sector id of the item's `sectors`, its basis. */
export const sectorBasisSchema = z.record(z.string(), linkBasisSchema);
export type SectorBasis = z.infer<typeof sectorBasisSchema>;

interface Linked {
  sectors: readonly string[];
  sectorBasis: SectorBasis;
}

type Check = (ok: boolean, path: (string | number)[], message: string) => void;

/**
 * Cross-checks of the links of parks and entities: every sector link has exactly one basis (no
 * basis for a sector the item does not list), a firm's park link has a basis exactly when it has a
 * park, and every source a basis names exists.
 */
export function checkLinkBases(
  d: {
    parks: readonly Linked[];
    entities: readonly (Linked & { park: string | null; parkBasis: LinkBasis | null })[];
  },
  sourceIds: ReadonlySet<string>,
  check: Check,
): void {
  const checkBasis = (b: LinkBasis, path: (string | number)[]) =>
    b.sources.forEach((id, i) => check(sourceIds.has(id), [...path, 'sources', i], `unknown source "${id}"`));
  const checkSectors = (item: Linked, path: (string | number)[]) => {
    for (const s of item.sectors)
      check(
        Object.hasOwn(item.sectorBasis, s),
        [...path, 'sectorBasis'],
        `sector "${s}" has no basis (stated or inferred)`,
      );
    for (const [s, b] of Object.entries(item.sectorBasis)) {
      check(item.sectors.includes(s), [...path, 'sectorBasis', s], `basis for a sector not listed: "${s}"`);
      checkBasis(b, [...path, 'sectorBasis', s]);
    }
  };
  d.parks.forEach((p, i) => checkSectors(p, ['parks', i]));
  d.entities.forEach((e, i) => {
    checkSectors(e, ['entities', i]);
    check(
      (e.park === null) === (e.parkBasis === null),
      ['entities', i, 'parkBasis'],
      e.park === null ? 'a basis for a park link that does not exist' : 'the park link has no basis',
    );
    if (e.parkBasis) checkBasis(e.parkBasis, ['entities', i, 'parkBasis']);
  });
}
