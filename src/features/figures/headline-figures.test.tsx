// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../domain/schema/dataset-schema';
import { HeadlineFigures } from './headline-figures';
import { shippedDataset, shippedFollowup } from '../../testing/shipped-data';
import userEvent from '@testing-library/user-event';
import { createViewStore } from '../../state/view-store';
import { DEFAULT_VIEW } from '../../state/view-state';
import { HEADLINE_LATER } from '../../domain/outcomes/headline';
import { renderWithProviders } from '../../testing/render-with-providers';

const dataset = shippedDataset;

const EXPECTED = {
  'zh-Hans': {
    f06: '接近500亿元',
    asOf: '资料日期：2024年3月',
    later: '后来的资料口径不同，见“目标与结果”',
    since: '此后的情况',
  },
  'zh-Hant': {
    f06: '接近500億元',
    asOf: '資料日期：2024年3月',
    later: '後來的資料口徑不同，見“目標與結果”',
    since: '此後的情況',
  },
  en: {
    f06: 'nearly CNY 50 bn',
    asOf: 'as of Mar 2024',
    later: 'Later figures differ in scope: see Targets & outcomes',
    since: 'What happened since',
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
    for (const card of cards) {
      const links = [...card.querySelectorAll('.figure-links a')];
      expect(links.map((a) => a.textContent)).toEqual([EXPECTED[lang].later, EXPECTED[lang].since]);
    }
  });

  it('points each card to its target’s verdict and to what happened since, on the outcomes tab', async () => {
    const store = createViewStore(DEFAULT_VIEW);
    const { container } = renderWithProviders(<HeadlineFigures dataset={dataset} />, { lang, store });
    const hrefs = [...container.querySelectorAll('.figure-links a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '#outcome-emerging-output',
      '#later-facts',
      '#outcome-nev-output-2024',
      '#later-topic-nev',
      '#outcome-storage-output',
      '#later-topic-storage',
    ]);
    const link = container.querySelector<HTMLAnchorElement>('a[href="#later-topic-nev"]');
    if (!link) throw new Error('no link');
    await userEvent.click(link);
    expect(store.getState().view.tab).toBe('outcomes');
  });
});

describe('the headline cards’ links', () => {
  it('name target cards that exist', () => {
    const pairs = new Set(shippedFollowup.pairs.map((p) => p.id));
    for (const { pair } of Object.values(HEADLINE_LATER)) expect(pairs).toContain(pair);
  });
});
