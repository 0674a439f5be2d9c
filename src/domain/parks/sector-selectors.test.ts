import { describe, expect, it } from 'vitest';
import { SECTOR_GROUPS } from '../schema/dataset-schema';
import { divisionOf, entityDivision } from './park-directory';
import {
  matchesByDivision,
  matchingEntities,
  matchingParks,
  matchSummary,
  parkCountsBySector,
  sectorOrder,
  sectorsByGroup,
} from './sector-selectors';
import { shippedDataset } from '../../testing/shipped-data';

// The shipped dataset, so the selectors are checked against real data rather than hand-copied lists.
const dataset = shippedDataset;
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
/** An independent statement of the rule: a record matches when it lists one of the chosen sectors. */
const listsAny = (sectors: readonly string[], chosen: readonly string[]) =>
  chosen.length === 0 || chosen.some((c) => sectors.includes(c));

const SELECTIONS: string[][] = [
  [],
  ['nev'],
  ['nev', 'storage'],
  ['electronics'],
  ['food-beverage'],
  ['hydrogen', 'low-altitude'],
  ['robotics'],
  sectorOrder(dataset),
];

describe('matchingParks and matchingEntities (shipped dataset)', () => {
  it.each(SELECTIONS.map((s) => [s.join(',') || '(none)', s] as const))(
    'for %s keep exactly the records that list a chosen sector, in dataset order',
    (_, chosen) => {
      expect(ids(matchingParks(dataset, chosen))).toEqual(
        ids(dataset.parks.filter((p) => listsAny(p.sectors, chosen))),
      );
      expect(ids(matchingEntities(dataset, chosen))).toEqual(
        ids(dataset.entities.filter((e) => listsAny(e.sectors, chosen))),
      );
    },
  );

  it('keeps everything with no filter, and narrows then widens as sectors are added', () => {
    expect(matchingParks(dataset, [])).toHaveLength(dataset.parks.length);
    const nev = matchingParks(dataset, ['nev']);
    const nevStorage = matchingParks(dataset, ['nev', 'storage']);
    expect(nev.length).toBeGreaterThan(0);
    expect(nev.length).toBeLessThan(dataset.parks.length);
    expect(nevStorage.length).toBeGreaterThanOrEqual(nev.length);
    expect(ids(nev).every((id) => ids(nevStorage).includes(id))).toBe(true);
    expect(nev.every((p) => p.sectors.includes('nev'))).toBe(true);
  });

  it('fades a park that lists no sector as soon as any sector is chosen, even every one', () => {
    const sectorless = dataset.parks.filter((p) => p.sectors.length === 0);
    for (const p of sectorless) {
      expect(ids(matchingParks(dataset, []))).toContain(p.id);
      expect(ids(matchingParks(dataset, sectorOrder(dataset)))).not.toContain(p.id);
    }
  });
});

describe('parkCountsBySector', () => {
  it('counts, for every sector, the parks that list it', () => {
    const counts = parkCountsBySector(dataset);
    expect([...counts.keys()]).toEqual(sectorOrder(dataset));
    for (const s of dataset.sectors)
      expect(counts.get(s.id)?.parks, s.id).toBe(
        dataset.parks.filter((p) => p.sectors.includes(s.id)).length,
      );
  });

  it('gives the count that choosing that sector alone yields', () => {
    const counts = parkCountsBySector(dataset);
    for (const s of dataset.sectors)
      expect(counts.get(s.id)?.parks).toBe(matchingParks(dataset, [s.id]).length);
  });

  it('says how many of the parks are linked by inference, and drops them with "sourced links only"', () => {
    // Storage: the High-tech Zone, inferred from CATL's plant (X11), is the only storage park.
    expect(parkCountsBySector(dataset).get('storage')).toEqual({ parks: 1, inferred: 1 });
    expect(parkCountsBySector(dataset, 'sourced').get('storage')).toEqual({ parks: 0, inferred: 0 });
    // NEV: the agglomeration zone (planned), the High-tech Zone and Gaoyao are inferred; Dawang is stated.
    expect(parkCountsBySector(dataset).get('nev')).toEqual({ parks: 4, inferred: 3 });
    expect(parkCountsBySector(dataset, 'sourced').get('nev')).toEqual({ parks: 1, inferred: 0 });
  });
});

