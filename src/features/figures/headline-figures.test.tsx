// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../domain/schema/dataset-schema';
import { HeadlineFigures } from './headline-figures';
import { shippedDataset } from '../../testing/shipped-data';
import { renderWithProviders } from '../../testing/render-with-providers';

const dataset = shippedDataset;

const EXPECTED = {
  'zh-Hans': { f06: '接近500亿元', asOf: '资料日期：2024年3月', later: '后来的资料口径不同，见“目标与结果”' },
  'zh-Hant': { f06: '接近500億元', asOf: '資料日期：2024年3月', later: '後來的資料口徑不同，見“目標與結果”' },
  en: {
    f06: 'nearly CNY 50 bn',
    asOf: 'as of Mar 2024',
    later: 'Later figures differ in scope: see Targets & outcomes',
  },
} as const;

describe.each(LANGS)('headline figures (%s)', (lang) => {
  it('reads 接近 as 接近 / nearly (F06), and dates each figure by its sources', () => {
    const { container } = renderWithProviders(<HeadlineFigures dataset={dataset} />, { lang });
    const values = [...container.querySelectorAll('.figure-value')].map((v) => v.textContent);
    expect(values).toContain(EXPECTED[lang].f06);
    expect(values.join()).not.toMatch(/约|約|about|≈/);
    const sources = [...container.querySelectorAll('.figure-source')];
    expect(sources).toHaveLength(3);
    for (const s of sources) expect(s).toHaveTextContent(EXPECTED[lang].asOf);
  });

  it('says under each 2023 card that later figures differ in scope, and where they are (n11)', () => {
    const { container } = renderWithProviders(<HeadlineFigures dataset={dataset} />, { lang });
    const cards = [...container.querySelectorAll('.figure-card')];
    expect(cards).toHaveLength(3);
    for (const card of cards)
      expect(card.querySelector('.figure-note')?.textContent).toBe(EXPECTED[lang].later);
  });
});
