// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../domain/schema/dataset-schema';
import { createViewStore } from '../../state/view-store';
import { SectorFilter } from './sector-filter';
import { shippedDataset as dataset } from '../../testing/shipped-data';
import { renderWithProviders } from '../../testing/render-with-providers';

const LEADING = dataset.sectors.filter((s) => s.group === 'leading').map((s) => s.id);
const MORE_COUNT = dataset.sectors.length - LEADING.length;

function renderFilter(lang: Lang = 'zh-Hans', sectors: string[] = []) {
  const store = createViewStore();
  store.getState().actions.setSectors(sectors);
  renderWithProviders(
    <>
      <SectorFilter dataset={dataset} />
      <p>outside</p>
    </>,
    { lang, store },
  );
  return { store, user: userEvent.setup() };
}
const more = (name: string | RegExp = /^其他 13 个行业/) => screen.getByRole('button', { name });
const toggles = () =>
  [...document.querySelectorAll('button[data-sector]')].map((b) => b.getAttribute('data-sector'));
const chips = () => screen.queryByRole('list', { name: '已选其他行业：' });

afterEach(() => vi.unstubAllGlobals());

describe('the "more sectors" disclosure', () => {
  it('keeps the leading industries in view and the other sectors behind one closed control', () => {
    renderFilter();
    expect(MORE_COUNT).toBe(13);
    expect(toggles()).toEqual(LEADING);
    expect(screen.getByRole('group', { name: '主导产业（两新一电）' })).toBeInTheDocument();
    const control = more('其他 13 个行业');
    expect(control).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(control.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(panel).not.toBeVisible();
    expect(chips()).toBeNull();
  });

  it('opens on its button, lists the characteristic and future sectors with their counts, and closes on Escape', async () => {
    const { user } = renderFilter();
    await user.click(more());
    expect(more()).toHaveAttribute('aria-expanded', 'true');
    expect(toggles()).toEqual(dataset.sectors.map((s) => s.id));
    for (const name of ['特色产业', '未来产业']) expect(screen.getByRole('group', { name })).toBeVisible();
    const paper = screen.getByRole('button', { name: /^造纸 \d/ });
    expect(paper).toHaveAccessibleDescription(
      `${dataset.parks.filter((p) => p.sectors.includes('paper')).length} 个园区`,
    );
    await user.keyboard('{Tab}');
    expect(document.activeElement).toHaveAttribute('data-sector', 'new-materials');
    await user.keyboard('{Escape}');
    expect(more()).toHaveAttribute('aria-expanded', 'false');
    expect(more()).toHaveFocus();
    expect(toggles()).toEqual(LEADING);
  });

  it('closes on a click outside it; on a wide screen it stays open for several choices', async () => {
    const { store, user } = renderFilter();
    await user.click(more());
    await user.click(screen.getByRole('button', { name: /^造纸 \d/ }));
    await user.click(screen.getByRole('button', { name: /^氢能 \d/ }));
    expect(store.getState().view.sectors).toEqual(['paper', 'hydrogen']);
    expect(more(/^其他 13 个行业（已选 2 个）$/)).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByText('outside'));
    expect(more(/^其他/)).toHaveAttribute('aria-expanded', 'false');
  });

  it('on a phone, closes after a choice and hands the focus back to its button', async () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q === '(max-width: 760px)' }));
    const { store, user } = renderFilter();
    await user.click(more());
    await user.click(screen.getByRole('button', { name: /^风机装备 \d/ }));
    expect(store.getState().view.sectors).toEqual(['wind-equipment']);
    const control = more('其他 13 个行业（已选 1 个）');
    expect(control).toHaveAttribute('aria-expanded', 'false');
    expect(control).toHaveFocus();
  });
});

describe('the chosen chips', () => {
  it.each<[Lang, string, string, string]>([
    ['zh-Hans', '其他 13 个行业（已选 2 个）', '已选其他行业：', '移除 造纸'],
    ['zh-Hant', '其他 13 個行業（已選 2 個）', '已選其他行業：', '移除 造紙'],
    ['en', '13 more sectors (2 chosen)', 'Other sectors chosen:', 'Remove Paper'],
  ])('show what is chosen behind the closed control, and how many (%s)', (lang, control, label, chip) => {
    renderFilter(lang, ['nev', 'paper', 'ai']);
    expect(more(control)).toHaveAttribute('aria-expanded', 'false');
    const list = screen.getByRole('list', { name: label });
    // Only the hidden ones: NEV's own toggle is in view, pressed.
    expect(within(list).getAllByRole('button')).toHaveLength(2);
    expect(within(list).getByRole('button', { name: chip })).toBeVisible();
    expect(document.querySelector('button[data-sector="nev"]')).toHaveAttribute('aria-pressed', 'true');
  });

  it('remove a sector, the focus going to the next chip, then to the control', async () => {
    const { store, user } = renderFilter('zh-Hans', ['paper', 'ai']);
    await user.click(screen.getByRole('button', { name: '移除 造纸' }));
    expect(store.getState().view.sectors).toEqual(['ai']);
    expect(screen.getByRole('button', { name: '移除 人工智能' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().view.sectors).toEqual([]);
    expect(chips()).toBeNull();
    expect(more('其他 13 个行业')).toHaveFocus();
  });

  it('follow a choice made in the open list, and leave leading sectors to their toggles', async () => {
    const { user } = renderFilter();
    await user.click(document.querySelector<HTMLElement>('button[data-sector="storage"]') as HTMLElement);
    expect(chips()).toBeNull();
    await user.click(more());
    await user.click(screen.getByRole('button', { name: /^食品饮料 \d/ }));
    await user.keyboard('{Escape}');
    expect(within(chips() as HTMLElement).getByRole('button', { name: '移除 食品饮料' })).toBeVisible();
  });
});
