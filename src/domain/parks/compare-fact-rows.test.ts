import { describe, expect, it } from 'vitest';
import type { Lang } from '../schema/dataset-schema';
import { shippedDataset as dataset, shippedParkFacts as parkFacts } from '../../testing/shipped-data';
import { compareTable, type CompareCell, type CompareItem, type CompareTable } from './compare-rows';

const table = (ids: readonly string[], lang: Lang = 'en') => compareTable({ dataset, parkFacts, lang }, ids);
const rowOf = (t: CompareTable, id: string) => {
  const row = t.rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};
const items = (cell: CompareCell | undefined): readonly CompareItem[] =>
  cell?.kind === 'items' ? cell.items : [];
const cellsOf = (t: CompareTable, id: string) => rowOf(t, id).cells;
const ALL = dataset.parks.map((p) => p.id);

describe('compareTable with the park facts', () => {
  it('shows the High-tech Zone’s area as Dawang’s 98 km², with its scope, and no approved boundary', () => {
    const [htz] = cellsOf(table(['high-tech-zone', 'new-area']), 'area');
    const dawang = items(htz).find((i) => i.text.includes('98 km²'));
    expect(dawang?.text).toMatch(/^Area of Dawang, the zone’s seat — not an approved zone boundary: /);
    expect(dawang).toMatchObject({
      sources: ['PS-04'],
      confidence: 'medium',
      period: 'undated (≥2021, inference)',
    });
    expect(dawang?.note).toMatch(/KC-02/);
    // The only other area-like item is land earmarked for two firms, said so.
    expect(items(htz).map((i) => i.text.split(':')[0])).toEqual([
      'Area of Dawang, the zone’s seat — not an approved zone boundary',
      'Land allotted or reserved for XPeng and CATL (earmarked)',
    ]);
  });

  it('says "not published" for the area of a park no source gives one for', () => {
    const t = table(['new-area', 'deqing-wind', 'sihui-fine-chemicals', 'agglomeration-zone']);
    expect(cellsOf(t, 'area').map((c) => c.kind)).toEqual([
      'not-published',
      'not-published',
      'not-published',
      'items',
    ]);
    expect(rowOf(t, 'area').differs).toBe(true);
  });

  it('shows the agglomeration zone’s 992 km² as its planned total area, never as available land (KC-01)', () => {
    for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) {
      const zone = items(cellsOf(table(['agglomeration-zone'], lang), 'area')[0]);
      const planned = zone.find((i) => i.text.includes('992'));
      expect(planned?.planned).toBe(true);
      expect(planned?.text).toMatch(/^(Total planned area|总规划面积|總規劃面積)/);
      expect(zone.filter((i) => /available land|可用土地/.test(i.text))).toEqual([]);
    }
    const zone = items(cellsOf(table(['agglomeration-zone']), 'area')[0]);
    const scopes = [
      'Total planned area and first-phase starting areas (planned): ',
      'Developable land and contiguous industrial land in the starting areas (not the planned area): ',
      'Dasha, a city-managed starting area: a slogan class, not a measured area: ',
    ];
    expect(zone.map((i, n) => i.text.startsWith(scopes[n] ?? '?'))).toEqual([true, true, true]);
    expect(rowOf(table(['agglomeration-zone']), 'area').note).toMatch(/never added up or compared/);
  });

  it('shows the Dawang industry city’s 45 km² as a planning area, not the park’s area (KC-03)', () => {
    const dawang = items(cellsOf(table(['dawang-nev-park']), 'area')[0]);
    expect(dawang[0]?.text).toMatch(/^Industry-city planning area \(2022\), not the park’s area: .*45 km²/);
    expect(dawang[0]?.note).toMatch(/KC-03 Dawang NEV park naming/);
  });

  it('keeps Gaoyao’s three incompatible areas side by side, each with its scope, the link inferred (KC-04)', () => {
    const hardware = items(cellsOf(table(['gaoyao-smart-hardware']), 'area')[0]);
    expect(hardware.map((i) => [i.text.split(':')[0], i.inferred ?? false])).toEqual([
      ['Planned area of the Jinli provincial high-tech zone (approved 2020)', true],
      ['Planned construction area of the predecessor Gaoyao industrial-transfer park (undated)', true],
      ['Footprint of the smart-hardware cluster, not the Jinli high-tech zone', false],
    ]);
    expect(hardware[0]?.note).toMatch(/inference \(KC-04\)/);
  });

  it('gives contact only for the High-tech Zone (its website); every other park: not published (KC-17)', () => {
    const t = table(ALL);
    const contact = cellsOf(t, 'contact');
    expect(contact.filter((c) => c.kind === 'items')).toHaveLength(1);
    const htz = items(contact[t.parkIds.indexOf('high-tech-zone')]);
    expect(htz.map((i) => [i.text, i.sources])).toEqual([
      ['official website www.zqgx.gov.cn (English section /en/)', ['PS-03', 'PS-01']],
    ]);
    expect(rowOf(t, 'contact').note).toMatch(
      /^The only official contact found is the High-tech Zone's website/,
    );
    expect(rowOf(table(['new-area', 'huaiji-food']), 'contact')).toMatchObject({
      cells: [{ kind: 'not-published' }, { kind: 'not-published' }],
      differs: false,
    });
  });

  it('dates the High-tech Zone as "level since", not "founded" (KC-14)', () => {
    const established = items(cellsOf(table(['high-tech-zone']), 'established')[0]);
    expect(established[0]?.text).toMatch(/^national-level high-tech zone since September 2010/);
    expect(established.map((i) => i.text).join(' ')).not.toMatch(/founded/i);
    expect(established[0]?.note).toMatch(/KC-14/);
  });

  it('gives firm counts each with its date, under a note that draws no trend (KC-15)', () => {
    const t = table(['high-tech-zone']);
    const counts = items(cellsOf(t, 'firms')[0]).filter((i) => i.sources.some((s) => s.startsWith('PS-')));
    expect(counts.map((i) => [i.period, i.sources])).toEqual([
      ['undated (≥2021)', ['PS-04']],
      ['2022-12', ['PS-06']],
    ]);
    expect(rowOf(t, 'firms').note).toMatch(/no trend/);
  });

  it('gives connectivity the facts file ties to a park, planned things as planned, with KC-06/07/08', () => {
    const t = table(['high-tech-zone', 'new-area', 'deqing-wind']);
    const [htz, area, deqing] = cellsOf(t, 'connectivity');
    const ids = (c: CompareCell | undefined) => items(c).map((i) => i.text.slice(0, 40));
    expect(ids(htz)).toHaveLength(6);
    expect(items(htz).find((i) => i.text.includes('planned PRD trunk airport'))?.planned).toBe(true);
    expect(items(area).map((i) => i.text.split(':')[0])).toEqual([
      'Guangzhou–Foshan–Zhaoqing intercity',
      'PRD hub airport — distance to Zhaoqing',
    ]);
    expect(items(area)[1]).toMatchObject({ planned: true, confidence: 'low' });
    expect(deqing?.kind).toBe('not-published');
    expect(rowOf(t, 'connectivity').note).toMatch(/^KC-06 .*KC-07 .*KC-08 /);
  });

  it('marks every low-confidence fact as low, and never shows a city-wide or context fact for a park', () => {
    const t = table(ALL);
    const shown = t.rows.flatMap((r) => r.cells.flatMap((c) => items(c)));
    const low = [...parkFacts.parkFacts, ...parkFacts.linkFacts].filter(
      (f) => f.confidence !== 'high' && f.confidence !== 'medium',
    );
    for (const f of low) {
      const item = shown.find((i) => i.quote === f.quote && f.quote !== null);
      if (item) expect(item.confidence, f.id).toBe('low');
    }
    for (const f of parkFacts.parkFacts.filter((x) => x.scope !== 'park'))
      expect(
        shown.some((i) => i.quote === f.quote),
        f.id,
      ).toBe(false);
    expect(items(cellsOf(t, 'level')[t.parkIds.indexOf('deqing-wind')])).toEqual([]);
  });

  it('resolves every cited source, the PS- ones with their outlet and date, and dates the data', () => {
    const t = table(['high-tech-zone', 'new-area', 'gaoyao-auto-parts']);
    const cited = new Set(t.rows.flatMap((r) => r.cells.flatMap((c) => items(c).flatMap((i) => i.sources))));
    expect(t.sources.map((s) => s.id)).toEqual([...new Set(t.sources.map((s) => s.id))]);
    expect(new Set(t.sources.map((s) => s.id))).toEqual(cited);
    expect(t.sources.find((s) => s.id === 'PS-06')).toMatchObject({
      label:
        'People’s Daily (reporter Liu Taishan), 《肇慶建設大灣區“智車新城”》, 14 Dec 2022 (dateline 12-13), mirror',
      url: 'http://zhongjin.caijingnews.net/xinwen/2022/1214/63888.html',
    });
    expect(t.sources.find((s) => s.id === 'PS-04')?.label).toMatch(/, “9月7日”, year not shown \(lists CATL/);
    const dates = [
      ...dataset.sources.filter((s) => cited.has(s.id)).map((s) => s.date),
      ...parkFacts.sources.filter((s) => cited.has(s.id)).map((s) => s.date),
    ].filter((d): d is string => d !== null);
    expect(t.dataDate).toBe(dates.sort().at(-1));
    expect(table(['new-area-electronics-park', 'high-tech-zone']).dataDate).toBe('2025-02-27');
  });

  it('writes the facts in the reader’s script', () => {
    const hant = table(['high-tech-zone'], 'zh-Hant');
    expect(items(cellsOf(hant, 'area')[0])[0]?.text).toMatch(/^大旺（高新區所在地）的面積/);
    expect(items(cellsOf(hant, 'documentation')[0]).map((i) => i.text)[1]).toMatch(/^園區資料 \d+ 條/);
  });
});
