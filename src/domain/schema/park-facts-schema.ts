import * as z from 'zod/mini';
import { crossChecks } from './schema-checks';
import { isoDateSchema, localizedSchema, nonEmpty, plainText } from './schema-primitives';

/**
 * The park-facts file (public/data/zhaoqing-parks.json): sourced facts per park and connectivity
 * facts, from docs/facts/zhaoqing-parks-connectivity.md — sources PS-01…, park facts P-01…,
 * connectivity facts K-01…, caveats KC-01… and what was looked for and not found. Parsed at the
 * boundary like the other files; every type the app uses is derived from here.
 */

const sourceIdSchema = z.string().check(z.regex(/^PS-\d{2}$/, 'expected a source id like PS-01'));
const parkFactIdSchema = z.string().check(z.regex(/^P-\d{2}$/, 'expected a park-fact id like P-01'));
const linkFactIdSchema = z.string().check(z.regex(/^K-\d{2}$/, 'expected a connectivity id like K-01'));
const factRefSchema = z.string().check(z.regex(/^(P|K)-\d{2}$/, 'expected a fact id like P-01 or K-01'));
const caveatIdSchema = z.string().check(z.regex(/^KC-\d{2}$/, 'expected a caveat id like KC-01'));
const parkIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a park id'));
const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

/** As in the facts file: `medium-low` is its "low–medium" (shown as low wherever a cell is short). */
export const PARK_FACT_CONFIDENCES = ['high', 'medium', 'medium-low', 'low'] as const;
export type ParkFactConfidence = (typeof PARK_FACT_CONFIDENCES)[number];

/**
 * The words of the facts file's qualifier column, one token each: "about / exact" is two. `as-stated`
 * = the source's own wording, kept; `class` = a class label (3亿吨级), never an amount; `aspiration`
 * = a wish the source states, not a fact achieved.
 */
export const FACT_QUALIFIERS = [
  'exact',
  'about',
  'more-than',
  'nearly',
  'as-stated',
  'qualitative',
  'planned',
  'target',
  'expected',
  'range',
  'class',
  'aspiration',
] as const;
export type FactQualifier = (typeof FACT_QUALIFIERS)[number];

/** What a park fact is about (a row may be about two: "level, year"). */
export const PARK_FACT_FIELDS = [
  'level',
  'established',
  'area',
  'land',
  'industries',
  'firms',
  'infrastructure',
  'designation',
  'contact',
  'travel',
  'port',
  'distance',
  'location',
  'target',
] as const;
export type ParkFactField = (typeof PARK_FACT_FIELDS)[number];

export const LINK_MODES = ['rail', 'road', 'airport', 'port', 'summary'] as const;
export type LinkMode = (typeof LINK_MODES)[number];

const titleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('original'),
    /** The page's own title, in its own script; stored without 《》 or the quotation marks around it. */
    text: nonEmpty.check(z.regex(/^[^《》]*$/, 'store the title without 《》: the page adds them')),
    lang: z.enum(['zh-Hans', 'zh-Hant', 'en']),
  }),
  z.object({ kind: z.literal('description'), text: localizedSchema }),
]);

export const parkSourceSchema = z.object({
  id: sourceIdSchema,
  outlet: localizedSchema,
  title: titleSchema,
  /** The date as far as it is known; null when the page shows none. */
  date: z.nullable(isoDateSchema),
  /** The facts file's date column, word for word. */
  dateStated: nonEmpty,
  /** How the date is hedged, in three scripts; null when the date is plain. */
  dateNote: z.nullable(localizedSchema),
  /** The address as read. */
  urls: z.array(httpUrl).check(z.minLength(1)),
  /** On the outlet's own site, a mirror, a repost, an aggregator or directory, or self-media. */
  via: z.enum(['original', 'mirror', 'repost', 'aggregator', 'directory', 'self-media']),
  note: z.nullable(localizedSchema),
});
export type ParkSource = z.infer<typeof parkSourceSchema>;

/** What every fact carries, park or connectivity: the discipline of the other files. */
const factFields = {
  /** The fact in three scripts (a translation of the facts file's column, no conversion). */
  text: localizedSchema,
  qualifiers: z.array(z.enum(FACT_QUALIFIERS)).check(z.minLength(1)),
  /** The facts file's "period / as of", as worded (en word for word), in three scripts. */
  period: localizedSchema,
  /**
   * The source's own words, as quoted in the facts file (Chinese, or English where `quoteLang` is
   * en); null only for a pointer to other rows (K-28: "see P-11, P-12").
   */
  quote: z.nullable(nonEmpty),
  quoteLang: z.enum(['zh-Hans', 'zh-Hant', 'en']),
  sources: z.array(sourceIdSchema).check(z.minLength(1)),
  confidence: z.enum(PARK_FACT_CONFIDENCES),
  /** The scope note, in three scripts; null where the facts file has none. */
  note: z.nullable(localizedSchema),
  /** A planned thing (a line not yet open, the hub airport, planned investment). */
  planned: z.boolean(),
};

