import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from './dataset-schema';

const raw = (): Record<string, unknown> & {
  parks: { id: string; sectors: string[]; sectorBasis: Record<string, unknown> }[];
  entities: { id: string; park: string | null; parkBasis: unknown }[];
} => JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8'));
const dataset = datasetSchema.parse(raw());

const messages = (d: unknown) => {
  const r = datasetSchema.safeParse(d);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the basis of links in the shipped dataset', () => {
  it('marks as inferred exactly the links no source states (agglomeration zone, High-tech Zone, …)', () => {
    const inferred = [...dataset.parks, ...dataset.entities].flatMap((x) =>
      x.sectors.filter((s) => x.sectorBasis[s]?.basis === 'inferred').map((s) => `${x.id}:${s}`),
    );
    expect(inferred).toEqual([
      'agglomeration-zone:nev',
      'agglomeration-zone:auto-parts',
      'agglomeration-zone:electronics',
      'agglomeration-zone:new-materials',
      'high-tech-zone:nev',
      'high-tech-zone:storage',
      'new-area:electronics',
      'gaoyao-auto-parts:nev',
      'sihui-polymer:new-materials',
      'xpeng-parts-park-west:nev',
      'regina-miracle:electronics',
      'yanzhou-aviation-camp:low-altitude',
      'dinghu-spring:food-beverage',
    ]);
  });

  it('gives every inferred link a reason in three scripts and every stated one its source', () => {
    for (const x of [...dataset.parks, ...dataset.entities])
      for (const b of Object.values(x.sectorBasis)) {
        if (b.basis === 'inferred') expect(Object.values(b.reason).every((r) => r.length > 10)).toBe(true);
        else expect(b.sources.length).toBeGreaterThan(0);
      }
    // The two firm–park links rest on X11 (secondary, wording not on file).
    const parkLinks = dataset.entities.filter((e) => e.park !== null);
    expect(parkLinks.map((e) => [e.id, e.parkBasis])).toEqual([
      ['xpeng', { basis: 'stated', quote: null, sources: ['X-jjrb-2023'], fact: 'X11' }],
      ['catl-ruiqing', { basis: 'stated', quote: null, sources: ['X-jjrb-2023'], fact: 'X11' }],
    ]);
  });
});

describe('cross-checks of link bases', () => {
  it('refuses a basis for a sector the park does not list', () => {
    const d = raw();
    const deqing = d.parks.find((p) => p.id === 'deqing-wind');
    if (!deqing) throw new Error('fixture');
    deqing.sectorBasis['paper'] = { basis: 'stated', quote: '造纸', sources: ['S4'] };
    expect(messages(d)).toContainEqual(
      expect.stringMatching(/sectorBasis\.paper: basis for a sector not listed/),
    );
  });

  it('refuses a park link without a basis, and a basis without a park link', () => {
    const d = raw();
    const [xpeng, gcl] = ['xpeng', 'gcl'].map((id) => d.entities.find((e) => e.id === id));
    if (!xpeng || !gcl) throw new Error('fixture');
    xpeng.parkBasis = null;
    gcl.parkBasis = { basis: 'stated', quote: '四会', sources: ['S4'] };
    const m = messages(d);
    expect(m).toContainEqual(expect.stringMatching(/^entities\.0\.parkBasis: the park link has no basis/));
    expect(m).toContainEqual(
      expect.stringMatching(/^entities\.2\.parkBasis: a basis for a park link that does not exist/),
    );
  });

  it('refuses an inferred link without its reason in every script, and an unknown basis', () => {
    const d = raw();
    const htz = d.parks.find((p) => p.id === 'high-tech-zone');
    if (!htz) throw new Error('fixture');
    htz.sectorBasis['nev'] = { basis: 'inferred', reason: { 'zh-Hans': '推断', en: 'x' }, sources: [] };
    htz.sectorBasis['storage'] = { basis: 'guessed', sources: [] };
    const m = messages(d);
    expect(m).toContainEqual(expect.stringMatching(/^parks\.1\.sectorBasis\.nev\.reason\.zh-Hant/));
    expect(m).toContainEqual(expect.stringMatching(/^parks\.1\.sectorBasis\.storage/));
  });
});
