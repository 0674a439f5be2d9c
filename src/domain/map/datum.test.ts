import { describe, expect, it } from 'vitest';
import type { GeoFeature } from '../schema/geo-schema';
import gcoord from 'gcoord';
import { boundsToDatum, featureToDatum, toDatum, type DatumShift } from './datum';

// What features/map/datum-shift.ts loads for a GCJ-02 base map.
const gcj02: DatumShift = ([lng, lat]) => gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);

/** Metres between two nearby points (equirectangular, fine at these distances). */
const metres = ([a, b]: [number, number], [c, d]: [number, number]) =>
  Math.hypot((c - a) * 111_320, (d - b) * 111_320 * Math.cos((a * Math.PI) / 180));

describe('toDatum', () => {
  const duanzhou: [number, number] = [23.0521, 112.4848];

  it('leaves WGS-84 and CGCS2000 (Tianditu) as they are (no shift)', () => {
    expect(toDatum(duanzhou, null)).toEqual(duanzhou);
  });

  it('shifts points onto a GCJ-02 base map by the few hundred metres docs/facts/zhaoqing-2024.md describes', () => {
    const moved = toDatum(duanzhou, gcj02);
    const shift = metres(duanzhou, moved);
    expect(shift).toBeGreaterThan(300);
    expect(shift).toBeLessThan(900);
    // In Guangdong the GCJ-02 grid lies east of WGS-84.
    expect(moved[1]).toBeGreaterThan(duanzhou[1]);
  });

  it('moves an extent and a county outline with the same shift', () => {
    const [sw] = boundsToDatum(
      [
        [23.25, 112.7833],
        [23.4, 112.8667],
      ],
      gcj02,
    );
    expect(metres([23.25, 112.7833], sw)).toBeGreaterThan(300);
    const feature: GeoFeature = {
      type: 'Feature',
      id: '441202',
      properties: {
        code: '441202',
        role: 'county',
        name: { 'zh-Hans': '端州区', 'zh-Hant': '端州區', en: 'Duanzhou District' },
        labelPoint: [112.4848, 23.0521],
      },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [112.4, 23],
            [112.5, 23],
            [112.5, 23.1],
            [112.4, 23],
          ],
        ],
      },
    };
    expect(featureToDatum(feature, null)).toBe(feature);
    const moved = featureToDatum(feature, gcj02);
    expect(moved.properties.labelPoint).toEqual([toDatum(duanzhou, gcj02)[1], toDatum(duanzhou, gcj02)[0]]);
    expect(moved.geometry.coordinates.flat(2).length).toBe(feature.geometry.coordinates.flat(2).length);
  });
});
