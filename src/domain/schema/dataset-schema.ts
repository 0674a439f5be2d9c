import * as z from 'zod/mini';
import { indicatorSchema, QUALIFIERS, secondaryFactSchema, UNITS } from './indicator-schema';
import { crossChecks } from './schema-checks';
import { checkLinkBases, linkBasisSchema, sectorBasisSchema } from './link-basis-schema';
import { locationSchema, type ParkLocation } from './location-schema';
import {
  divisionCodeSchema,
  idSchema,
  isoDateSchema,
  localizedSchema,
  nonEmpty,
  sourceIds,
} from './schema-primitives';
import { LANGS, SECTOR_GROUPS } from './vocabulary';

export { LANGS, SECTOR_GROUPS };
export type { Lang, SectorGroup } from './vocabulary';

export { localizedSchema, locationSchema };
export type { Localized } from './schema-primitives';
export type { ParkLocation } from './location-schema';

// The figures (indicators and secondary facts) are indicator-schema.ts's, exported from here too.
export { indicatorSchema, QUALIFIERS, secondaryFactSchema, UNITS };
export type { Indicator, Qualifier, SecondaryFact, Unit } from './indicator-schema';

/**
 * The dataset contract. The JSON in public/data is parsed with this schema at the
 * boundary, so every type the app uses is derived from here (z.infer), never cast.
 */

export const sourceSchema = z.object({
  id: z.string().check(z.regex(/^[A-Z][A-Za-z0-9-]*$/)),
  outlet: localizedSchema,
  /**
   * `original`: `title` is the piece's own headline, in its original language (not translated);
   * `description`: the piece has no known headline and `title`/`titleGloss` describe it in our words.
   */
  titleKind: z.enum(['original', 'description']),
  /** The title in its original language (not translated), or our description (see titleKind). */
  title: nonEmpty,
  /** A translated gloss of the title, for readers of the other scripts. */
  titleGloss: localizedSchema,
  /** null where the source carries no date (e.g. an undated web page). */
  date: z.nullable(isoDateSchema),
  /** How the date is hedged (「约2025年4—5月」), printed beside it wherever it is; as in the follow-up file. */
  dateNote: z.optional(z.nullable(localizedSchema)),
  /** Rendered as a link: http(s) only, never `javascript:`, `data:` or any other scheme. */
  url: z.nullable(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' })),
  /** Primary = the seed press text; secondary = other published material (X facts). */
  tier: z.enum(['primary', 'secondary']),
  confidence: z.enum(['high', 'medium', 'low']),
});
export type Source = z.infer<typeof sourceSchema>;

export const sectorSchema = z.object({
  id: idSchema,
  name: localizedSchema,
  group: z.enum(SECTOR_GROUPS),
  color: z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'expected a #rrggbb colour')),
});
export type Sector = z.infer<typeof sectorSchema>;

/** A statement with the sources that make it; `fact` names its row in docs/facts/ (F01, X03…). */
export const claimSchema = z.object({
  text: localizedSchema,
  sources: sourceIds,
  fact: z.optional(z.string().check(z.regex(/^[FX]\d{2}$/))),
  /**
   * The claim states an inference of this map's (Dawang park inside the High-tech Zone), not what a
   * source says: shown as an inference of low confidence, its fact as the basis, never as the source.
   */
  inference: z.optional(z.literal(true)),
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
  /** The basis of each sector link: stated (quote, source) or inferred (reason). */
  sectorBasis: sectorBasisSchema,
  location: locationSchema,
  claims: z.array(claimSchema).check(z.minLength(1)),
  /** True when the park itself is known only from secondary material (X facts). */
  secondary: z.boolean(),
});
export type Park = z.infer<typeof parkSchema>;

export const entitySchema = z.object({
  id: idSchema,
  name: localizedSchema,
  /** `unspecified`: the source does not say whether it is a firm, a brand or a place. */
  kind: z.enum(['enterprise', 'project', 'lab', 'place', 'unspecified']),
  sectors: z.array(idSchema),
  sectorBasis: sectorBasisSchema,
  division: z.nullable(divisionCodeSchema),
  park: z.nullable(idSchema),
  /** The basis of the park link; null exactly when `park` is. */
  parkBasis: z.nullable(linkBasisSchema),
  location: locationSchema,
  /** Dated events; `fact` names a later (follow-up, Y…) fact where one is the source. */
  events: z.array(
    z.object({
      date: isoDateSchema,
      text: localizedSchema,
      sources: sourceIds,
      fact: z.optional(z.string().check(z.regex(/^Y\d{2}$/))),
    }),
  ),
  claims: z.array(claimSchema),
});
export type Entity = z.infer<typeof entitySchema>;

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
      const { check, unique } = crossChecks(ctx);
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
        if (loc.precision === 'within')
          check(parkIds.has(loc.parent), [...path, 'parent'], `unknown park "${loc.parent}"`);
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
      checkLinkBases(d, sourceIds, check);
    }),
  );
export type Dataset = z.infer<typeof datasetSchema>;
