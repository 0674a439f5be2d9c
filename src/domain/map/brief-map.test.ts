import { describe, expect, it } from 'vitest';
import { shippedDataset, shippedGeography } from '../../testing/shipped-data';
import { briefMap } from './brief-map';

describe('briefMap', () => {
  it('highlights the county of a park with a published extent and draws its extent, not approximate', () => {
    const map = briefMap(shippedGeography, shippedDataset, ['high-tech-zone']);
    const park = shippedDataset.parks.find((p) => p.id === 'high-tech-zone');
    expect(park?.location.precision).toBe('area');
    const division = park?.location.precision === 'area' ? park.location.division : '';
    expect(map.counties.filter((c) => c.highlighted).map((c) => c.code)).toEqual([division]);
    const [place] = map.places;
    expect(place).toMatchObject({
      parkId: 'high-tech-zone',
      number: 1,
      approximate: false,
      precision: 'area',
    });
    expect(place?.extent?.width).toBeGreaterThan(0);
    expect(place?.extent?.height).toBeGreaterThan(0);
    // Inside the frame of the outline.
    expect(place?.x).toBeGreaterThan(0);
    expect(place?.x).toBeLessThan(map.width);
    expect(place?.y).toBeGreaterThan(0);
    expect(place?.y).toBeLessThan(map.height);
  });

  it('marks a county-level park and one only known inside another park as approximate', () => {
    const map = briefMap(shippedGeography, shippedDataset, ['new-area', 'dawang-nev-park', 'huaiji-food']);
    expect(map.places.map((p) => [p.parkId, p.number, p.approximate])).toEqual([
      ['new-area', 1, true],
      ['dawang-nev-park', 2, true],
      ['huaiji-food', 3, true],
    ]);
    expect(map.places.every((p) => p.extent === null)).toBe(true);
    expect(map.counties.filter((c) => c.highlighted).length).toBeGreaterThanOrEqual(2);
  });

  it('sets apart parks that share an anchor, and lists a park it cannot place', () => {
    const map = briefMap(shippedGeography, shippedDataset, [
      'sihui-fine-chemicals',
      'sihui-polymer',
      'nowhere',
    ]);
    const [a, b] = map.places;
    expect(a && b && b.x - a.x).toBeGreaterThan(0);
    expect(a?.y).toBe(b?.y);
    expect(map.unplaced).toEqual(['nowhere']);
  });

  it('projects the label point of a county into its own outline box', () => {
    const map = briefMap(shippedGeography, shippedDataset, ['huaiji-food']);
    expect(map.width).toBeGreaterThan(0);
    expect(map.height).toBeGreaterThan(0);
    expect(map.counties.length).toBeGreaterThan(5);
  });
});
