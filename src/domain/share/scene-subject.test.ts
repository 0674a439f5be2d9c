import { describe, expect, it } from 'vitest';
import { boundsOf, counties } from '../map/geo';
import { shippedDataset as dataset, shippedGeography as geography } from '../../testing/shipped-data';
import { sceneSubject, subjectArea } from './scene-subject';

const countyBounds = new Map(counties(geography).map((f) => [f.properties.code, boundsOf([f])]));
const codesOf = (block: 'east' | 'west') =>
  dataset.divisions.filter((d) => d.block === block).map((d) => d.code);

describe('what a scene is about on the map', () => {
  it('a park with a published extent is its extent; one inside it, that extent; else its county', () => {
    expect(sceneSubject({ kind: 'park', id: 'high-tech-zone' }, dataset)).toMatchObject({
      kind: 'extent',
      within: null,
    });
    expect(sceneSubject({ kind: 'park', id: 'dawang-nev-park' }, dataset)).toMatchObject({
      kind: 'extent',
      within: 'high-tech-zone',
    });
    const zone = dataset.parks.find((p) => p.id === 'agglomeration-zone');
    expect(zone?.location.precision).toBe('county');
    expect(sceneSubject({ kind: 'park', id: 'agglomeration-zone' }, dataset)).toEqual({
      kind: 'divisions',
      codes: [zone?.location.precision === 'county' ? zone.location.division : ''],
      why: 'park-county',
    });
  });

  it('a block is its four districts or counties; a sector, the counties that hold its matches', () => {
    expect(sceneSubject({ kind: 'block', block: 'east' }, dataset)).toEqual({
      kind: 'divisions',
      codes: codesOf('east'),
      why: 'block',
    });
    const storage = sceneSubject({ kind: 'sector', id: 'storage' }, dataset);
    expect(storage.kind).toBe('divisions');
    // Every county of a storage park or firm, and no other.
    const held = new Set(
      [...dataset.parks, ...dataset.entities]
        .filter((x) => x.sectors.includes('storage'))
        .flatMap((x) =>
          ('division' in x && x.division ? [x.division] : []).concat(
            x.location.precision === 'unpublished' ? [] : [x.location.division],
          ),
        ),
    );
    expect(new Set(storage.kind === 'divisions' ? storage.codes : [])).toEqual(held);
  });

  it('the overview and the key figures are the whole city', () => {
    expect(sceneSubject({ kind: 'overview' }, dataset)).toEqual({ kind: 'city' });
    expect(sceneSubject({ kind: 'figures' }, dataset)).toEqual({ kind: 'city' });
  });
});

describe('the map area that frames a subject', () => {
  it('gives an extent room around it, so that it fills about half the map', () => {
    const area = subjectArea(
      {
        kind: 'extent',
        bounds: [
          [23, 112],
          [23.2, 112.1],
        ],
        within: null,
      },
      countyBounds,
    );
    const want = { south: 22.9, west: 111.95, north: 23.3, east: 112.15 };
    for (const side of ['south', 'west', 'north', 'east'] as const)
      expect(area?.[side]).toBeCloseTo(want[side], 9);
  });

  it('frames counties with a small margin, and the city as all its counties', () => {
    const [[s, w], [n, e]] = countyBounds.get(codesOf('west')[0] ?? '') ?? [
      [0, 0],
      [0, 0],
    ];
    const one = subjectArea(
      { kind: 'divisions', codes: [codesOf('west')[0] ?? ''], why: 'county' },
      countyBounds,
    );
    expect(one?.south).toBeLessThan(s);
    expect(one?.north).toBeGreaterThan(n);
    expect(one?.west).toBeLessThan(w);
    expect(one?.east).toBeGreaterThan(e);
    const city = subjectArea({ kind: 'city' }, countyBounds);
    for (const [[cs, cw], [cn, ce]] of countyBounds.values()) {
      expect(city?.south).toBeLessThan(cs);
      expect(city?.north).toBeGreaterThan(cn);
      expect(city?.west).toBeLessThan(cw);
      expect(city?.east).toBeGreaterThan(ce);
    }
  });

  it('is null only when the geography has none of the counties', () => {
    expect(subjectArea({ kind: 'divisions', codes: ['999999'], why: 'county' }, countyBounds)).toBeNull();
  });
});
