import * as z from 'zod/mini';
import { divisionCodeSchema, idSchema, localizedSchema, sourceIds } from './schema-primitives';

/**
 * How precisely a place is known. `area`: a published extent (bounds, S–W / N–E);
 * `within`: inside another park's published extent, its own position and extent not published
 * (the Dawang NEV park, XPeng and CATL inside the High-tech Zone); `county`: only the
 * county-level division is known; `exact` only when a source gives the point.
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
    precision: z.literal('within'),
    /** The park whose published extent holds it. */
    parent: idSchema,
    division: divisionCodeSchema,
    /** null when a source states the place is inside `parent`; else why we infer it. */
    inferredFrom: z.nullable(localizedSchema),
    sources: sourceIds,
  }),
  z.object({
    precision: z.literal('county'),
    division: divisionCodeSchema,
    sources: sourceIds,
    /**
     * Where "the sources give only the county" is not the whole truth: the place spans several
     * counties, the county is inferred, or a town is known but drawn at county level.
     */
    note: z.optional(localizedSchema),
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
