import { describe, expect, it } from 'vitest';
import { cardPeriod, periodText, sourcesAsOf } from './figure-dates';
import { sourceTitleText } from './source-title';
import { shippedDataset } from '../../testing/shipped-data';

const dataset = shippedDataset;
const ind = (id: string) => {
  const i = dataset.indicators.find((x) => x.id === id);
  if (!i) throw new Error(id);
  return i;
};

describe('periodText', () => {
  it('gives the source’s words where it states no years, else the stated year', () => {
    expect(periodText(ind('f02'), 'zh-Hans')).toBe('近4年，原文未给起止年份');
    expect(periodText(ind('f12'), 'en')).toBe('“since last year” (said in March 2024)');
    expect(periodText(ind('f15'), 'zh-Hant')).toBe('2023');
    expect(periodText(ind('f18'), 'en')).toBeNull();
  });
  it('leaves no derived year range in the data', () => {
    for (const i of dataset.indicators) expect(i.period ?? '', i.id).not.toMatch(/[–~-]/);
  });
});

describe('cardPeriod', () => {
  it('gives the stated period, else only when the figure was said: no period is made up', () => {
    expect(cardPeriod(dataset, ind('f20'), 'en')).toEqual({ stated: '2023' });
    expect(cardPeriod(dataset, ind('f12'), 'zh-Hans')).toEqual({ stated: '去年以来（2024年3月所说）' });
    // 3.8 days, 8 days, > 40 %, 691 enterprises: the source states no period; S4 is dated 2024-03.
    for (const id of ['f19-introduce-days', 'f19-land-days', 'f18', 'f21'])
      expect(cardPeriod(dataset, ind(id), 'en'), id).toEqual({ stated: null, reported: '2024-03' });
    expect(cardPeriod(dataset, { ...ind('f21'), sources: ['X-zqgx'] }, 'en')).toEqual({
      stated: null,
      reported: null,
    });
  });
});

describe('sourcesAsOf', () => {
  it('keeps what the sources agree on, else the earliest date; null when undated', () => {
    expect(sourcesAsOf(dataset, ['S3', 'S4'])).toBe('2024-03');
    expect(sourcesAsOf(dataset, ['S3'])).toBe('2024-03-09');
    expect(sourcesAsOf(dataset, ['X-nbs-2023', 'S4'])).toBe('2023');
    expect(sourcesAsOf(dataset, ['X-zqgx'])).toBeNull();
    for (const i of dataset.indicators) expect(sourcesAsOf(dataset, i.sources), i.id).toMatch(/^2024-03/);
  });
});

describe('sourceTitleText', () => {
  it('puts a real headline in 《》 and gives our description in the reader’s script', () => {
    const s3 = dataset.sources.find((s) => s.id === 'S3');
    const s4 = dataset.sources.find((s) => s.id === 'S4');
    if (!s3 || !s4) throw new Error('S3/S4');
    expect(sourceTitleText(s3, 'en')).toBe(`《${s3.title}》`);
    expect(sourceTitleText(s4, 'zh-Hant')).toBe(s4.titleGloss['zh-Hant']);
    expect(sourceTitleText(s4, 'zh-Hant')).not.toContain('《');
  });
});
