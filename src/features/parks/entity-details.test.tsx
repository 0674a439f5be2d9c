// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../domain/schema/dataset-schema';
import type { ViewState } from '../../state/view-state';
import { shippedDataset } from '../../testing/shipped-data';
import { renderParkList } from './parks-test-kit';

const dataset = shippedDataset;

const renderHost = (lang: Lang = 'zh-Hans', view: Partial<ViewState> = {}) =>
  renderParkList(dataset, { lang, view });

const panel = () => {
  const section = document.getElementById('place-details-heading')?.closest('section');
  if (!section) throw new Error('details are not open');
  return section;
};
const sectorItem = (id: string) => {
  const li = panel().querySelector(`.sector-basis li[data-sector="${id}"]`);
  if (!li) throw new Error(`no sector ${id}`);
  return li;
};

describe('park details: the basis of each sector link', () => {
  it.each([
    [
      'zh-Hans',
      '新型储能（推断）',
      '推断：瑞庆时代（宁德时代）位于高新区（X11）',
      '推断所据资料：经济日报，2023年',
    ],
    [
      'zh-Hant',
      '新型儲能（推斷）',
      '推斷：瑞慶時代（寧德時代）位於高新區（X11）',
      '推斷所據資料：經濟日報，2023年',
    ],
    [
      'en',
      'New-type energy storage (inferred)',
      'Inferred: CATL’s Ruiqing Shidai is in the zone (X11)',
      'Inferred from: Economic Daily',
    ],
  ] as const)(
    '%s: an inferred link says "inferred" with its reason, in italics',
    (lang, chip, reason, from) => {
      renderHost(lang, { park: 'high-tech-zone' });
      const li = sectorItem('storage');
      expect(li).toHaveClass('is-inferred');
      expect(li).toHaveTextContent(chip);
      expect(li).toHaveTextContent(reason);
      expect(li).toHaveTextContent(from);
    },
  );

  it.each([
    ['zh-Hans', '有来源：「推动肇庆大旺智能网联新能源汽车产业园', '南都（南方都市报），2024年3月'],
    ['zh-Hant', '有來源：「推动肇庆大旺智能网联新能源汽车产业园', '南都（南方都市報），2024年3月'],
    ['en', 'Stated by the source: “推动肇庆大旺智能网联新能源汽车产业园', 'Southern Metropolis Daily'],
  ] as const)('%s: a stated link quotes the source and names it', (lang, quote, source) => {
    renderHost(lang, { park: 'dawang-nev-park' });
    const li = sectorItem('nev');
    expect(li).not.toHaveClass('is-inferred');
    expect(li.textContent?.replace(/\s+/g, '')).toContain(quote.replace(/\s+/g, ''));
    expect(li).toHaveTextContent(source);
  });

  it('with "sourced links only", says that an inferred link does not count', () => {
    renderHost('zh-Hans', { park: 'new-area', links: 'sourced' });
    expect(sectorItem('electronics')).toHaveTextContent('此推断关联不计入筛选');
  });
});

