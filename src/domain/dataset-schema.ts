import * as z from 'zod/mini';

/**
 * The dataset contract. The JSON in public/data is parsed with this schema at the
 * boundary, so every type the app uses is derived from here (z.infer), never cast.
 */

export const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Lang = (typeof LANGS)[number];

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

const idSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id'));
const divisionCodeSchema = z.string().check(z.regex(/^\d{6}$/, 'expected a six-digit admin code'));

export const sourceSchema = z.object({
  id: z.string().check(z.regex(/^[A-Z][A-Za-z0-9-]*$/)),
  outlet: localizedSchema,
  /** The title in its original language (not translated). */
  title: nonEmpty,
  /** A translated gloss of the title, for readers of the other scripts. */
  titleGloss: localizedSchema,
  /** null where the source carries no date (e.g. an undated web page). */
  date: z.nullable(isoDateSchema),
  /** Rendered as a link: http(s) only, never `javascript:`, `data:` or any other scheme. */
  url: z.nullable(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' })),
  /** Primary = the seed press text; secondary = other published material (X facts). */
  tier: z.enum(['primary', 'secondary']),
  confidence: z.enum(['high', 'medium', 'low']),
});
export type Source = z.infer<typeof sourceSchema>;

/** Ids of entries in `sources`: at least one. */
const sourceIds = z.array(plainText).check(z.minLength(1));

export const SECTOR_GROUPS = ['leading', 'characteristic', 'future'] as const;
export type SectorGroup = (typeof SECTOR_GROUPS)[number];

export const sectorSchema = z.object({
  id: idSchema,
  name: localizedSchema,
  group: z.enum(SECTOR_GROUPS),
  color: z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'expected a #rrggbb colour')),
});
export type Sector = z.infer<typeof sectorSchema>;

/** A statement with the sources that make it; `fact` links it to the facts file (F01, X03…). */
export const claimSchema = z.object({
  text: localizedSchema,
  sources: sourceIds,
  fact: z.optional(z.string().check(z.regex(/^[FX]\d{2}$/))),
});
export type Claim = z.infer<typeof claimSchema>;

export const BLOCKS = ['east', 'west'] as const;
export type Block = (typeof BLOCKS)[number];

export const divisionSchema = z.object({
  code: divisionCodeSchema,
  name: localizedSchema,
  block: z.enum(BLOCKS),
  /** 九通一平 (east) or 八通一平 (west), S4. */
  standard: z.enum(['nine-utilities', 'eight-utilities']),
  notes: z.array(claimSchema),
});
export type Division = z.infer<typeof divisionSchema>;

/**
 * How precisely a place is known. `area`: a published extent (bounds, S–W / N–E);
 * `county`: only the county-level division is known; `exact` only when a source gives the point.
 */
const latitude = z.number().check(z.gte(-90), z.lte(90));
const longitude = z.number().check(z.gte(-180), z.lte(180));
const latLng = z.tuple([latitude, longitude]);

export const locationSchema = z.discriminatedUnion('precision', [
  z.object({
    precision: z.literal('area'),
    division: divisionCodeSchema,
    bounds: z.tuple([latLng, latLng]),
    sources: sourceIds,
  }),
  z.object({
    precision: z.literal('county'),
    division: divisionCodeSchema,
    sources: sourceIds,
  }),
  z.object({
    precision: z.literal('exact'),
    division: divisionCodeSchema,
    lat: latitude,
    lng: longitude,
    sources: sourceIds,
  }),
  z.object({ precision: z.literal('unpublished') }),
]);
export type ParkLocation = z.infer<typeof locationSchema>;

export const TIERS = ['core', 'east', 'west'] as const;
export type Tier = (typeof TIERS)[number];

export const parkSchema = z.object({
  id: idSchema,
  name: localizedSchema,
  tier: z.enum(TIERS),
  /** `park`: a named park; `cluster`: a named SME industrial cluster (not a fenced park). */
  kind: z.enum(['park', 'cluster']),
  /** A park inside a core park (e.g. the Dawang NEV park inside the High-tech Zone). */
  parent: z.nullable(idSchema),
  sectors: z.array(idSchema),
  location: locationSchema,
  claims: z.array(claimSchema).check(z.minLength(1)),
  /** True when the park itself is known only from secondary material (X facts). */
  secondary: z.boolean(),
});
export type Park = z.infer<typeof parkSchema>;

export const entitySchema = z.object({
  id: idSchema,
  name: localizedSchema,
  kind: z.enum(['enterprise', 'project', 'lab', 'place']),
  sectors: z.array(idSchema),
  division: z.nullable(divisionCodeSchema),
  park: z.nullable(idSchema),
  location: locationSchema,
  events: z.array(z.object({ date: isoDateSchema, text: localizedSchema, sources: sourceIds })),
  claims: z.array(claimSchema),
});
export type Entity = z.infer<typeof entitySchema>;

