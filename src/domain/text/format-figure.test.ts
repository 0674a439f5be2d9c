import { describe, expect, it } from 'vitest';
import type { Indicator } from '../schema/dataset-schema';
import { figureMark, formatDate, formatFigure, formatFigureLine } from './format-figure';

type Fig = Pick<Indicator, 'value' | 'unit' | 'qualifier' | 'kind' | 'ratio'>;
const fig = (over: Partial<Fig>): Fig => ({
  value: 800,
  unit: 'cny-100m',
  qualifier: 'more-than',
  kind: 'actual',
  ...over,
});

describe('formatFigure keeps the qualifier and the unit in every language', () => {
  it.each([
    [fig({}), 'zh-Hans', '超800亿元'],
    [fig({}), 'zh-Hant', '超800億元'],
    [fig({}), 'en', 'more than CNY 80 bn'],
    [fig({ value: 500, qualifier: 'about' }), 'zh-Hans', '约500亿元'],
    [fig({ value: 500, qualifier: 'about' }), 'zh-Hant', '約500億元'],
    [fig({ value: 500, qualifier: 'about' }), 'en', 'about CNY 50 bn'],
    [fig({ value: 1675, qualifier: 'exact' }), 'en', 'CNY 167.5 bn'],
    [fig({ value: 1675, qualifier: 'exact' }), 'zh-Hans', '1675亿元'],
    [fig({ value: 10000, unit: 'mu', qualifier: 'nearly' }), 'zh-Hans', '近1万亩'],
    [fig({ value: 10000, unit: 'mu', qualifier: 'nearly' }), 'zh-Hant', '近1萬畝'],
    [fig({ value: 10000, unit: 'mu', qualifier: 'nearly' }), 'en', 'nearly 10,000 mu'],
    [fig({ value: 0.1667, unit: 'fraction', qualifier: 'share', ratio: [1, 6] }), 'en', '1/6'],
    [fig({ value: 0.1667, unit: 'fraction', qualifier: 'share', ratio: [1, 6] }), 'zh-Hans', '1/6'],
    [fig({ value: 3.8, unit: 'days', qualifier: 'average' }), 'zh-Hans', '平均3.8天'],
    [fig({ value: 172, unit: 'projects', qualifier: 'exact' }), 'zh-Hant', '172個'],
    // 接近: nearly, just under; never 约 / about.
    [fig({ value: 500, qualifier: 'approaching' }), 'zh-Hans', '接近500亿元'],
    [fig({ value: 500, qualifier: 'approaching' }), 'zh-Hant', '接近500億元'],
    [fig({ value: 500, qualifier: 'approaching' }), 'en', 'nearly CNY 50 bn'],
    // A class (千亿级), never an amount.
    [fig({ value: 1000, qualifier: 'level' }), 'zh-Hans', '千亿级'],
    [fig({ value: 1000, qualifier: 'level' }), 'zh-Hant', '千億級'],
    [fig({ value: 1000, qualifier: 'level' }), 'en', 'CNY 100 bn class'],
    [fig({ value: 500, qualifier: 'level' }), 'zh-Hans', '五百亿级'],
    [fig({ value: 500, qualifier: 'level' }), 'en', 'CNY 50 bn class'],
  ] as const)('%o in %s → %s', (f, lang, expected) => {
    expect(formatFigure(f, lang, '未公布').text).toBe(expected);
  });

  it('says "not published" when there is no value, instead of a number', () => {
    expect(formatFigure(fig({ value: null }), 'en', 'not published').text).toBe('not published');
  });

  it('marks targets as targets', () => {
    expect(formatFigureLine(fig({ value: 1000, kind: 'target' }), 'zh-Hans', '')).toBe('目标：超1000亿元');
    expect(formatFigureLine(fig({ value: 1000, kind: 'target' }), 'en', '')).toBe(
      'target: more than CNY 100 bn',
    );
    expect(formatFigure(fig({}), 'en', '').target).toBeNull();
  });

  it('gives compact chart marks that keep the qualifier', () => {
    expect(figureMark(fig({}), 'en')).toBe('> 800');
    expect(figureMark(fig({ value: 500, qualifier: 'about' }), 'en')).toBe('≈ 500');
    expect(figureMark(fig({ value: 1675, qualifier: 'exact' }), 'en')).toBe('1,675');
    // 近 and 接近 keep their words: ≈ would read as "about".
    expect(figureMark(fig({ value: 5000, qualifier: 'approaching' }), 'zh-Hans')).toBe('接近5000');
    expect(figureMark(fig({ value: 100, qualifier: 'nearly' }), 'zh-Hant')).toBe('近100');
    expect(figureMark(fig({ value: 500, qualifier: 'approaching' }), 'en')).toBe('nearly 500');
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-03-09', 'zh-Hans', '2024年3月9日'],
    ['2024-03-09', 'en', '9 Mar 2024'],
    ['2024-03', 'en', 'Mar 2024'],
    ['2024', 'zh-Hant', '2024年'],
  ] as const)('%s in %s → %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });

  it('names every month as en-GB does in Intl, without Intl', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++)
      expect(formatDate(`2025-${String(m).padStart(2, '0')}`, 'en')).toBe(
        `${intl.format(Date.UTC(2025, m - 1, 1))} 2025`,
      );
  });
});
