import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartCsv, chartCsvRows, CSV_COLUMNS } from './chart-csv';
import { CHART_IDS, chartRows } from './chart-rows';
import { CSV_BOM, parseCsv } from './csv';
import { datasetSchema, type Dataset } from './dataset-schema';

const dataset: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as unknown,
);
const words = { unit: (u: string) => `unit:${u}`, cityWide: 'city-wide' };

describe('chart CSV', () => {
  it.each(CHART_IDS)(
    '%s: one row per figure, with the dataset’s value, qualifier, kind and sources',
    (id) => {
      const rows = chartRows(dataset, id, []);
      const csv = chartCsv(dataset, rows, 'en', words);
      expect(csv.startsWith(CSV_BOM)).toBe(true);
      const [header, ...body] = parseCsv(csv);
      expect(header).toEqual([...CSV_COLUMNS]);
      expect(body).toHaveLength(rows.figures.length);
      const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
      for (const line of body) {
        const ind = dataset.indicators.find((i) => i.id === line[col('id')]);
        expect(ind).toBeDefined();
        if (!ind) continue;
        expect(Number(line[col('value')])).toBe(ind.value);
        expect(line[col('figure')]).toBe(ind.label.en);
        expect(line[col('unit')]).toBe(`unit:${ind.unit}`);
        expect(line[col('qualifier')]).toBe(ind.qualifier);
        expect(line[col('kind')]).toBe(ind.kind);
        expect(line[col('period')]).toBe(ind.period ?? '');
        expect(line[col('sources')]?.split('; ').map((s) => s.split(' ')[0])).toEqual(ind.sources);
        if (ind.sectors.length === 0) expect(line[col('sectors')]).toBe('city-wide');
      }
    },
  );

  it('writes sector and outlet names in the reader’s script', () => {
    const rows = chartRows(dataset, 'industry-output', ['nev']);
    const body = chartCsvRows(dataset, rows, 'zh-Hant', words).slice(1);
    const nev = body.find((r) => r[8] === 'f03');
    expect(nev?.[6]).toBe(dataset.sectors.find((s) => s.id === 'nev')?.name['zh-Hant']);
    expect(nev?.[7]).toContain('S4 ');
  });

  it('keeps the share’s ratio with its qualifier', () => {
    const f07 = dataset.indicators.find((i) => i.fact === 'F07');
    if (!f07) throw new Error('F07 missing');
    const rows = chartRows(
      { ...dataset, indicators: [{ ...f07, fact: 'F01', unit: 'cny-100m' }] },
      'industry-output',
      [],
    );
    expect(chartCsvRows(dataset, rows, 'en', words)[1]?.[3]).toBe('share 1/6');
  });
});
