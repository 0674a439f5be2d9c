import { describe, expect, it } from 'vitest';
import { clauseSeparator, joinItems, joinNames, labelSeparator } from './localize';

describe('joinNames', () => {
  it('uses the enumeration comma in Chinese and a comma in English', () => {
    expect(joinNames(['南方日报', '南都'], 'zh-Hans')).toBe('南方日报、南都');
    expect(joinNames(['南方日報', '南都'], 'zh-Hant')).toBe('南方日報、南都');
    expect(joinNames(['Nanfang Daily', 'Nandu'], 'en')).toBe('Nanfang Daily, Nandu');
    expect(joinNames(['only'], 'en')).toBe('only');
  });
});

describe('clauses, items and labels', () => {
  it('use full-width marks in Chinese and ASCII ones followed by a space in English', () => {
    const item = (lang: 'zh-Hant' | 'en', outlet: string, date: string) =>
      `${outlet}${clauseSeparator(lang)}${date}`;
    expect(
      joinItems([item('zh-Hant', '南都', '2024年3月'), item('zh-Hant', '南方日報', '未註明日期')], 'zh-Hant'),
    ).toBe('南都，2024年3月；南方日報，未註明日期');
    expect(joinItems([item('en', 'Nandu', 'March 2024'), item('en', 'Nanfang Daily', 'undated')], 'en')).toBe(
      'Nandu, March 2024; Nanfang Daily, undated',
    );
    expect(`目标${labelSeparator('zh-Hans')}100`).toBe('目标：100');
    expect(`Target${labelSeparator('en')}100`).toBe('Target: 100');
  });
});