describe('"sourced links only"', () => {
  it('ignores inferred links in the parks, firms and summary that match', () => {
    expect(ids(matchingParks(dataset, ['electronics']))).toContain('new-area');
    expect(ids(matchingParks(dataset, ['electronics'], 'sourced'))).not.toContain('new-area');
    expect(ids(matchingParks(dataset, ['electronics'], 'sourced'))).toContain('new-area-electronics-park');
    expect(ids(matchingEntities(dataset, ['electronics']))).toContain('regina-miracle');
    expect(ids(matchingEntities(dataset, ['electronics'], 'sourced'))).not.toContain('regina-miracle');
    const all = matchSummary(dataset, ['storage']);
    const sourced = matchSummary(dataset, ['storage'], 'sourced');
    expect(ids(all.parks)).toEqual(['high-tech-zone']);
    expect(sourced.parks).toEqual([]);
    // Storage firms are all stated by the source, so they stay.
    expect(ids(sourced.entities)).toEqual(ids(all.entities));
    expect(matchSummary(dataset, ['storage'], 'sourced')).toBe(sourced);
    expect(matchSummary(dataset, ['storage'])).not.toBe(sourced);
  });

  it('keeps every match a stated link makes, and changes nothing without a selection', () => {
    for (const selected of SELECTIONS) {
      const sourced = ids(matchingParks(dataset, selected, 'sourced'));
      const all = ids(matchingParks(dataset, selected));
      expect(all).toEqual(expect.arrayContaining(sourced));
      for (const p of dataset.parks) {
        const stated = p.sectors.filter((s) => p.sectorBasis[s]?.basis === 'stated');
        expect(sourced.includes(p.id), `${p.id} ${selected.join()}`).toBe(listsAny(stated, selected));
      }
    }
    expect(ids(matchingParks(dataset, [], 'sourced'))).toEqual(ids(dataset.parks));
  });
});

describe('sectorsByGroup', () => {
  it('lists every sector once, under its group, groups in leading → characteristic → future order', () => {
    const groups = sectorsByGroup(dataset);
    expect(groups.map((g) => g.group)).toEqual(
      SECTOR_GROUPS.filter((g) => groups.some((x) => x.group === g)),
    );
    expect(groups.flatMap((g) => ids(g.sectors)).sort()).toEqual(sectorOrder(dataset).sort());
    for (const g of groups) expect(g.sectors.every((s) => s.group === g.group)).toBe(true);
    expect(ids(groups[0]?.sectors ?? [])).toEqual(['nev', 'storage', 'electronics']);
  });
});

describe('matchesByDivision and matchSummary', () => {
  it.each(SELECTIONS.map((s) => [s.join(',') || '(none)', s] as const))(
    'for %s names exactly the counties with no matching park or firm',
    (_, chosen) => {
      const summary = matchSummary(dataset, chosen);
      const placed = new Set([
        ...matchingParks(dataset, chosen).map(divisionOf),
        ...matchingEntities(dataset, chosen).map(entityDivision),
      ]);
      expect(summary.divisionsWithoutMatch.map((d) => d.code)).toEqual(
        dataset.divisions.filter((d) => !placed.has(d.code)).map((d) => d.code),
      );
      expect(summary.totalParks).toBe(dataset.parks.length);
      expect(ids(summary.unplacedEntities)).toEqual(
        ids(summary.entities.filter((e) => entityDivision(e) === null)),
      );
    },
  );

  it('places every matching placed record in exactly one county', () => {
    const chosen = ['nev', 'storage'];
    const rows = matchesByDivision(dataset, chosen);
    const parksPlaced = rows.flatMap((r) => ids(r.parks));
    expect(parksPlaced.sort()).toEqual(
      ids(matchingParks(dataset, chosen).filter((p) => divisionOf(p) !== null)).sort(),
    );
  });

  it('with no filter, reports no county without a match only if every county has a park', () => {
    const summary = matchSummary(dataset, []);
    const withPark = new Set(dataset.parks.map(divisionOf));
    expect(summary.divisionsWithoutMatch.every((d) => !withPark.has(d.code))).toBe(true);
    expect(summary.selected).toEqual([]);
  });

  it('returns the selected sectors in dataset order whatever the order asked', () => {
    expect(ids(matchSummary(dataset, ['storage', 'nev']).selected)).toEqual(['nev', 'storage']);
  });
});
