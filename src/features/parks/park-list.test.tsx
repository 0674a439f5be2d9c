// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset, type Lang } from '../../domain/dataset-schema';
import { createI18n } from '../../i18n/create-i18n';
import { ALL_MESSAGES } from '../../i18n/all-messages';
import { createViewStore } from '../../state/view-store';
import { ViewStoreProvider } from '../../state/view-store-context';
import { DEFAULT_VIEW, type ViewState } from '../../state/view-state';
import { ParkList } from './park-list';

const dataset: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as unknown,
);

function renderList(lang: Lang = 'zh-Hans', view: Partial<ViewState> = {}) {
  const store = createViewStore({ ...DEFAULT_VIEW, ...view });
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(lang, ALL_MESSAGES)}>
      <ViewStoreProvider store={store}>
        <ParkList dataset={dataset} />
      </ViewStoreProvider>
    </I18nextProvider>,
  );
  return { store, user };
}

const rowName = (name: string) => new RegExp(`^${name.replace(/[()]/g, '\\$&')}\\s*(，|,|$)`);

describe('ParkList', () => {
  it('lists every park of the dataset once, as a button named after it', () => {
    renderList();
    const rows = screen.getAllByRole('button').filter((b) => b.classList.contains('park-row'));
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

  it('lists the named firms and projects, saying where none is published, with their sources', async () => {
    const { user, store } = renderList();
    const list = screen.getByRole('list', { name: '企业与项目' });
    expect(list.children).toHaveLength(dataset.entities.length);
    const fenghua = within(list).getByText('风华高科').closest('details');
    if (!fenghua) throw new Error('no row');
    expect(fenghua).toHaveTextContent('位置未公布');
    await user.click(within(fenghua).getByText('风华高科'));
    expect(fenghua).toHaveTextContent('来源：南都（南方都市报），2024年3月');
    const gcl = within(list).getByText('协鑫集团肇庆项目').closest('details');
    if (!gcl) throw new Error('no row');
    await user.click(within(gcl).getByText('协鑫集团肇庆项目'));
    await user.click(within(gcl).getByRole('button', { name: '查看四会市' }));
    expect(store.getState().view.county).toBe('441284');
  });

  it('speaks the reader’s language', () => {
    renderList('zh-Hant');
    expect(screen.getByRole('heading', { name: '園區一覽' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: rowName('德慶風機裝備園') })).toHaveTextContent(
      '位置近似（縣級）',
    );
  });
});