export const parkFactSchema = z.object({
  id: parkFactIdSchema,
  /**
   * `park`: a fact of the parks in `parks`; `city`: city-wide framing; `context`: a neighbouring
   * place that is none of the app's parks (never shown as a park's fact).
   */
  scope: z.enum(['park', 'city', 'context']),
  parks: z.array(parkIdSchema),
  fields: z.array(z.enum(PARK_FACT_FIELDS)).check(z.minLength(1)),
  /** Why the fact is taken to be about the park when no source says so (KC-04, KC-19); else null. */
  inferred: z.nullable(localizedSchema),
  /**
   * What an area or land figure is of ("industry-city planning area (2022), not the park's area",
   * KC-01–04): set exactly for the facts about area or land, so figures of different scope are
   * never read as one park's area.
   */
  areaOf: z.nullable(localizedSchema),
  ...factFields,
});
export type ParkFact = z.infer<typeof parkFactSchema>;

export const linkFactSchema = z.object({
  id: linkFactIdSchema,
  mode: z.enum(LINK_MODES),
  /** The line, station, port or airport, in three scripts. */
  item: localizedSchema,
  /** The parks the facts file ties it to (大旺 station ↔ the High-tech Zone); empty = city-level. */
  parks: z.array(parkIdSchema),
  ...factFields,
});
export type LinkFact = z.infer<typeof linkFactSchema>;

export const parkCaveatSchema = z.object({
  id: caveatIdSchema,
  title: localizedSchema,
  text: localizedSchema,
  /** The P- and K- facts it applies to. */
  facts: z.array(factRefSchema),
});
export type ParkCaveat = z.infer<typeof parkCaveatSchema>;

/** "Looked for, not found": per park (empty = city-level) and field. */
export const notFoundSchema = z.object({
  id: z.string().check(z.regex(/^NF-\d{2}$/, 'expected an id like NF-01')),
  parks: z.array(parkIdSchema),
  fields: z.array(z.enum(PARK_FACT_FIELDS)),
  text: localizedSchema,
});
export type NotFound = z.infer<typeof notFoundSchema>;

export const parkFactsSchema = z
  .object({
    meta: z.object({ schemaVersion: z.literal(1), compiledFrom: plainText }),
    sources: z.array(parkSourceSchema).check(z.minLength(1)),
    parkFacts: z.array(parkFactSchema).check(z.minLength(1)),
    linkFacts: z.array(linkFactSchema),
    caveats: z.array(parkCaveatSchema),
    notFound: z.array(notFoundSchema),
  })
  .check(
    z.superRefine((d, ctx) => {
      const { check, unique } = crossChecks(ctx);
      unique(
        d.sources.map((s) => s.id),
        'sources',
      );
      unique(
        d.parkFacts.map((f) => f.id),
        'parkFacts',
      );
      unique(
        d.linkFacts.map((f) => f.id),
        'linkFacts',
      );
      unique(
        d.caveats.map((c) => c.id),
        'caveats',
      );
      const sourceIds = new Set(d.sources.map((s) => s.id));
      const factIds = new Set([...d.parkFacts.map((f) => f.id), ...d.linkFacts.map((f) => f.id)]);
      const checkSources = (ids: readonly string[], path: (string | number)[]) =>
        ids.forEach((id, j) => check(sourceIds.has(id), [...path, j], `unknown source "${id}"`));
      d.parkFacts.forEach((f, i) => {
        checkSources(f.sources, ['parkFacts', i, 'sources']);
        // A city-wide or neighbouring fact is never attached to a park (P-37, P-40, P-46, P-47).
        check(
          (f.scope === 'park') === f.parks.length > 0,
          ['parkFacts', i, 'parks'],
          f.scope === 'park' ? 'a park fact names its parks' : `a ${f.scope} fact names no park`,
        );
        const areal = f.fields.includes('area') || f.fields.includes('land');
        check(
          areal === (f.areaOf !== null),
          ['parkFacts', i, 'areaOf'],
          areal ? 'an area or land fact says what it is the area of' : 'only an area or land fact has areaOf',
        );
      });
      d.linkFacts.forEach((f, i) => checkSources(f.sources, ['linkFacts', i, 'sources']));
      d.caveats.forEach((c, i) =>
        c.facts.forEach((id, j) =>
          check(factIds.has(id), ['caveats', i, 'facts', j], `unknown fact "${id}"`),
        ),
      );
    }),
  );
export type ParkFacts = z.infer<typeof parkFactsSchema>;

export { unknownParkIds } from './park-facts-check';
