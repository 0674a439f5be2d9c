import { describe, expect, it } from 'vitest';
import { dateRange, sourceDateText } from './source-dates';

const note = { 'zh-Hans': '约2025年4—5月', 'zh-Hant': '約2025年4—5月', en: 'about Apr–May 2025' };

describe('a source’s date as printed', () => {
  it('keeps the hedge beside the date, in each script’s brackets', () => {
    expect(sourceDateText('2025-04', note, 'zh-Hans', '未注明日期')).toBe('2025年4月（约2025年4—5月）');
    expect(sourceDateText('2025-04', note, 'zh-Hant', '未註明日期')).toBe('2025年4月（約2025年4—5月）');
    expect(sourceDateText('2025-04', note, 'en', 'undated')).toBe('Apr 2025 (about Apr–May 2025)');
  });

  it('prints a plain date, or the word for undated, when there is no hedge', () => {
    expect(sourceDateText('2024-03-09', null, 'zh-Hans', '未注明日期')).toBe('2024年3月9日');
    expect(sourceDateText(null, undefined, 'en', 'undated')).toBe('undated');
    expect(sourceDateText(null, note, 'en', 'undated')).toBe('undated (about Apr–May 2025)');
  });

  it('spans the earliest to the latest date', () => {
    expect(dateRange(['2025-04', null, '2013', '2026-01-19'])).toEqual({ from: '2013', to: '2026-01-19' });
    expect(dateRange([null])).toBeNull();
  });
});
