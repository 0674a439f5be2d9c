import { describe, expect, it } from 'vitest';
import { isInferred, linkedSectors, matchesLinked, matchesSectors } from './sector-match';

describe('matchesSectors', () => {
  it('matches everything when nothing is selected', () => {
    expect(matchesSectors([], [])).toBe(true);
    expect(matchesSectors(['nev'], [])).toBe(true);
  });
  it('matches on any shared sector', () => {
    expect(matchesSectors(['nev', 'auto-parts'], ['auto-parts'])).toBe(true);
    expect(matchesSectors(['nev'], ['storage', 'nev'])).toBe(true);
  });
  it('does not match without overlap, nor items without sectors once something is selected', () => {
    expect(matchesSectors(['nev'], ['storage'])).toBe(false);
    expect(matchesSectors([], ['storage'])).toBe(false);
  });
});

describe('linkedSectors and matchesLinked', () => {
  const park = {
    sectors: ['nev', 'storage'],
    sectorBasis: {
      nev: { basis: 'stated' as const, quote: '新能源汽车产业园', sources: ['S4'] },
      storage: {
        basis: 'inferred' as const,
        reason: { 'zh-Hans': '推断', 'zh-Hant': '推斷', en: 'inferred' },
        sources: [],
      },
    },
  };
  it('counts every link by default and only stated ones with "sourced"', () => {
    expect(linkedSectors(park, 'all')).toEqual(['nev', 'storage']);
    expect(linkedSectors(park, 'sourced')).toEqual(['nev']);
    expect(matchesLinked(park, ['storage'], 'all')).toBe(true);
    expect(matchesLinked(park, ['storage'], 'sourced')).toBe(false);
    expect(matchesLinked(park, ['nev', 'storage'], 'sourced')).toBe(true);
    expect(matchesLinked(park, [], 'sourced')).toBe(true);
    expect(isInferred(park, 'storage')).toBe(true);
    expect(isInferred(park, 'nev')).toBe(false);
  });
  it('treats a link without a basis as not sourced', () => {
    expect(linkedSectors({ sectors: ['nev'], sectorBasis: {} }, 'sourced')).toEqual([]);
  });
});
