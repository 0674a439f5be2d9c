import { describe, expect, it } from 'vitest';
import {
  citedSources,
  claimStanding,
  entitiesOfDivision,
  entitiesOfPark,
  formatDegrees,
  parkDirectory,
  parksInDivision,
  sourcesById,
} from './park-directory';
import { shippedDataset } from '../../testing/shipped-data';

const dataset = shippedDataset;
const byId = sourcesById(dataset);

describe('parkDirectory', () => {
  const dir = parkDirectory(dataset);

  it('lists the three core parks with the parks inside them', () => {
    expect(dir.core.map((c) => c.park.id)).toEqual(['agglomeration-zone', 'high-tech-zone', 'new-area']);
    expect(dir.core.find((c) => c.park.id === 'high-tech-zone')?.children.map((p) => p.id)).toEqual([
      'dawang-nev-park',
    ]);
  });

  it('groups the other parks by block and county, four counties each, and lists every park once', () => {
    expect(dir.blocks.map((b) => [b.block, b.counties.length])).toEqual([
      ['east', 4],
      ['west', 4],
    ]);
    const listed = [
      ...dir.core.flatMap((c) => [c.park.id, ...c.children.map((p) => p.id)]),
      ...dir.blocks.flatMap((b) => b.counties.flatMap((c) => c.parks.map((p) => p.id))),
      ...dir.unlocated.map((p) => p.id),
    ];
    expect([...listed].sort()).toEqual(dataset.parks.map((p) => p.id).sort());
    const sihui = dir.blocks[0]?.counties.find((c) => c.division.code === '441284');
    expect(sihui?.parks.map((p) => p.id)).toEqual([
      'sihui-fine-chemicals',
      'sihui-polymer',
      'sihui-electronics',
    ]);
  });

  it('finds every park in a county, core parks first', () => {
    expect(parksInDivision(dataset, '441203').map((p) => p.id)).toEqual([
      'agglomeration-zone',
      'new-area',
      'new-area-electronics-park',
      'dinghu-intelligent-equipment',
    ]);
  });

  it('finds the firms of a park and the firms of a county outside any park', () => {
    expect(entitiesOfPark(dataset, 'high-tech-zone').map((e) => e.id)).toEqual(['xpeng', 'catl-ruiqing']);
    expect(entitiesOfDivision(dataset, '441284').map((e) => e.id)).toEqual(['gcl']);
  });
});

describe('claimStanding', () => {
  it('marks a claim from the press text as primary and one from other material as secondary', () => {
    const htz = dataset.parks.find((p) => p.id === 'high-tech-zone');
    const [first] = htz?.claims ?? [];
    const x01 = htz?.claims.find((c) => c.fact === 'X01');
    if (!first || !x01) throw new Error('fixture');
    expect(claimStanding(dataset, byId, first)).toEqual({
      secondary: false,
      confidence: 'high',
      asOf: null,
      inference: false,
    });
    expect(claimStanding(dataset, byId, x01).secondary).toBe(true);
  });

  it('takes the weakest confidence, including that of the X fact (X04 is an inference)', () => {
    const x04 = dataset.parks
      .find((p) => p.id === 'agglomeration-zone')
      ?.claims.find((c) => c.fact === 'X04');
    if (!x04) throw new Error('fixture');
    expect(claimStanding(dataset, byId, x04).confidence).toBe('low');
  });

  it('tags a claim stating the map’s own inference as one, of low confidence, not as its high X01 (n5)', () => {
    const claim = dataset.parks.find((p) => p.id === 'dawang-nev-park')?.claims.find((c) => c.fact === 'X01');
    if (!claim) throw new Error('fixture');
    expect(claimStanding(dataset, byId, claim)).toEqual({
      secondary: false,
      confidence: 'low',
      asOf: null,
      inference: true,
    });
  });

  it('collects cited sources once, in order', () => {
    expect(citedSources([{ sources: ['S4', 'X-zqgx'] }, { sources: ['S4', 'S3'] }])).toEqual([
      'S4',
      'X-zqgx',
      'S3',
    ]);
  });
});

describe('formatDegrees', () => {
  it.each([
    [23.25, '23°15′'],
    [112.7833, '112°47′'],
    [112.8667, '112°52′'],
    [23.4, '23°24′'],
    [23, '23°'],
  ])('%d → %s', (v, s) => expect(formatDegrees(v)).toBe(s));
});
