// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset, type Lang } from '../../domain/dataset-schema';
import { createI18n } from '../../i18n/create-i18n';
import { ALL_MESSAGES } from '../../i18n/all-messages';
import { createViewStore, type ViewStore } from '../../state/view-store';
import { ViewStoreProvider } from '../../state/view-store-context';
import { MatchSummary } from './match-summary';
import { SectorFilter } from './sector-filter';

const dataset: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as unknown,
);
const sector = (id: string) => {
  const s = dataset.sectors.find((x) => x.id === id);
  if (!s) throw new Error(`no sector ${id}`);
  return s;
};
const parksListing = (chosen: string[]) =>
  dataset.parks.filter((p) => chosen.length === 0 || p.sectors.some((s) => chosen.includes(s)));
const entitiesListing = (chosen: string[]) =>
  dataset.entities.filter((e) => chosen.length === 0 || e.sectors.some((s) => chosen.includes(s)));

function renderFilter(lang: Lang = 'zh-Hans', store: ViewStore = createViewStore()) {
  render(
    <I18nextProvider i18n={createI18n(lang, ALL_MESSAGES)}>
      <ViewStoreProvider store={store}>
        <SectorFilter dataset={dataset} />
        <MatchSummary dataset={dataset} />
      </ViewStoreProvider>
    </I18nextProvider>,
  );
  return { store, user: userEvent.setup() };
}

const toggle = (id: string, lang: Lang = 'zh-Hans') =>
  screen.getByRole('button', { name: sector(id).name[lang] });

describe('SectorFilter', () => {
  it('offers one toggle per sector, named by the sector, grouped as leading, characteristic and future', () => {
    renderFilter();
    const groups = ['主导产业（两新一电）', '特色产业', '未来产业'].map((name) =>
      screen.getByRole('group', { name }),
    );
    const inGroup = groups.map((g) =>
      within(g)
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-sector')),
    );
    expect(inGroup).toEqual(
      (['leading', 'characteristic', 'future'] as const).map((g) =>
        dataset.sectors.filter((s) => s.group === g).map((s) => s.id),
      ),
    );
    for (const s of dataset.sectors) expect(toggle(s.id)).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows, for every sector, how many parks list it (from the dataset)', () => {
    renderFilter();
    for (const s of dataset.sectors) {
      const count = dataset.parks.filter((p) => p.sectors.includes(s.id)).length;
      expect(toggle(s.id)).toHaveAccessibleDescription(`${count} 个园区`);
      expect(within(toggle(s.id)).getByText(String(count))).toBeInTheDocument();
    }
  });

  it('chooses NEV, then NEV and storage, then clears: pressed states, store, status and the match list follow', async () => {
    const { store, user } = renderFilter();
    const status = screen.getByRole('status');
    const summary = screen.getByRole('region', { name: '符合筛选的园区与企业' });
    const listed = (name: RegExp) =>
      within(within(summary).getByRole('list', { name }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);

    await user.click(toggle('nev'));
    expect(toggle('nev')).toHaveAttribute('aria-pressed', 'true');
    expect(toggle('storage')).toHaveAttribute('aria-pressed', 'false');
    expect(store.getState().view.sectors).toEqual(['nev']);
    expect(status).toHaveTextContent(
      `${parksListing(['nev']).length}/${dataset.parks.length} 个园区、${entitiesListing(['nev']).length}/${dataset.entities.length} 家企业和项目符合`,
    );
    expect(listed(/^园区/)).toEqual(parksListing(['nev']).map((p) => p.name['zh-Hans']));
    expect(listed(/^企业与项目/)).toEqual(entitiesListing(['nev']).map((e) => e.name['zh-Hans']));

    await user.click(toggle('storage'));
    expect(store.getState().view.sectors).toEqual(['nev', 'storage']);
    expect(toggle('storage')).toHaveAttribute('aria-pressed', 'true');
    expect(listed(/^园区/)).toEqual(parksListing(['nev', 'storage']).map((p) => p.name['zh-Hans']));
    expect(listed(/^企业与项目/)).toEqual(entitiesListing(['nev', 'storage']).map((e) => e.name['zh-Hans']));

    await user.click(screen.getByRole('button', { name: '清除' }));
    expect(store.getState().view.sectors).toEqual([]);
    for (const s of dataset.sectors) expect(toggle(s.id)).toHaveAttribute('aria-pressed', 'false');
    expect(status).toHaveTextContent(`显示全部 ${dataset.parks.length} 个园区`);
    expect(within(summary).queryByRole('list')).toBeNull();
  });

  it('keeps the selection in dataset order whatever the click order', async () => {
    const { store, user } = renderFilter();
    await user.click(toggle('storage'));
    await user.click(toggle('nev'));
    expect(store.getState().view.sectors).toEqual(['nev', 'storage']);
  });

  it('"select all" presses every toggle; it and "clear" say when they would do nothing', async () => {
    const { store, user } = renderFilter();
    const all = screen.getByRole('button', { name: '全选' });
    const clear = screen.getByRole('button', { name: '清除' });
    expect(clear).toHaveAttribute('aria-disabled', 'true');
    await user.click(clear);
    expect(store.getState().view.sectors).toEqual([]);
    await user.click(all);
    expect(store.getState().view.sectors).toEqual(dataset.sectors.map((s) => s.id));
    for (const s of dataset.sectors) expect(toggle(s.id)).toHaveAttribute('aria-pressed', 'true');
    expect(all).toHaveAttribute('aria-disabled', 'true');
    expect(clear).toHaveAttribute('aria-disabled', 'false');
    expect(screen.getByRole('status')).toHaveTextContent(
      `${parksListing(dataset.sectors.map((s) => s.id)).length}/${dataset.parks.length} 个园区`,
    );
  });

  it('names the counties with no matching park or firm', async () => {
    const { user } = renderFilter();
    await user.click(toggle('wind-equipment'));
    const chosen = ['wind-equipment'];
    const placed = new Set(
      [...parksListing(chosen), ...entitiesListing(chosen)].map((x) =>
        x.location.precision === 'unpublished' ? null : x.location.division,
      ),
    );
    const without = dataset.divisions.filter((d) => !placed.has(d.code)).map((d) => d.name['zh-Hans']);
    expect(without.length).toBeGreaterThan(0);
    expect(screen.getByText(`以下区县没有符合的园区或企业：${without.join('、')}`)).toBeInTheDocument();
  });

  it('speaks the reader’s language', () => {
    renderFilter('en');
    expect(screen.getByRole('group', { name: 'Future industries' })).toBeInTheDocument();
    expect(toggle('nev', 'en')).toHaveAccessibleDescription(
      `parks: ${dataset.parks.filter((p) => p.sectors.includes('nev')).length}`,
    );
    renderFilter('zh-Hant');
    expect(toggle('storage', 'zh-Hant')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '特色產業' })).toBeInTheDocument();
  });
});
