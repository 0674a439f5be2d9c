// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n-context';
import { describe, expect, it } from 'vitest';
import { datasetSchema, LANGS, type Dataset } from '../../domain/dataset-schema';
import { createI18n } from '../../i18n/create-i18n';
import { ALL_MESSAGES } from '../../i18n/all-messages';
import { HeadlineFigures } from './headline-figures';

const dataset: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as unknown,
);

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
    const { container } = render(
      <I18nProvider i18n={createI18n(lang, ALL_MESSAGES)}>
        <HeadlineFigures dataset={dataset} />
      </I18nProvider>,
    );
    const values = [...container.querySelectorAll('.figure-value')].map((v) => v.textContent);
    expect(values).toContain(EXPECTED[lang].f06);
    expect(values.join()).not.toMatch(/约|約|about|≈/);
    const sources = [...container.querySelectorAll('.figure-source')];
    expect(sources).toHaveLength(3);
    for (const s of sources) expect(s).toHaveTextContent(EXPECTED[lang].asOf);
  });

  it('says under each 2023 card that later figures differ in scope, and where they are (n11)', () => {
    const { container } = render(
      <I18nProvider i18n={createI18n(lang, ALL_MESSAGES)}>
        <HeadlineFigures dataset={dataset} />
      </I18nProvider>,
    );
    const cards = [...container.querySelectorAll('.figure-card')];
    expect(cards).toHaveLength(3);
    for (const card of cards)
      expect(card.querySelector('.figure-note')?.textContent).toBe(EXPECTED[lang].later);
  });
});
