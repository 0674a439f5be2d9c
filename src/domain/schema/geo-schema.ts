import * as z from 'zod/mini';
import { localizedSchema } from './dataset-schema';

/** The embedded base map (public/geo/zhaoqing.json), written by scripts/build-geo.mjs. */

const position = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
]);
type Position = [number, number];
const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) &&
  p.length === 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  p[0] >= -180 &&
  p[0] <= 180 &&
  p[1] >= -90 &&
  p[1] <= 90;
/**
 * One check per ring rather than a schema per vertex: the outlines hold thousands of positions, and
 * checking them one schema at a time was most of the start-up's parse time. The error still names
 * the ring (features[3].geometry.coordinates[0]).
 */
const ring = z.custom<Position[]>(
  (v) => Array.isArray(v) && v.length >= 4 && v.every(isPosition),
  'expected a closed ring of at least 4 [longitude, latitude] positions',
);
const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
  }),
]);

export const geoFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  properties: z.object({
    code: z.string().check(z.regex(/^\d{6}$/)),
    role: z.enum(['county', 'neighbour']),
    name: localizedSchema,
    labelPoint: position,
    gba: z.optional(z.boolean()),
  }),
  geometry: geometrySchema,
});
export type GeoFeature = z.infer<typeof geoFeatureSchema>;

export const geographySchema = z.object({
  type: z.literal('FeatureCollection'),
  meta: z.looseObject({ source: z.string() }),
  features: z.array(geoFeatureSchema).check(z.minLength(8)),
});
export type Geography = z.infer<typeof geographySchema>;
