import { describe, expect, it } from 'vitest';
import { chartCsv, chartCsvRows, CSV_COLUMNS } from './chart-csv';
import { CHART_IDS, chartRows } from './chart-rows';
import { CSV_BOM, parseCsv } from './csv';
import { shippedDataset } from '../../testing/shipped-data';

const dataset = shippedDataset;
const words = {
  unit: (u: string) => `unit:${u}`,
  cityWide: 'city-wide',
  notPublished: 'not published',
  chartUnit: (u: string) => `axis:${u}`,
  missingLabel: (g: { sectors: readonly string[] }) => `output of ${g.sectors.join('+')}`,
  missingText: 'not published in the sources',
};

describe('chart CSV', () => {
  it.each(CHART_IDS)(
    '%s: one row per figure, with the dataset’s value, qualifier, kind and sources',
    (id) => {
      const rows = chartRows(dataset, id, []);
      const csv = chartCsv(dataset, rows, 'en', words);
      expect(csv.startsWith(CSV_BOM)).toBe(true);
      const [header, ...body] = parseCsv(csv);
      expect(header).toEqual([...CSV_COLUMNS]);
      expect(body).toHaveLength(rows.entries.length);
      const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
      for (const line of body) {
        if (line[col('id')] === '') continue; // a figure the sources do not publish (tested below)
        const ind = dataset.indicators.find((i) => i.id === line[col('id')]);
        expect(ind).toBeDefined();
        if (!ind) continue;
        expect(Number(line[col('value')])).toBe(ind.value);
        expect(line[col('figure')]).toBe(ind.label.en);
        expect(line[col('unit')]).toBe(`unit:${ind.unit}`);
        expect(line[col('qualifier')]).toBe(ind.qualifier);
        expect(line[col('kind')]).toBe(ind.kind);
        expect(line[col('period')]).toBe(ind.periodWords?.en ?? ind.period ?? '');
        expect(line[col('as_of')]).toMatch(/^2024-03/);
        expect(line[col('sources')]?.split('; ').map((s) => s.split(' ')[0])).toEqual(ind.sources);
        if (ind.sectors.length === 0) expect(line[col('sectors')]).toBe('city-wide');
      }
    },
  );

  it('writes sector and outlet names in the reader’s script', () => {
    const rows = chartRows(dataset, 'industry-output', ['nev']);
    const body = chartCsvRows(dataset, rows, 'zh-Hant', words).slice(1);
    const at = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const nev = body.find((r) => r[at('id')] === 'f03');
    expect(nev?.[at('sectors')]).toBe(dataset.sectors.find((s) => s.id === 'nev')?.name['zh-Hant']);
    expect(nev?.[at('sources')]).toContain('S4 ');
  });

  it('keeps the share’s ratio with its qualifier', () => {
    const f07 = dataset.indicators.find((i) => i.fact === 'F07');
    if (!f07) throw new Error('F07 missing');
    const rows = chartRows(
      { ...dataset, indicators: [{ ...f07, fact: 'F01', unit: 'cny-100m' }] },
      'industry-output',
      [],
    );
    expect(chartCsvRows(dataset, rows, 'en', words)[1]?.[CSV_COLUMNS.indexOf('qualifier')]).toBe('share 1/6');
  });

  it('writes a class as its class word and 接近 as 接近, never a bare number or “about”', () => {
    const rows = chartRows(dataset, 'industry-output', []);
    const body = chartCsvRows(dataset, rows, 'zh-Hans', words).slice(1);
    const stated = (id: string) => body.find((r) => r[CSV_COLUMNS.indexOf('id')] === id)?.[1];
    expect(stated('f08-nev-cluster')).toBe('目标：千亿级');
    expect(stated('f06')).toBe('接近500亿元');
    const en = chartCsvRows(dataset, rows, 'en', words).slice(1);
    expect(en.find((r) => r[CSV_COLUMNS.indexOf('id')] === 'f08-storage-cluster')?.[1]).toBe(
      'target: CNY 100 bn class',
    );
  });

  it('gives each value in the chart’s unit beside the dataset’s: 80 CNY bn next to 800 亿元 in English', () => {
    const rows = chartRows(dataset, 'industry-output', []);
    const at = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const row = (lang: 'en' | 'zh-Hans', id: string) =>
      chartCsvRows(dataset, rows, lang, words)
        .slice(1)
        .find((r) => r[at('id')] === id);
    const en = row('en', 'f03');
    expect([en?.[at('value')], en?.[at('unit')]]).toEqual([800, 'unit:cny-100m']);
    expect([en?.[at('chart_value')], en?.[at('chart_unit')]]).toEqual([80, 'axis:cny-100m']);
    expect(row('zh-Hans', 'f03')?.[at('chart_value')]).toBe(800);
    const projects = chartCsvRows(dataset, chartRows(dataset, 'project-pipeline', []), 'en', words)[1];
    expect(projects?.[at('chart_value')]).toBe(projects?.[at('value')]);
  });

  it('lists electronic information’s unpublished output as a row with no value, never 0', () => {
    const rows = chartRows(dataset, 'industry-output', []);
    const at = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const body = parseCsv(chartCsv(dataset, rows, 'en', words)).slice(1);
    const missing = body.filter((r) => r[at('as_stated')] === 'not published in the sources');
    expect(missing).toHaveLength(1);
    const [gap] = missing;
    expect(gap?.[at('figure')]).toBe('output of electronics');
    expect([gap?.[at('value')], gap?.[at('chart_value')], gap?.[at('sources')]]).toEqual(['', '', '']);
    expect([gap?.[at('kind')], gap?.[at('period')]]).toEqual(['actual', '2023']);
    // In the electronics group's place: before its goal, not after the three-industry total.
    const ids = body.map((r) => r[at('id')]);
    expect(body.indexOf(gap ?? [])).toBe(ids.indexOf('f09') - 1);
  });
});
