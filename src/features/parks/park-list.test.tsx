// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../domain/schema/dataset-schema';
import type { ViewState } from '../../state/view-state';
import { shippedDataset } from '../../testing/shipped-data';
import { renderParkList } from './parks-test-kit';

const dataset = shippedDataset;

const renderList = (lang: Lang = 'zh-Hans', view: Partial<ViewState> = {}) =>
  renderParkList(dataset, { lang, view, listOnly: true });

const rowName = (name: string) => new RegExp(`^${name.replace(/[()]/g, '\\$&')}\\s*(，|,|$)`);

describe('ParkList', () => {
  it('lists every park of the dataset once, as a button named after it', () => {
    renderList();
    const rows = screen.getAllByRole('button').filter((b) => b.hasAttribute('data-park-id'));
    expect(rows.map((r) => r.getAttribute('data-park-id')).sort()).toEqual(
      dataset.parks.map((p) => p.id).sort(),
    );
    for (const row of rows) {
      const park = dataset.parks.find((p) => p.id === row.getAttribute('data-park-id'));
      expect(row).toHaveAccessibleName(rowName(park?.name['zh-Hans'] ?? '?'));
    }
  });

  it('groups by tier and county: core parks, then the eastern and western districts with their parks', () => {
    renderList();
    expect(screen.getByRole('heading', { name: '3大核心园区' })).toBeInTheDocument();
    const east = screen.getByRole('region', { name: /东部4区（市）/ });
    const west = screen.getByRole('region', { name: /西部4县/ });
    expect(
      within(east)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['端州区概况', '鼎湖区概况', '高要区概况', '四会市概况']);
    expect(within(west).getByRole('button', { name: rowName('德庆风机装备园') })).toBeInTheDocument();
    expect(within(east).queryByRole('button', { name: rowName('德庆风机装备园') })).toBeNull();
    // A park inside a core park is listed under it.
    const core = screen.getByRole('list', { name: '3大核心园区' });
    expect(
      within(core).getByRole('button', { name: rowName('肇庆大旺智能网联新能源汽车产业园') }),
    ).toBeInTheDocument();
  });

  it('says how precisely each park is located, and marks parks known only from secondary material', () => {
    renderList();
    expect(screen.getByRole('button', { name: rowName('肇庆高新区') })).toHaveTextContent('已公布范围');
    expect(screen.getByRole('button', { name: rowName('德庆风机装备园') })).toHaveTextContent(
      '位置近似（县级）',
    );
    expect(screen.getByRole('button', { name: rowName('长岗绿色建材产业园') })).toHaveTextContent(
      '仅见于二手资料',
    );
    expect(screen.getByRole('button', { name: rowName('四会高分子合成材料') })).toHaveTextContent(
      '中小企业特色产业集群（非有边界的园区）',
    );
  });

  it('opens a park or a county from its row', async () => {
    const { store, user } = renderList();
    await user.click(screen.getByRole('button', { name: rowName('怀集食品加工产业园') }));
    expect(store.getState().view.park).toBe('huaiji-food');
    await user.click(screen.getByRole('button', { name: '封开县概况' }));
    expect(store.getState().view).toMatchObject({ county: '441225', park: null });
  });

  it('fades, but keeps, the parks outside the selected sectors', () => {
    renderList('zh-Hans', { sectors: ['storage'] });
    expect(screen.getByText('已按所选产业筛选：不符合的园区变淡，但仍列出。')).toBeInTheDocument();
    const htz = screen.getByRole('button', { name: rowName('肇庆高新区') });
    const deqing = screen.getByRole('button', { name: rowName('德庆风机装备园') });
    expect(htz).not.toHaveClass('is-faded');
    expect(htz).not.toHaveTextContent('不符合所选产业');
    expect(deqing).toHaveClass('is-faded');
    expect(deqing).toHaveTextContent('不符合所选产业');
  });

  it('lists the named firms and projects, saying where none is published; each row opens the firm itself', async () => {
    const { user, store } = renderList();
    const list = screen.getByRole('list', { name: '企业与项目' });
    expect(list.children).toHaveLength(dataset.entities.length);
    const fenghua = within(list).getByRole('button', { name: rowName('风华高科') });
    expect(fenghua).toHaveTextContent('企业 · 位置未公布 · 电子信息');
    const xpeng = within(list).getByRole('button', { name: rowName('小鹏汽车') });
    expect(xpeng).toHaveTextContent('肇庆高新区');
    await user.click(xpeng);
    expect(store.getState().view).toMatchObject({ entity: 'xpeng', park: null, county: null });
    expect(xpeng).toHaveAttribute('aria-current', 'true');
  });

  it.each([
    [
      'zh-Hans',
      '肇庆高新区',
      '新能源汽车（推断）、新型储能（推断）',
      '维珍妮',
      '电子信息（推断）',
      '德庆风机装备园',
      '风机装备',
    ],
    [
      'zh-Hant',
      '肇慶高新區',
      '新能源汽車（推斷）、新型儲能（推斷）',
      '維珍妮',
      '電子信息（推斷）',
      '德慶風機裝備園',
      '風機裝備',
    ],
    [
      'en',
      'Zhaoqing National High-tech Zone',
      'New energy vehicles (inferred), New-type energy storage (inferred)',
      'Regina Miracle',
      'Electronic information (inferred)',
      'Deqing Wind-turbine Equipment Park',
      'Wind-turbine equipment',
    ],
  ] as const)(
    '%s: says which sector links are inferred, in words and in italics',
    (lang, htz, htzSectors, regina, reginaSector, deqing, deqingSector) => {
      renderList(lang);
      const htzRow = screen.getByRole('button', { name: rowName(htz) });
      expect(htzRow).toHaveTextContent(htzSectors);
      expect(htzRow.querySelectorAll('em.is-inferred')).toHaveLength(2);
      expect(screen.getByRole('button', { name: rowName(regina) })).toHaveTextContent(reginaSector);
      const deqingRow = screen.getByRole('button', { name: rowName(deqing) });
      expect(deqingRow).toHaveTextContent(deqingSector);
      expect(deqingRow.querySelector('em.is-inferred')).toBeNull();
    },
  );

  it('with "sourced links only", fades a park that matches only by an inferred link', () => {
    renderList('zh-Hans', { sectors: ['storage'], links: 'sourced' });
    const htz = screen.getByRole('button', { name: rowName('肇庆高新区') });
    expect(htz).toHaveClass('is-faded');
    expect(htz).toHaveTextContent('不符合所选产业');
    // Storage firms are linked by the source's own words: they still match.
    expect(screen.getByRole('button', { name: rowName('宁德时代 / 瑞庆时代') })).not.toHaveClass('is-faded');
  });

  it('speaks the reader’s language', () => {
    renderList('zh-Hant');
    expect(screen.getByRole('heading', { name: '園區一覽' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: rowName('德慶風機裝備園') })).toHaveTextContent(
      '位置近似（縣級）',
    );
  });
});
