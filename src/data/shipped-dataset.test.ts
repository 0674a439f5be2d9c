import { readFileSync } from 'node:fs';
import { contrastRatio } from '../domain/charts/contrast';
import { datasetSchema, type Dataset, type Localized } from '../domain/schema/dataset-schema';
import { SIMPLIFIED_ONLY } from '../../tests/fixtures/simplified-only';

/**
 * Guards the dataset the app ships (public/data/zhaoqing-2024.json): it must parse with the
 * schema, cover every fact of the facts file (docs/facts/zhaoqing-2024.md), keep qualifiers and sources, never claim a point
 * location no source gives, and keep its Traditional-script texts free of Simplified characters.
 */

// Vitest runs from the project root (import.meta.url is not a file: URL under jsdom).
const raw: unknown = JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8'));
const parsed = datasetSchema.safeParse(raw);
// When parsing fails, the other tests still inspect the raw JSON so that each reports its own problem.
const data = (parsed.success ? parsed.data : raw) as Dataset;

const factIds = (prefix: 'F' | 'X', n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

/** Every localized text in the dataset, with where it sits. */
function localizedTexts(value: unknown, path = '$'): { path: string; text: Localized }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const own = 'zh-Hant' in value ? [{ path, text: value as Localized }] : [];
  return [...own, ...Object.entries(value).flatMap(([key, v]) => localizedTexts(v, `${path}.${key}`))];
}

