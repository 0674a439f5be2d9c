import { describe, expect, it } from 'vitest';
import { shippedDataset as dataset } from '../../testing/shipped-data';
import { COMPARE_ROW_IDS, compareTable, type CompareCell, type CompareTable } from './compare-rows';

const rowOf = (table: CompareTable, id: string) => {
  const row = table.rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};
const texts = (cell: CompareCell | undefined) =>
  cell?.kind === 'items' ? cell.items.map((i) => i.text) : cell?.kind;

describe('compareTable over the dataset alone', () => {
  const table = compareTable({ dataset, lang: 'en' }, ['high-tech-zone', 'new-area', 'gaoyao-auto-parts']);

  it('gives every row in order, one cell per park, and the names', () => {
    expect(table.rows.map((r) => r.id)).toEqual(COMPARE_ROW_IDS);
    for (const row of table.rows) expect(row.cells).toHaveLength(3);
    expect(table.names).toEqual([
      'Zhaoqing National High-tech Zone',
      'Zhaoqing New Area',
      'Gaoyao Auto Parts Park',
    ]);
  });

  it('leaves out ids the dataset does not have (a stale link still opens)', () => {
    const t = compareTable({ dataset, lang: 'en' }, ['high-tech-zone', 'nowhere']);
    expect(t.parkIds).toEqual(['high-tech-zone']);
    expect(t.rows.every((r) => r.cells.length === 1 && !r.differs)).toBe(true);
  });

  it('says "not published" for the rows only the park-facts file fills, until it loads', () => {
    for (const id of ['level', 'established', 'area', 'industries', 'connectivity', 'contact'])
      expect(rowOf(table, id).cells.map((c) => c.kind)).toEqual([
        'not-published',
        'not-published',
        'not-published',
      ]);
  });

  it('writes the tier, the county with its block, and how the position is known', () => {
    expect(rowOf(table, 'tier').cells.map(texts)).toEqual([
      ['Core park'],
      ['Core park'],
      ['Eastern characteristic park'],
    ]);
    expect(texts(rowOf(table, 'county').cells[0])).toEqual(['Sihui City · Eastern block']);
    const position = rowOf(table, 'position').cells.map(texts);
    expect(position[0]).toEqual(['published extent: 112°47′–112°52′ E, 23°15′–23°24′ N']);
    expect(position[1]?.[0]).toMatch(/^location approximate \(county level\)/);
  });

  it('marks an inferred position as inferred, with its reason and a low confidence', () => {
    const t = compareTable({ dataset, lang: 'en' }, ['dawang-nev-park', 'high-tech-zone']);
    const cell = rowOf(t, 'position').cells[0];
    expect(cell?.kind === 'items' && cell.items[0]).toMatchObject({ inferred: true, confidence: 'low' });
    expect(texts(rowOf(t, 'tier').cells[0])?.[0]).toMatch(/\(inferred\)$/);
  });

  it('gives each sector with its basis: a stated one its quote, an inferred one its reason', () => {
    const t = compareTable({ dataset, lang: 'en' }, [
      'agglomeration-zone',
      'duanzhou-components',
      'dinghu-intelligent-equipment',
    ]);
    const [zone, duanzhou, dinghu] = rowOf(t, 'sectors').cells;
    expect(zone?.kind === 'items' && zone.items.every((i) => i.inferred && i.note)).toBe(true);
    expect(duanzhou?.kind === 'items' && duanzhou.items.some((i) => !i.inferred && i.quote)).toBe(true);
    expect(texts(dinghu)).toEqual(['not marked (no matching sector on this map)']);
  });

  it('says the infrastructure standard is a block requirement, not checked per park; core parks: not published', () => {
    const row = rowOf(table, 'infrastructure');
    expect(row.note).toMatch(/whole block, not checked park by park/);
    expect(row.cells[0]?.kind).toBe('not-published');
    expect(texts(row.cells[2])?.[0]).toMatch(/nine utilities/);
  });

  it('gives the park’s own figures with qualifier, period and source', () => {
    const t = compareTable({ dataset, lang: 'en' }, ['agglomeration-zone', 'new-area']);
    const [zone, area] = rowOf(t, 'figures').cells;
    expect(zone?.kind === 'items' && zone.items.map((i) => [i.text, i.period, i.sources])).toEqual([
      [expect.stringMatching(/on average 3\.8 days$/), 'year not stated', ['S4']],
      [expect.stringMatching(/on average 8 days$/), 'year not stated', ['S4']],
    ]);
    expect(area?.kind).toBe('not-published');
    expect(rowOf(t, 'figures').differs).toBe(true);
  });

  it('counts what is documented, and lists firms with their basis', () => {
    expect(texts(rowOf(table, 'documentation').cells[0])?.[0]).toMatch(
      /^\d+ sources · 0 figures · rated high \d+/,
    );
    const firms = rowOf(table, 'firms').cells[0];
    expect(firms?.kind === 'items' && firms.items.length).toBeGreaterThan(0);
  });

  it('marks differences, and only those', () => {
    const same = compareTable({ dataset, lang: 'en' }, ['high-tech-zone', 'new-area']);
    expect(rowOf(same, 'tier').differs).toBe(false);
    expect(rowOf(same, 'level').differs).toBe(false);
    expect(rowOf(same, 'county').differs).toBe(true);
  });

  it('resolves every cited source once, in first-cited order, and dates the data by the newest', () => {
    const cited = table.rows.flatMap((r) =>
      r.cells.flatMap((c) => (c.kind === 'items' ? c.items.flatMap((i) => i.sources) : [])),
    );
    expect(table.sources.map((s) => s.id)).toEqual([...new Set(cited)]);
    expect(table.sources.every((s) => s.label !== s.id)).toBe(true);
    const dates = dataset.sources.filter((s) => cited.includes(s.id) && s.date).map((s) => s.date as string);
    expect(table.dataDate).toBe(dates.sort().at(-1));
  });

  it('writes the cells in the reader’s script', () => {
    const hant = compareTable({ dataset, lang: 'zh-Hant' }, ['high-tech-zone', 'duanzhou-components']);
    expect(texts(rowOf(hant, 'tier').cells[1])).toEqual(['東部特色園區']);
    // S4 has no headline on file: its title is our description, never in 《》.
    const s4 = hant.sources.find((s) => s.id === 'S4')?.label ?? '';
    expect(s4).toContain('南都');
    expect(s4).not.toMatch(/《/);
  });
});
