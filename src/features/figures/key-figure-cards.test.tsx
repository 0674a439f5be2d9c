// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../domain/schema/dataset-schema';
import { formatFigure } from '../../domain/text/format-figure';
import { newerComparable } from '../../domain/outcomes/key-figures';
import { KeyFigureCards } from './key-figure-cards';
import { shippedDataset, shippedFollowup } from '../../testing/shipped-data';
import { renderWithProviders } from '../../testing/render-with-providers';

const dataset = shippedDataset;
/**
 * The cards the dashboard promises, by fact: events, firms, planned investment, pace, land,
 * investment growth, high-tech share, renovation, digitalisation, circular parks, the top-100
 * listings, battery share. With the charts, every figure of the dataset is shown somewhere.
 */
const CARD_FACTS = ['F12', 'F13', 'F14', 'F19', 'F15', 'F16', 'F18', 'F20', 'F21', 'F22', 'F23', 'F07'];
const LISTING: Record<Lang, string> = {
  'zh-Hans': '入选名单（本身没有数字）',
  'zh-Hant': '入選名單（本身沒有數字）',
  en: 'a listing (it has no figure)',
};
const AS_OF: Record<Lang, string> = {
  'zh-Hans': '资料日期：2024年3月',
  'zh-Hant': '資料日期：2024年3月',
  en: 'as of Mar 2024',
};
const SINCE_LAST_YEAR: Record<Lang, string> = {
  'zh-Hans': '去年以来（2024年3月所说）',
  'zh-Hant': '去年以來（2024年3月所說）',
  en: '“since last year” (said in March 2024)',
};

const followup = shippedFollowup;

/** `withFollowup`: as once the follow-up file has arrived; else as before it (or when it failed). */
function renderCards(lang: Lang, sectors: string[] = [], withFollowup = false) {
  return renderWithProviders(<KeyFigureCards dataset={dataset} />, {
    lang,
    view: { sectors },
    followup: withFollowup ? followup : undefined,
  });
}
const cards = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('[data-indicator]')].map((el) => ({
    id: el.getAttribute('data-indicator') ?? '',
    scope: el.getAttribute('data-scope'),
    value: el.querySelector('.figure-value')?.textContent ?? '',
    text: el.textContent ?? '',
  }));