describe('shipped dataset public/data/zhaoqing-2024.json', () => {
  it('parses with datasetSchema', () => {
    const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([]);
  });

  it('has at least one indicator for every fact F01–F23', () => {
    const covered = new Set(data.indicators.map((i) => i.fact));
    expect(factIds('F', 23).filter((f) => !covered.has(f))).toEqual([]);
  });

  it('has every secondary fact X01–X12, each from secondary sources', () => {
    const present = data.secondaryFacts.map((x) => x.id).sort();
    expect(present).toEqual(factIds('X', 12));
    const tier = new Map(data.sources.map((s) => [s.id, s.tier]));
    const notSecondary = data.secondaryFacts.flatMap((x) =>
      x.sources.filter((s) => tier.get(s) !== 'secondary').map((s) => `${x.id}: ${s}`),
    );
    expect(notSecondary).toEqual([]);
  });

  // The facts file's table F01–F23, restated: value(s), qualifier, kind, the year where the table
  // gives one (undefined: not pinned here), and sources. A figure edited away from it fails here.
  const FACTS: [
    string,
    (number | null)[],
    string,
    'actual' | 'target',
    string | null | undefined,
    string[],
  ][] = [
    ['F01', [1675], 'exact', 'actual', '2023', ['S3', 'S4']],
    // 近4年: no years are stated, so none are given (the words are in periodWords).
    ['F02', [1.82], 'exact', 'actual', null, ['S3', 'S4']],
    ['F03', [800], 'more-than', 'actual', '2023', ['S3', 'S4']],
    ['F04', [100], 'nearly', 'actual', '2023', ['S3', 'S4']],
    ['F05', [1000], 'more-than', 'target', '2024', ['S4']],
    // 接近: nearly, just under; never “about”.
    ['F06', [500], 'approaching', 'actual', '2023', ['S4']],
    ['F07', [0.1667], 'share', 'actual', '2023', ['S4']],
    ['F08', [1000, 1000], 'level', 'target', null, ['S3', 'S4']],
    ['F09', [500], 'more-than', 'target', null, ['S4']],
    ['F10', [1000], 'more-than', 'target', '2024', ['S4']],
    ['F11', [5000], 'approaching', 'target', '2025', ['S4']],
    // 去年以来: said in March 2024; no years are given (the words are in periodWords).
    ['F12', [120], 'more-than', 'actual', null, ['S4']],
    ['F13', [3000], 'more-than', 'actual', null, ['S4']],
    ['F14', [1000], 'more-than', 'actual', null, ['S4']],
    // One 2023 sentence, with F16 and F17.
    ['F15', [10000], 'nearly', 'actual', '2023', ['S4']],
    ['F16', [20], 'more-than', 'actual', '2023', ['S4']],
    ['F17', [172, 175, 127], 'exact', 'actual', '2023', ['S4']],
    ['F18', [40], 'more-than', 'actual', undefined, ['S4']],
    ['F19', [3.8, 8], 'average', 'actual', undefined, ['S4']],
    ['F20', [200], 'more-than', 'actual', '2023', ['S4']],
    ['F21', [691], 'exact', 'actual', undefined, ['S4']],
    ['F22', [6], 'exact', 'actual', undefined, ['S4']],
    ['F23', [null], 'none', 'actual', undefined, ['S4']],
  ];
  it.each(FACTS)('states %s as the facts file does', (fact, values, qualifier, kind, period, sources) => {
    const figures = data.indicators.filter((i) => i.fact === fact);
    expect(figures.map((i) => i.value)).toEqual(values);
    for (const i of figures) {
      expect({ id: i.id, qualifier: i.qualifier, kind: i.kind, sources: i.sources }).toEqual({
        id: i.id,
        qualifier,
        kind,
        sources,
      });
      if (period !== undefined) expect({ id: i.id, period: i.period }).toEqual({ id: i.id, period });
    }
  });

  it('gives every indicator a qualifier and at least one existing source', () => {
    const sourceIds = new Set(data.sources.map((s) => s.id));
    const bad = data.indicators
      .filter(
        (i) => !i.qualifier || i.sources.length === 0 || i.sources.some((s) => !sourceIds.has(s)) || !i.quote,
      )
      .map((i) => i.id);
    expect(bad).toEqual([]);
  });

  it('has exactly the three core parks without a parent', () => {
    const roots = data.parks.filter((p) => p.tier === 'core' && p.parent === null).map((p) => p.id);
    expect(roots.sort()).toEqual(['agglomeration-zone', 'high-tech-zone', 'new-area']);
  });

  it('has every characteristic park named in the facts file', () => {
    const names = new Set(data.parks.map((p) => p.name['zh-Hans']));
    const named = [
      '端州电子元器件园',
      '高要汽配园',
      '四会精细化工园',
      '怀集食品加工产业园',
      '德庆风机装备园',
      '肇庆(四会)电子信息产业园',
      '肇庆新区电子信息产业园',
      '肇庆大旺智能网联新能源汽车产业园',
    ];
    expect(named.filter((n) => !names.has(n))).toEqual([]);
  });

  it('gives no park an exact point (no source publishes one)', () => {
    const exact = data.parks.filter((p) => p.location.precision === 'exact').map((p) => p.id);
    expect(exact).toEqual([]);
  });

  it('draws every area from the High-tech Zone bounds of X01, citing that source', () => {
    const locations = [...data.parks, ...data.entities].flatMap((r) =>
      r.location.precision === 'area' ? [{ id: r.id, location: r.location }] : [],
    );
    expect(locations.length).toBeGreaterThan(0);
    for (const { id, location } of locations) {
      expect({ id, bounds: location.bounds }).toEqual({
        id,
        bounds: [
          [23.25, 112.7833],
          [23.4, 112.8667],
        ],
      });
      expect({ id, sources: location.sources }).toEqual({
        id,
        sources: expect.arrayContaining(['X-zqgx']) as unknown,
      });
    }
  });

  it('writes no Simplified-only character in any zh-Hant text', () => {
    const texts = localizedTexts(raw);
    expect(texts.length).toBeGreaterThan(100);
    const offending = texts
      .map(({ path, text }) => ({
        path,
        chars: SIMPLIFIED_ONLY.filter((c) => text['zh-Hant'].includes(c)).join(''),
      }))
      .filter((t) => t.chars !== '');
    expect(offending).toEqual([]);
  });

  it('gives every sector a colour with at least 3:1 contrast against white', () => {
    const weak = data.sectors
      .map((s) => ({ id: s.id, color: s.color, ratio: Number(contrastRatio(s.color, '#ffffff').toFixed(2)) }))
      .filter((s) => s.ratio < 3);
    expect(weak).toEqual([]);
    expect(new Set(data.sectors.map((s) => s.color.toLowerCase())).size).toBe(data.sectors.length);
  });
});
