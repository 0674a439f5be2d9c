import { describe, expect, it } from 'vitest';
import { KEY_FIGURE_FACTS, keyFigures } from './key-figures';
import { shippedDataset } from '../../testing/shipped-data';

const dataset = shippedDataset;

describe('keyFigures', () => {
  it('gives every figure of the key facts with no filter, in the order of the facts, as the dataset holds it', () => {
    const cards = keyFigures(dataset, []);
    const expected = KEY_FIGURE_FACTS.flatMap((f) => dataset.indicators.filter((i) => i.fact === f));
    expect(cards.map((c) => c.indicator)).toEqual(expected);
    for (const c of cards) expect(c.sources.map((s) => s.id)).toEqual(c.indicator.sources);
  });

  it('keeps city-wide and park figures under any filter, and sector figures only when they match', () => {
    for (const chosen of [['nev'], ['storage'], ['food-beverage'], ['nev', 'storage']]) {
      const cards = keyFigures(dataset, chosen);
      for (const c of cards) {
        if (c.scope.kind === 'sectors')
          expect(
            c.scope.sectors.some((s) => chosen.includes(s)),
            c.indicator.id,
          ).toBe(true);
      }
      const cityOrPark = keyFigures(dataset, []).filter((c) => c.scope.kind !== 'sectors');
      expect(cards.filter((c) => c.scope.kind !== 'sectors')).toEqual(cityOrPark);
    }
  });

  it('scopes each figure: sectors when it lists some, its park, else the city', () => {
    for (const c of keyFigures(dataset, [])) {
      const i = c.indicator;
      const expected = i.sectors.length ? 'sectors' : i.park ? 'park' : 'city';
      expect(c.scope.kind, i.id).toBe(expected);
    }
    // The storage-battery share (F07) is the storage sector's own figure.
    expect(keyFigures(dataset, ['nev']).some((c) => c.indicator.fact === 'F07')).toBe(false);
    expect(keyFigures(dataset, ['storage']).some((c) => c.indicator.fact === 'F07')).toBe(true);
  });
});
