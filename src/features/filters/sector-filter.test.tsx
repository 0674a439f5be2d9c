// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type Dataset, type Lang } from '../../domain/schema/dataset-schema';
import { createViewStore, type ViewStore } from '../../state/view-store';
import { MatchSummary } from './match-summary';
import { SectorFilter } from './sector-filter';
import { shippedDataset } from '../../testing/shipped-data';
import { renderWithProviders } from '../../testing/render-with-providers';

const dataset = shippedDataset;
const sector = (id: string) => {
  const s = dataset.sectors.find((x) => x.id === id);
  if (!s) throw new Error(`no sector ${id}`);
  return s;
};
const parksListing = (chosen: string[]) =>
  dataset.parks.filter((p) => chosen.length === 0 || p.sectors.some((s) => chosen.includes(s)));
const entitiesListing = (chosen: string[]) =>
  dataset.entities.filter((e) => chosen.length === 0 || e.sectors.some((s) => chosen.includes(s)));

/** Opens the list of the sectors behind the "more" control (the characteristic and future ones). */
const openMore = async (user: ReturnType<typeof userEvent.setup>) => {
  const more = screen.getByRole('button', { name: /^(其他 13|13 more)/, expanded: false });
  await user.click(more);
};

function renderFilter(lang: Lang = 'zh-Hans', store: ViewStore = createViewStore()) {
  renderWithProviders(
    <>
      <SectorFilter dataset={dataset} />
      <MatchSummary dataset={dataset} />
    </>,
    { lang, store },
  );
  return { store, user: userEvent.setup() };
}

/** Stated links only, as an independent statement of the rule. */
const stated = (x: { sectors: string[]; sectorBasis: Record<string, { basis: string }> }) =>
  x.sectors.filter((s) => x.sectorBasis[s]?.basis === 'stated');
const INFERRED_MARK: Record<Lang, (name: string) => string> = {
  'zh-Hans': (n) => `${n}（推断）`,
  'zh-Hant': (n) => `${n}（推斷）`,
  en: (n) => `${n} (inferred)`,
};
/** A name in the match list: marked when only an inferred link makes it match. */
const listedName = (
  x: {
    name: Dataset['parks'][number]['name'];
    sectors: string[];
    sectorBasis: Record<string, { basis: string }>;
  },
  chosen: string[],
  lang: Lang = 'zh-Hans',
) => (stated(x).some((s) => chosen.includes(s)) ? x.name[lang] : INFERRED_MARK[lang](x.name[lang]));

/**
 * A sector's toggle in `lang`. Found by its sector rather than by role and name: its name comes from
 * its content (checked in full below), which jsdom computes slowly for every button of a query.
 */
const toggle = (id: string, lang: Lang = 'zh-Hans') => {
  const found = [...document.querySelectorAll<HTMLElement>(`button[data-sector="${id}"]`)].find(
    (b) => b.querySelector('.sector-name')?.textContent === sector(id).name[lang],
  );
  if (!found) throw new Error(`no ${lang} toggle for ${id}`);
  return found;
};

