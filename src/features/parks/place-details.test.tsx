// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../domain/schema/dataset-schema';
import type { ViewState } from '../../state/view-state';
import { shippedDataset } from '../../testing/shipped-data';
import { renderParkList } from './parks-test-kit';

const dataset = shippedDataset;

/** The host as the app mounts it: the details in front of the list, which stays mounted. */
const renderHost = (lang: Lang = 'zh-Hans', view: Partial<ViewState> = {}) =>
  renderParkList(dataset, { lang, view, before: <button type="button">before</button> });

const details = () => screen.getByRole('region', { name: /./, hidden: false });
const panel = () => {
  const heading = document.getElementById('place-details-heading');
  const section = heading?.closest('section');
  if (!section) throw new Error('details are not open');
  return section;
};

describe('park details', () => {
  it('shows what is known of a core park with a published extent, with qualifiers and sources', () => {
    renderHost('zh-Hans', { park: 'high-tech-zone' });
    const p = within(panel());
    expect(p.getByRole('heading', { level: 2, name: '肇庆高新区' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent('核心园区 · 园区');
    expect(panel()).toHaveTextContent('肇慶高新區 · Zhaoqing National High-tech Zone');
    expect(panel()).toHaveTextContent('已公布经纬度范围（外接框）：东经112°47′–112°52′，北纬23°15′–23°24′');
    // The source gives the standard only for the county parks.
    expect(panel()).toHaveTextContent('未公布（原文只给出东西部各县园区的标准）');
    expect(p.getByRole('button', { name: '四会市' })).toBeInTheDocument();
    expect(p.getByText('新能源汽车（推断）')).toBeInTheDocument();
    // A press-text claim and a secondary one, each with its source line; the secondary one marked.
    const claims = p.getAllByRole('listitem').filter((li) => li.classList.contains('claim'));
    const primary = claims.find((c) => c.textContent?.includes('碳达峰试点园区'));
    const secondary = claims.find((c) => c.textContent?.includes('441284450'));
    expect(primary).toHaveTextContent('来源：南都（南方都市报），2024年3月');
    expect(primary).not.toHaveTextContent('二手资料');
    expect(secondary).toHaveTextContent('二手资料 · 可信度高 · 截至2023年');
    expect(secondary).toHaveTextContent('来源：国家统计局，2023年');
    expect(secondary).toHaveTextContent('[X02]');
    // Named firms with their own sources.
    expect(p.getByRole('heading', { level: 4, name: '小鹏汽车' })).toBeInTheDocument();
    expect(p.getByRole('heading', { level: 4, name: '宁德时代 / 瑞庆时代' })).toBeInTheDocument();
    // The full citation of each source used: a description we wrote is marked so, never in 《》.
    expect(panel()).toHaveTextContent('（无原标题，以下为本站描述）统计用区划代码（2023年）');
    expect(panel()).not.toHaveTextContent('《统计用区划代码（2023年）》');
  });

  it('says a county-level park is approximate, and "not published" where the sources are silent', () => {
    renderHost('zh-Hans', { park: 'deqing-wind' });
    expect(panel()).toHaveTextContent('位置近似（县级）：来源只给出所在县（市、区），地图标在县名旁');
    expect(panel()).toHaveTextContent('西部园区按原文应达到“八通一平”（板块要求，未逐园核实）');
    expect(panel()).toHaveTextContent('未公布：来源没有点名这里的企业或项目');
  });

  it('shows a park’s figures with their qualifiers', () => {
    renderHost('zh-Hans', { park: 'agglomeration-zone' });
    expect(panel()).toHaveTextContent('平均3.8天');
    expect(panel()).toHaveTextContent('平均8天');
    expect(panel()).toHaveTextContent('推断（低可信度）');
    expect(panel()).toHaveTextContent('可信度低');
  });

  it('marks a park known only from secondary material', () => {
    renderHost('en', { park: 'fengkai-changgang-building-materials' });
    expect(panel()).toHaveTextContent('This park is known only from secondary material');
    expect(panel()).toHaveTextContent('Location approximate (county level)');
  });

  it('moves between a park, its county and its parent park', async () => {
    const { store, user } = renderHost('zh-Hans', { park: 'dawang-nev-park' });
    await user.click(within(panel()).getByRole('button', { name: '肇庆高新区' }));
    expect(store.getState().view.park).toBe('high-tech-zone');
    await user.click(within(panel()).getByRole('button', { name: '四会市' }));
    expect(store.getState().view).toMatchObject({ park: null, county: '441284' });
    expect(screen.getByRole('heading', { level: 2, name: '四会市' })).toHaveFocus();
  });
});

describe('county details', () => {
  it('shows the county’s block, standard, parks, firms and notes with sources', () => {
    renderHost('zh-Hans', { county: '441284' });
    const p = within(panel());
    expect(p.getByRole('heading', { level: 2, name: '四会市' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent('县级行政区 · 东部');
    expect(panel()).toHaveTextContent('九通一平');
    for (const name of ['肇庆高新区', '四会精细化工园', '四会高分子合成材料', '肇庆(四会)电子信息产业园'])
      expect(
        p.getByRole('button', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}，`) }),
      ).toBeInTheDocument();
    expect(p.getByRole('heading', { level: 4, name: '协鑫集团肇庆项目' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent('次要来源（南方日报转载）');
  });

  it('says so when no park of the county matches the selected sectors', () => {
    renderHost('zh-Hans', { county: '441225', sectors: ['nev'] });
    expect(panel()).toHaveTextContent('这里没有符合所选产业的园区');
    expect(within(panel()).getByRole('button', { name: /^长岗绿色建材产业园/ })).toHaveClass('is-faded');
  });

  it('does not say so when a park matches', () => {
    renderHost('zh-Hans', { county: '441225', sectors: ['green-building'] });
    expect(panel()).not.toHaveTextContent('这里没有符合所选产业的园区');
  });
});

describe('opening and closing', () => {
  it('hides the list while details are open, and keeps it mounted', () => {
    renderHost('zh-Hans', { park: 'huaiji-food' });
    const list = screen.getByRole('heading', { name: '园区一览', hidden: true });
    expect(list).not.toBeVisible();
    expect(details()).toBeInTheDocument();
  });

  it('focuses the heading when opened from a row; Escape closes and gives focus back to the row', async () => {
    const { store, user } = renderHost();
    const row = screen.getByRole('button', { name: /^怀集食品加工产业园/ });
    await user.click(row);
    expect(screen.getByRole('heading', { level: 2, name: '怀集食品加工产业园' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(store.getState().view.park).toBeNull();
    expect(document.getElementById('place-details-heading')).toBeNull();
    expect(row).toHaveFocus();
  });

  it('the close button gives focus back too, also after moving within the panel', async () => {
    const { user } = renderHost();
    const row = screen.getByRole('button', { name: /^德庆风机装备园/ });
    row.focus();
    await user.keyboard('{Enter}');
    await user.click(within(panel()).getByRole('button', { name: '德庆县' }));
    expect(screen.getByRole('heading', { level: 2, name: '德庆县' })).toHaveFocus();
    await user.click(within(panel()).getByRole('button', { name: '关闭详情' }));
    expect(row).toHaveFocus();
  });

  it('does not take focus when the page opens on a link to a park', () => {
    renderHost('zh-Hans', { park: 'high-tech-zone' });
    expect(screen.getByRole('heading', { level: 2, name: '肇庆高新区' })).not.toHaveFocus();
  });

  it('opened from elsewhere (a map marker), gives focus back there', async () => {
    const { store, user } = renderHost();
    const outside = screen.getByRole('button', { name: 'before' });
    outside.focus();
    act(() => store.getState().actions.selectPark('new-area'));
    expect(screen.getByRole('heading', { level: 2, name: '肇庆新区' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(outside).toHaveFocus();
  });
});
