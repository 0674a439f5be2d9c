import { describe, expect, it } from 'vitest';
import { type Dataset, type Park } from '../schema/dataset-schema';
import { byKnowledge, parkKnowledge, parkSourceIds } from './park-knowledge';
import { shippedDataset } from '../../testing/shipped-data';

const dataset = shippedDataset;
const park = (id: string): Park => {
  const p = dataset.parks.find((x) => x.id === id);
  if (!p) throw new Error(`no park ${id}`);
  return p;
};

describe('parkKnowledge', () => {
  const known = parkKnowledge(dataset);

  it('counts each source once, with the firms placed in the park, and rates them as the dataset does', () => {
    // The High-tech Zone: its own sources and those of the firms placed in it, each once.
    const ids = parkSourceIds(dataset, park('high-tech-zone'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(known.get('high-tech-zone')).toEqual({
      sources: ids.length,
      figures: 0,
      rated: {
        high: ids.filter((id) => dataset.sources.find((s) => s.id === id)?.confidence === 'high').length,
        medium: ids.filter((id) => dataset.sources.find((s) => s.id === id)?.confidence === 'medium').length,
        low: 0,
      },
    });
    expect(ids.length).toBeGreaterThan(3);
  });

  it('counts only the figures given for the park itself (F19 for the agglomeration zone)', () => {
    expect(known.get('agglomeration-zone')?.figures).toBe(2);
    const cityWide = dataset.indicators.filter((i) => i.park === null).length;
    expect(cityWide).toBeGreaterThan(0);
    for (const p of dataset.parks)
      if (p.id !== 'agglomeration-zone') expect(known.get(p.id)?.figures, p.id).toBe(0);
  });

  it('a park known from one primary source: one source, rated high', () => {
    expect(known.get('deqing-wind')).toEqual({
      sources: 1,
      figures: 0,
      rated: { high: 1, medium: 0, low: 0 },
    });
  });

  it('a park known only from secondary material: its sources rated medium, as the dataset rates them', () => {
    const k = known.get('dinghu-intelligent-equipment');
    expect(park('dinghu-intelligent-equipment').secondary).toBe(true);
    expect(k?.rated).toEqual({ high: 0, medium: k?.sources, low: 0 });
  });

  it('every count adds up: the ratings sum to the sources for every park', () => {
    for (const p of dataset.parks) {
      const k = known.get(p.id);
      expect(k && k.rated.high + k.rated.medium + k.rated.low, p.id).toBe(k?.sources);
    }
  });

  it('matches the details’ list of sources for every park', () => {
    for (const p of dataset.parks)
      expect(known.get(p.id)?.sources, p.id).toBe(parkSourceIds(dataset, p).length);
  });

  it('a source rated low is counted as low', () => {
    const low: Dataset = {
      ...dataset,
      sources: dataset.sources.map((s) => (s.id === 'S4' ? { ...s, confidence: 'low' } : s)),
    };
    expect(parkKnowledge(low).get('deqing-wind')?.rated).toEqual({ high: 0, medium: 0, low: 1 });
  });
});

describe('byKnowledge', () => {
  const known = parkKnowledge(dataset);

  it('puts the most documented park first and keeps every park once', () => {
    const ordered = byKnowledge(dataset.parks, known);
    expect(ordered[0]?.id).toBe('high-tech-zone');
    expect(ordered.map((p) => p.id).sort()).toEqual(dataset.parks.map((p) => p.id).sort());
    const sources = ordered.map((p) => known.get(p.id)?.sources ?? 0);
    expect(sources).toEqual([...sources].sort((a, b) => b - a));
  });

  it('breaks a tie in sources by figures, then keeps the given order', () => {
    const ordered = byKnowledge(dataset.parks, known).map((p) => p.id);
    // Both have two sources; only the agglomeration zone has figures of its own.
    expect(ordered.indexOf('agglomeration-zone')).toBeLessThan(ordered.indexOf('new-area'));
    // One source each, all rated high, no figures: the list's own order.
    const singles = ['duanzhou-components', 'gaoyao-smart-hardware', 'sihui-fine-chemicals'];
    expect(ordered.filter((id) => singles.includes(id))).toEqual(singles);
  });

  it('between equal counts, more sources rated high first', () => {
    const ordered = byKnowledge(dataset.parks, known).map((p) => p.id);
    // One source each: S4 (high) before the secondary-only parks' single medium-rated source.
    expect(ordered.indexOf('huaiji-food')).toBeLessThan(ordered.indexOf('dinghu-intelligent-equipment'));
  });
});