describe('SectorFilter', () => {
  it('offers one toggle per sector, named by the sector, grouped as leading, characteristic and future', async () => {
    const { user } = renderFilter();
    await openMore(user);
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

  it('shows, for every sector, how many parks list it (from the dataset)', async () => {
    const { user } = renderFilter();
    await openMore(user);
    for (const s of dataset.sectors) {
      const parks = dataset.parks.filter((p) => p.sectors.includes(s.id));
      const count = parks.length;
      const inferred = parks.filter((p) => p.sectorBasis[s.id]?.basis === 'inferred').length;
      // Named by all it shows (label in name: speech input), described in words. The no-break
      // space is the one the toggle writes before the inferred count.
      expect(toggle(s.id)).toHaveAccessibleName(
        inferred > 0
          ? `${s.name['zh-Hans']} ${count}\u00a0· 推断${inferred}`
          : `${s.name['zh-Hans']} ${count}`,
      );
      expect(toggle(s.id)).toHaveAccessibleDescription(
        inferred > 0 ? `${count} 个园区，其中 ${inferred} 个为推断关联` : `${count} 个园区`,
      );
      expect(toggle(s.id).querySelector('.sector-count')?.textContent).toMatch(
        new RegExp(`^${count}(\u00a0|$)`),
      );
      if (inferred > 0) expect(toggle(s.id)).toHaveTextContent(`推断${inferred}`);
      else expect(toggle(s.id)).not.toHaveTextContent('推断');
    }
  });

  it('chooses NEV, then NEV and storage, then clears: pressed states, store, status and the match list follow', async () => {
    const { store, user } = renderFilter();
    const status = screen.getByRole('status');
    const summary = screen.getByRole('region', { name: '符合筛选的园区与企业' });
    const listed = (name: RegExp) =>
      within(within(summary).getByRole('list', { name }))
        .getAllByRole('listitem')
        // Each item's name (its compare button follows it).
        .map((li) => li.querySelector('button')?.textContent);

    await user.click(toggle('nev'));
    expect(toggle('nev')).toHaveAttribute('aria-pressed', 'true');
    expect(toggle('storage')).toHaveAttribute('aria-pressed', 'false');
    expect(store.getState().view.sectors).toEqual(['nev']);
    expect(status).toHaveTextContent(
      `${parksListing(['nev']).length}/${dataset.parks.length} 个园区、${entitiesListing(['nev']).length}/${dataset.entities.length} 家企业和项目符合`,
    );
    expect(listed(/^园区/)).toEqual(parksListing(['nev']).map((p) => listedName(p, ['nev'])));
    expect(listed(/^企业与项目/)).toEqual(entitiesListing(['nev']).map((e) => listedName(e, ['nev'])));
    expect(listed(/^园区/)).toContain('肇庆高新区（推断）');

    await user.click(toggle('storage'));
    expect(store.getState().view.sectors).toEqual(['nev', 'storage']);
    expect(toggle('storage')).toHaveAttribute('aria-pressed', 'true');
    expect(listed(/^园区/)).toEqual(
      parksListing(['nev', 'storage']).map((p) => listedName(p, ['nev', 'storage'])),
    );
    expect(listed(/^企业与项目/)).toEqual(
      entitiesListing(['nev', 'storage']).map((e) => listedName(e, ['nev', 'storage'])),
    );

    await user.click(screen.getByRole('button', { name: '清除' }));
    expect(store.getState().view.sectors).toEqual([]);
    await openMore(user);
    for (const s of dataset.sectors) expect(toggle(s.id)).toHaveAttribute('aria-pressed', 'false');
    expect(status).toHaveTextContent('显示全部 14 个园区、2 个产业集群、');
    expect(within(summary).queryByRole('list')).toBeNull();
  });

  it.each<[Lang, string]>([
    ['zh-Hans', '未筛选：显示全部 14 个园区、2 个产业集群、16 家企业和项目'],
    ['zh-Hant', '未篩選：顯示全部 14 個園區、2 個產業集群、16 家企業和項目'],
    ['en', 'No filter: all 14 parks, 2 clusters and 16 firms and projects shown'],
  ])('counts the two SME clusters as clusters, not parks (n9, %s)', (lang, words) => {
    renderFilter(lang);
    expect(screen.getByRole('status')).toHaveTextContent(words);
  });

  it.each<[Lang, string, string]>([
    ['zh-Hans', '特色产业', '本站的归类，原文没有这样分组；汽车零部件在原文主导产业一段中提到'],
    ['zh-Hant', '特色產業', '本站的歸類，原文沒有這樣分組；汽車零部件在原文主導產業一段中提到'],
    [
      'en',
      'Characteristic industries',
      'Our grouping, not the source’s; it names auto parts in its paragraph on the leading industries',
    ],
  ])('explains the characteristic grouping as ours (m19, %s)', async (lang, name, note) => {
    const { user } = renderFilter(lang);
    await openMore(user);
    expect(screen.getByRole('group', { name })).toHaveTextContent(note);
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
    // Every sector behind the "more" control is chosen too: its button says so, and so do the chips.
    expect(screen.getAllByRole('button', { name: /^移除 / })).toHaveLength(13);
    await openMore(user);
    for (const s of dataset.sectors) expect(toggle(s.id)).toHaveAttribute('aria-pressed', 'true');
    expect(all).toHaveAttribute('aria-disabled', 'true');
    expect(clear).toHaveAttribute('aria-disabled', 'false');
    expect(screen.getByRole('status')).toHaveTextContent(
      `${parksListing(dataset.sectors.map((s) => s.id)).length}/${dataset.parks.length} 个园区`,
    );
  });

  it('names the counties with no matching park or firm', async () => {
    const { user } = renderFilter();
    await openMore(user);
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

  it('speaks the reader’s language', async () => {
    const { user } = renderFilter('en');
    await openMore(user);
    expect(screen.getByRole('group', { name: 'Future industries' })).toBeInTheDocument();
    expect(toggle('nev', 'en')).toHaveAccessibleDescription(
      `parks: ${dataset.parks.filter((p) => p.sectors.includes('nev')).length}, of which 3 by an inferred link`,
    );
    expect(toggle('nev', 'en')).toHaveAccessibleName(
      `New energy vehicles ${dataset.parks.filter((p) => p.sectors.includes('nev')).length}\u00a0· 3 inferred`,
    );
    expect(toggle('food-beverage', 'en')).toHaveAccessibleDescription('parks: 1');
    cleanup();
    renderFilter('zh-Hant');
    await openMore(user);
    expect(toggle('storage', 'zh-Hant')).toHaveAccessibleName('新型儲能 1\u00a0· 推斷1');
    expect(screen.getByRole('group', { name: '特色產業' })).toBeInTheDocument();
  });

  it.each([
    ['zh-Hans', '只看有来源的关联', '符合筛选的园区与企业', /^园区/, '只计有来源的关联'],
    ['zh-Hant', '只看有來源的關聯', '符合篩選的園區與企業', /^園區/, '只計有來源的關聯'],
    ['en', 'Sourced links only', 'Parks and firms that match', /^Parks/, 'sourced links only'],
  ] as const)(
    '%s: "sourced links only" drops inferred links from the counts and the match list, and says so',
    async (lang, switchName, summaryName, parksList, statusWords) => {
      const { store, user } = renderFilter(lang, createViewStore());
      await user.click(toggle('storage', lang));
      const summary = screen.getByRole('region', { name: summaryName });
      const parks = () =>
        within(within(summary).getByRole('list', { name: parksList }))
          .getAllByRole('listitem')
          .map((li) => li.querySelector('button')?.textContent);
      // Storage: the High-tech Zone only, by an inferred link, said in words.
      expect(parks()).toEqual([INFERRED_MARK[lang](dataset.parks[1]?.name[lang] ?? '')]);
      const sw = screen.getByRole('switch', { name: switchName });
      expect(sw).not.toBeChecked();
      await user.click(sw);
      expect(sw).toBeChecked();
      expect(store.getState().view.links).toBe('sourced');
      expect(screen.getByRole('status')).toHaveTextContent(statusWords);
      // No storage park is stated by a source: the list is empty, the count 0.
      expect(within(summary).queryByRole('list', { name: parksList })).toBeNull();
      expect(toggle('storage', lang).querySelector('.sector-count')).toHaveTextContent(/^0$/);
      await user.click(sw);
      expect(store.getState().view.links).toBe('all');
    },
  );
});