describe('KeyFigureCards', () => {
  it.each(LANGS)('shows every key figure as the dataset holds it, qualifier kept (%s)', (lang) => {
    const { container } = renderCards(lang);
    const shown = cards(container);
    const expected = CARD_FACTS.flatMap((f) => dataset.indicators.filter((i) => i.fact === f));
    expect(shown.map((c) => c.id)).toEqual(expected.map((i) => i.id));
    for (const [i, ind] of expected.entries()) {
      const { text, target } = formatFigure(ind, lang, '');
      // F23 is a listing with no number: it says so, never "not published".
      expect(shown[i]?.value).toBe(ind.fact === 'F23' ? LISTING[lang] : `${target ?? ''}${text}`);
      // Each figure carries the date of its sources (all from March 2024).
      expect(shown[i]?.text).toContain(AS_OF[lang]);
    }
    // 去年以来 as the source words it, never a derived "2023–2024".
    for (const c of shown.filter((x) => ['f12', 'f13', 'f14'].includes(x.id))) {
      expect(c.text).toContain(SINCE_LAST_YEAR[lang]);
      expect(c.text).not.toContain('2023–2024');
    }
    expect(shown.find((c) => c.id === 'f15')?.text).toContain('2023');
    expect(shown.map((c) => c.text).join()).not.toMatch(/未公布|not published/);
  });

  it.each<[Lang, string]>([
    ['zh-Hans', '期间未注明（2024年3月所说）'],
    ['zh-Hant', '期間未註明（2024年3月所說）'],
    ['en', 'period not stated (said in Mar 2024)'],
  ])('gives every card a period, or says the source states none and when it was said (%s)', (lang, none) => {
    const { container } = renderCards(lang);
    const periods = new Map(
      [...container.querySelectorAll<HTMLElement>('[data-indicator]')].map((el) => [
        el.getAttribute('data-indicator') ?? '',
        el.querySelector('.figure-period')?.textContent ?? '',
      ]),
    );
    for (const [id, period] of periods) expect(period, id).not.toBe('');
    // 3.8 days, 8 days, > 40 %, 691 enterprises (and the circular parks, the listings): no period in the source.
    for (const ind of dataset.indicators.filter((i) => periods.has(i.id) && !i.period && !i.periodWords))
      expect(periods.get(ind.id), ind.id).toContain(none);
    for (const id of ['f19-introduce-days', 'f19-land-days', 'f18', 'f21'])
      expect(periods.get(id), id).toContain(none);
    expect(periods.get('f20')).not.toContain(none);
  });

  it('writes the storage-battery share as a fraction, not in 亿元', () => {
    const { container } = renderCards('zh-Hans');
    const f07 = cards(container).find((c) => dataset.indicators.find((i) => i.id === c.id)?.fact === 'F07');
    expect(f07?.value).toBe('1/6');
    expect(f07?.value).not.toMatch(/亿/);
  });

  it('keeps city-wide and park figures under a filter, marked as such, and drops other sectors’ figures', () => {
    const { container } = renderCards('zh-Hans', ['nev']);
    const shown = cards(container);
    const sectorFigures = dataset.indicators.filter(
      (i) => CARD_FACTS.includes(i.fact) && i.sectors.length > 0 && !i.sectors.includes('nev'),
    );
    expect(sectorFigures.length).toBeGreaterThan(0);
    for (const i of sectorFigures) expect(shown.map((c) => c.id)).not.toContain(i.id);
    for (const c of shown.filter((x) => x.scope === 'city')) expect(c.text).toContain('全市');
    const park = shown.find((c) => c.scope === 'park');
    const parkId = dataset.indicators.find((i) => i.id === park?.id)?.park;
    expect(park?.text).toContain(dataset.parks.find((p) => p.id === parkId)?.name['zh-Hans']);
    expect(
      within(container).getByText(`所选行业以外的 ${sectorFigures.length} 项行业数字未显示。`),
    ).toBeInTheDocument();
  });

  it('takes a newer figure only for the same measure: F14 → Y37, never F01 or F06 (other scopes)', () => {
    expect([...newerComparable(followup).entries()].map(([fact, later]) => [fact, later.figure.id])).toEqual([
      ['F14', 'Y37-planned'],
    ]);
  });

  it.each<[Lang, string, string, string]>([
    ['zh-Hans', '1138.3亿元', '2024年 · 全市', '此前：超1000亿元，去年以来（2024年3月所说）'],
    ['zh-Hant', '1138.3億元', '2024年 · 全市', '此前：超1000億元，去年以來（2024年3月所說）'],
    [
      'en',
      'CNY 113.83 bn',
      '2024 · city-wide',
      'Earlier: more than CNY 100 bn, “since last year” (said in March 2024)',
    ],
  ])(
    'shows the newest comparable figure with its year and the earlier one beside it (%s)',
    (lang, value, period, earlier) => {
      const { container } = renderCards(lang, [], true);
      const f14 = container.querySelector<HTMLElement>('[data-later="Y37-planned"]');
      expect(f14?.querySelector('.figure-value')?.textContent).toBe(value);
      expect(f14?.querySelector('.figure-period')?.textContent).toContain(period);
      expect(f14?.querySelector('.figure-note')?.textContent).toBe(earlier);
      expect(f14?.querySelector('.figure-source')?.textContent).toContain(
        lang === 'en' ? 'Xijiang Daily' : '西江日',
      );
      // GDP 2024 (Y01), with the source's own growth on 2023 beside it.
      const gdp = container.querySelector<HTMLElement>('[data-later="Y01-gdp"]');
      expect(gdp?.querySelector('.figure-value')?.textContent).toBe(
        lang === 'en' ? 'CNY 291.785 bn' : lang === 'zh-Hant' ? '2917.85億元' : '2917.85亿元',
      );
      expect(gdp?.querySelector('.figure-note')?.textContent).toContain('2.2%');
    },
  );

  it('adds the later figures only after the cards there: nothing moves, and nothing changes without the file', () => {
    const before = cards(renderCards('zh-Hans').container);
    screen.getByRole('heading', { name: '招商与转型关键数字' });
    expect(document.querySelector('[data-later]')).toBeNull();
    cleanup();
    const after = renderCards('zh-Hans', [], true).container;
    // The same cards in the same order (F14's value is the newer one), then the GDP card last.
    const ids = [...after.querySelectorAll('.figure-grid > div')].map(
      (el) => el.getAttribute('data-indicator') ?? el.getAttribute('data-later'),
    );
    expect(ids).toEqual([...before.map((c) => c.id), 'Y01-gdp']);
  });
});