/** `level`: a class of size ("千亿级", a 100-bn-class cluster); `none`: the fact has no number (F23). */
export const QUALIFIERS = [
  'exact',
  'more-than',
  'about',
  'nearly',
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

export const datasetSchema = z
  .object({
    meta: z.object({
      schemaVersion: z.literal(1),
      title: localizedSchema,
      asOf: isoDateSchema,
      city: localizedSchema,
    }),
    sources: z.array(sourceSchema).check(z.minLength(1)),
    sectors: z.array(sectorSchema).check(z.minLength(1)),
    divisions: z.array(divisionSchema).check(z.length(8)),
    parks: z.array(parkSchema).check(z.minLength(1)),
    entities: z.array(entitySchema),
    indicators: z.array(indicatorSchema).check(z.minLength(1)),
    secondaryFacts: z.array(secondaryFactSchema),
  })
  .check(
    z.superRefine((d, ctx) => {
      // Cross-references: every id a record points to must exist, so the UI never shows a dangling link.
      const sourceIds = new Set(d.sources.map((s) => s.id));
      const sectorIds = new Set(d.sectors.map((s) => s.id));
      const codes = new Set(d.divisions.map((v) => v.code));
      const parkIds = new Set(d.parks.map((p) => p.id));
      const check = (ok: boolean, path: (string | number)[], message: string) => {
        if (!ok) ctx.addIssue({ code: 'custom', path, message });
      };
      // Duplicates first: a repeated id also makes references to it look dangling further down.
      const unique = (ids: string[], path: string, key = 'id') => {
        const seen = new Set<string>();
        ids.forEach((id, i) => {
          check(!seen.has(id), [path, i, key], `duplicate ${key} "${id}"`);
          seen.add(id);
        });
      };
      unique(
        d.sources.map((s) => s.id),
        'sources',
      );
      unique(
        d.divisions.map((v) => v.code),
        'divisions',
        'code',
      );
      unique(
        d.secondaryFacts.map((x) => x.id),
        'secondaryFacts',
      );
      unique(
        d.parks.map((p) => p.id),
        'parks',
      );
      unique(
        d.entities.map((e) => e.id),
        'entities',
      );
      unique(
        d.indicators.map((x) => x.id),
        'indicators',
      );
      unique(
        d.sectors.map((x) => x.id),
        'sectors',
      );
      const checkSources = (ids: readonly string[], path: (string | number)[]) =>
        ids.forEach((id, i) => check(sourceIds.has(id), [...path, i], `unknown source "${id}"`));
      const checkLocation = (loc: ParkLocation, path: (string | number)[]) => {
        if (loc.precision === 'unpublished') return;
        check(codes.has(loc.division), [...path, 'division'], `unknown division "${loc.division}"`);
        checkSources(loc.sources, [...path, 'sources']);
      };
      d.parks.forEach((p, i) => {
        p.sectors.forEach((s, j) =>
          check(sectorIds.has(s), ['parks', i, 'sectors', j], `unknown sector "${s}"`),
        );
        check(
          p.parent === null || parkIds.has(p.parent),
          ['parks', i, 'parent'],
          `unknown park "${p.parent}"`,
        );
        checkLocation(p.location, ['parks', i, 'location']);
        p.claims.forEach((c, j) => checkSources(c.sources, ['parks', i, 'claims', j, 'sources']));
      });
      d.entities.forEach((e, i) => {
        e.sectors.forEach((s, j) =>
          check(sectorIds.has(s), ['entities', i, 'sectors', j], `unknown sector "${s}"`),
        );
        check(e.park === null || parkIds.has(e.park), ['entities', i, 'park'], `unknown park "${e.park}"`);
        check(e.division === null || codes.has(e.division), ['entities', i, 'division'], `unknown division`);
        // Two places for one fact must agree, or the map and the county panel would disagree.
        check(
          e.division === null || e.location.precision === 'unpublished' || e.division === e.location.division,
          ['entities', i, 'division'],
          `division differs from its location's division`,
        );
        checkLocation(e.location, ['entities', i, 'location']);
        e.events.forEach((ev, j) => checkSources(ev.sources, ['entities', i, 'events', j, 'sources']));
        e.claims.forEach((c, j) => checkSources(c.sources, ['entities', i, 'claims', j, 'sources']));
      });
      d.divisions.forEach((v, i) =>
        v.notes.forEach((c, j) => checkSources(c.sources, ['divisions', i, 'notes', j, 'sources'])),
      );
      d.indicators.forEach((ind, i) => {
        ind.sectors.forEach((s, j) =>
          check(sectorIds.has(s), ['indicators', i, 'sectors', j], `unknown sector "${s}"`),
        );
        check(
          ind.park === null || parkIds.has(ind.park),
          ['indicators', i, 'park'],
          `unknown park "${ind.park}"`,
        );
        checkSources(ind.sources, ['indicators', i, 'sources']);
      });
      d.secondaryFacts.forEach((x, i) => checkSources(x.sources, ['secondaryFacts', i, 'sources']));
    }),
  );
export type Dataset = z.infer<typeof datasetSchema>;