describe('a firm on its own', () => {
  it.each([
    {
      lang: 'zh-Hans' as const,
      later: '后续资料',
      y15: '小鹏汽车第50万辆在肇庆下线',
      y15Source: '来源：西江日报（记者 陈洁），2025年1月23日',
      park: '有来源（原文措辞未收录）：经济日报，2023年',
      county: '四会市',
    },
    {
      lang: 'zh-Hant' as const,
      later: '後續資料',
      y15: '小鵬汽車第50萬輛在肇慶下線',
      y15Source: '來源：西江日報（記者 陳潔），2025年1月23日',
      park: '有來源（原文措辭未收錄）：經濟日報，2023年',
      county: '四會市',
    },
    {
      lang: 'en' as const,
      later: 'Later source',
      y15: 'XPeng’s 500,000th vehicle rolled off the line in Zhaoqing',
      y15Source: 'Xijiang Daily',
      park: 'Stated by the source (its wording is not on file): Economic Daily',
      county: 'Sihui City',
    },
  ])(
    '$lang: sectors, park and county with their basis, and the later facts with qualifier, period and source',
    (c) => {
      renderHost(c.lang, { entity: 'xpeng' });
      const p = within(panel());
      expect(p.getByRole('heading', { level: 2 })).toHaveTextContent(
        dataset.entities[0]?.name[c.lang] ?? '?',
      );
      expect(panel()).toHaveTextContent(c.park);
      expect(panel()).toHaveTextContent('[X11]');
      expect(p.getByRole('button', { name: c.county })).toBeInTheDocument();
      expect(sectorItem('nev')).not.toHaveClass('is-inferred');
      const later = [...panel().querySelectorAll('li.is-later')];
      expect(later.map((li) => li.querySelector('.fact-id')?.textContent?.trim())).toEqual([
        '[Y15]',
        '[Y09]',
        '[Y14]',
      ]);
      const y15 = later[0];
      expect(y15).toHaveTextContent(c.later);
      expect(y15).toHaveTextContent(c.y15);
      expect(y15).toHaveTextContent(c.y15Source);
      // The 2024 event from the press text is not a later fact.
      expect(
        panel().querySelectorAll('.claims > li.claim:not(.is-later) time[datetime="2024-03"]'),
      ).toHaveLength(1);
    },
  );

  it('keeps the qualifiers of later facts: "more than" 500,000 as a floor, "nearly" 100 GWh, value-added growth', () => {
    renderHost('en', { entity: 'xpeng' });
    expect(panel()).toHaveTextContent('more than 500,000 vehicles');
    expect(panel()).toHaveTextContent('only a floor');
    expect(panel()).toHaveTextContent('growth of value added, not output');
    renderHost('zh-Hans', { entity: 'catl-ruiqing' });
    expect(document.body).toHaveTextContent('瑞庆时代电池产量近100GWh');
    expect(document.body).toHaveTextContent('中新网（记者 程景伟），2026年1月14日');
  });

  it('says where the sources are silent: no park, no county, position not published', () => {
    renderHost('zh-Hans', { entity: 'regina-miracle' });
    expect(panel()).toHaveTextContent('来源未说明所在园区');
    expect(panel()).toHaveTextContent('来源未说明所在县（市、区）');
    expect(panel()).toHaveTextContent('位置未公布，地图上不显示');
    expect(sectorItem('electronics')).toHaveTextContent('电子信息（推断）');
  });

  it('opens from its row in the list; Escape closes and gives focus back to the row', async () => {
    const { store, user } = renderHost();
    const row = screen.getByRole('button', { name: /^协鑫集团肇庆项目/ });
    await user.click(row);
    expect(store.getState().view.entity).toBe('gcl');
    expect(screen.getByRole('heading', { level: 2, name: '协鑫集团肇庆项目' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(store.getState().view.entity).toBeNull();
    expect(row).toHaveFocus();
  });

  it('opens from its park’s details, and leads back to the park', async () => {
    const { store, user } = renderHost('zh-Hans', { park: 'high-tech-zone' });
    await user.click(within(panel()).getByRole('button', { name: '宁德时代 / 瑞庆时代：查看详情' }));
    expect(store.getState().view).toMatchObject({ entity: 'catl-ruiqing', park: null });
    expect(screen.getByRole('heading', { level: 2, name: '宁德时代 / 瑞庆时代' })).toHaveFocus();
    await user.click(within(panel()).getByRole('button', { name: '肇庆高新区' }));
    expect(store.getState().view).toMatchObject({ entity: null, park: 'high-tech-zone' });
  });
});

describe.each([
  ['zh-Hans', '位于肇庆高新区已公布范围内；自身位置和范围未公布'],
  ['zh-Hant', '位於肇慶高新區已公布範圍內；自身位置和範圍未公布'],
  ['en', 'Inside the published extent of Zhaoqing National High-tech Zone'],
] as const)('a firm inside a core park (%s)', (lang, words) => {
  it('names the park whose published extent it is inside, in the words the park details use', () => {
    renderHost(lang, { entity: 'xpeng' });
    expect(panel()).toHaveTextContent(words);
    expect(panel()).not.toHaveTextContent(/已公布范围：东经|已公布範圍：東經|published extent: /);
  });
});

describe('firm details: a source’s date keeps its hedge (audit n7)', () => {
  it.each([
    ['zh-Hans', '粤港澳大湾区门户网肇庆分站（推测）', '2025年4月（约2025年4—5月）'],
    ['zh-Hant', '粵港澳大灣區門戶網肇慶分站（推測）', '2025年4月（約2025年4—5月）'],
    ['en', 'Greater Bay Area portal, Zhaoqing section (likely)', 'Apr 2025 (about Apr–May 2025)'],
  ] as const)('%s: XPeng’s Q1 2025 source is the one record, its date hedged', (lang, outlet, date) => {
    renderHost(lang, { entity: 'xpeng' });
    expect(panel()).toHaveTextContent(outlet);
    expect(panel()).toHaveTextContent(date);
    // The old second record of YS08 is gone everywhere.
    expect(panel().textContent).not.toMatch(/经转载阅读|經轉載閱讀|read via a repost/);
  });
});
