import { describe, expect, it } from 'vitest';
import { joinNames } from './localize';

describe('joinNames', () => {
  it('uses the enumeration comma in Chinese and a comma in English', () => {
    expect(joinNames(['南方日报', '南都'], 'zh-Hans')).toBe('南方日报、南都');
    expect(joinNames(['南方日報', '南都'], 'zh-Hant')).toBe('南方日報、南都');
    expect(joinNames(['Nanfang Daily', 'Nandu'], 'en')).toBe('Nanfang Daily, Nandu');
    expect(joinNames(['only'], 'en')).toBe('only');
  });
});
