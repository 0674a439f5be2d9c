import { z } from 'zod';
import { localizedSchema } from './dataset-schema';

/** The embedded base map (public/geo/zhaoqing.json), written by scripts/build-geo.mjs. */

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4);
const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

export const geoFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  properties: z.object({
    code: z.string().regex(/^\d{6}$/),
    role: z.enum(['county', 'neighbour']),
    name: localizedSchema,
    labelPoint: position,
    gba: z.boolean().optional(),
  }),
  geometry: geometrySchema,
});
export type GeoFeature = z.infer<typeof geoFeatureSchema>;

export const geographySchema = z.object({
  type: z.literal('FeatureCollection'),
  meta: z.object({ source: z.string() }).loose(),
  features: z.array(geoFeatureSchema).min(8),
});
export type Geography = z.infer<typeof geographySchema>;
