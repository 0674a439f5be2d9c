// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { withSyntheticProjects } from '../../../tests/fixtures/synthetic-projects.mjs';
import type { Lang } from '../../domain/schema/dataset-schema';
import { createI18n, switchLanguage } from '../../i18n/create-i18n';
import { enMessages } from '../../i18n/locales/en';
import { zhHansMessages } from '../../i18n/resources';
import type { ViewState } from '../../state/view-state';
import { preloadLazyParts } from '../../testing/lazy-parts';
import { renderWithProviders } from '../../testing/render-with-providers';
import { shippedDataset as shipped, shippedGeography as geography } from '../../testing/shipped-data';
import { ParkList } from './park-list';
import { renderParkList } from './parks-test-kit';

// The virtual list is a lazy part: loaded before the tests, so that finding it waits for a render.
beforeAll(() => preloadLazyParts('longEntityList'));
// 1,000 synthetic projects after the shipped firms: past the plain list's 200 rows.
const dataset = withSyntheticProjects(shipped, geography, 1000);
const total = dataset.entities.length;

/** The park list as the app mounts it, behind the details panel; the virtual list is lazy. */
async function renderLong(lang: Lang = 'zh-Hans', view: Partial<ViewState> = {}) {
  const { store, user } = renderParkList(dataset, { lang, view });
  const list = await screen.findByRole('list', { name: `企业与项目，共 ${total.toLocaleString('en')} 项` });
  return { store, user, list };
}

const items = (list: HTMLElement) => within(list).getAllByRole('listitem');
const tabStops = (list: HTMLElement) =>
  within(list)
    .getAllByRole('button')
    .filter((b) => b.tabIndex === 0);
/** The 1-based position of the row that has the focus, or null if focus is outside the list. */
const focusedPosition = (list: HTMLElement) => {
  const item = list.contains(document.activeElement)
    ? document.activeElement?.closest('[role="listitem"]')
    : null;
  return item ? Number(item.getAttribute('aria-posinset')) : null;
};

describe('the virtual list of a long register of firms', () => {
  it('replaces the plain rows: a list named with its count, a few rows in the DOM, each with its place in all', async () => {
    const { list } = await renderLong();
    expect(document.querySelector('.entity-rows')).toBeNull();
    expect(list).toHaveAttribute('aria-describedby', 'entity-list-keys');
    expect(document.getElementById('entity-list-keys')).toHaveTextContent(
      '在列表中按 ↑ ↓ 键逐项移动，Page Up / Page Down 翻一屏，Home / End 到首尾。',
    );
    const rows = items(list);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    rows.forEach((row, i) => {
      expect(row).toHaveAttribute('aria-setsize', String(total));
      expect(row).toHaveAttribute('aria-posinset', String(i + 1));
    });
    expect(within(rows[0] as HTMLElement).getByRole('button')).toHaveTextContent(
      dataset.entities[0]?.name['zh-Hans'] ?? '?',
    );
  });

  it('is one Tab stop: the arrow keys, Page Up / Page Down and Home / End move the focus along it', async () => {
    const { user, list } = await renderLong();
    expect(tabStops(list)).toHaveLength(1);
    await user.tab();
    while (focusedPosition(list) === null) await user.tab();
    expect(focusedPosition(list)).toBe(1);

    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(focusedPosition(list)).toBe(4);
    await user.keyboard('{ArrowUp}');
    expect(focusedPosition(list)).toBe(3);
    // The tab stop moves with the focus (a roving tabindex).
    expect(tabStops(list)).toEqual([document.activeElement]);

    await user.keyboard('{PageDown}');
    const paged = focusedPosition(list) ?? 0;
    expect(paged).toBeGreaterThan(5);
    await user.keyboard('{PageUp}');
    expect(focusedPosition(list)).toBe(3);

    await user.keyboard('{End}');
    expect(focusedPosition(list)).toBe(total);
    expect(document.activeElement).toHaveTextContent(dataset.entities[total - 1]?.name['zh-Hans'] ?? '?');
    expect(items(list).length).toBeLessThan(40);
    await user.keyboard('{ArrowDown}');
    expect(focusedPosition(list)).toBe(total);
    await user.keyboard('{Home}');
    expect(focusedPosition(list)).toBe(1);
    await user.keyboard('{ArrowUp}');
    expect(focusedPosition(list)).toBe(1);

    // Tab leaves the list; Shift+Tab comes back to the row it left.
    await user.keyboard('{End}{ArrowUp}');
    await user.tab();
    expect(focusedPosition(list)).toBeNull();
    await user.tab({ shift: true });
    expect(focusedPosition(list)).toBe(total - 1);
  });

  it('opens a firm’s details from its row, and gives the focus back to that row when they close', async () => {
    const { user, list, store } = await renderLong();
    (within(items(list)[0] as HTMLElement).getByRole('button') as HTMLButtonElement).focus();
    await user.keyboard('{End}');
    const row = document.activeElement;
    const last = dataset.entities[total - 1];
    await user.keyboard('{Enter}');
    expect(store.getState().view.entity).toBe(last?.id);
    expect(document.activeElement).toHaveAttribute('id', 'place-details-heading');
    // The row stays in the (hidden) list, marked as the one shown.
    expect(row?.isConnected).toBe(true);
    expect(row).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{Escape}');
    expect(store.getState().view.entity).toBeNull();
    expect(document.activeElement).toBe(row);
  });

  it('fades the firms outside the selected sectors, as the plain rows do', async () => {
    const { list } = await renderLong('zh-Hans', { sectors: ['storage'] });
    const buttons = within(list).getAllByRole('button');
    const faded = (i: number) => buttons[i]?.classList.contains('is-faded');
    dataset.entities.slice(0, buttons.length).forEach((entity, i) => {
      expect(faded(i), entity.id).toBe(!entity.sectors.includes('storage'));
    });
    expect(buttons.some((b) => b.classList.contains('is-faded'))).toBe(true);
    expect(buttons.some((b) => !b.classList.contains('is-faded'))).toBe(true);
  });

  it.each([
    ['zh-Hant', `企業與項目，共 ${total.toLocaleString('en')} 項`, '在列表中按 ↑ ↓ 鍵逐項移動'],
    ['en', `Firms and projects, ${total.toLocaleString('en')} in all`, 'In the list, ↑ ↓ move one row'],
  ] as const)('%s: says what the list is, how long, and which keys move in it', async (lang, name, keys) => {
    renderParkList(dataset, { lang, listOnly: true });
    expect(await screen.findByRole('list', { name })).toBeInTheDocument();
    expect(document.getElementById('entity-list-keys')).toHaveTextContent(keys);
  });

  it('brings its own strings, in the language loaded, and follows a switch', async () => {
    // As the app starts: only the reader's language, without the list's strings.
    const i18n = createI18n('zh-Hans', { 'zh-Hans': zhHansMessages });
    expect(i18n.exists('entityList:label')).toBe(false);
    renderWithProviders(<ParkList dataset={dataset} />, { i18n });
    expect(
      await screen.findByRole('list', { name: `企业与项目，共 ${total.toLocaleString('en')} 项` }),
    ).toBeVisible();
    await act(() => switchLanguage(i18n, 'en', () => Promise.resolve(enMessages)));
    expect(
      screen.getByRole('list', { name: `Firms and projects, ${total.toLocaleString('en')} in all` }),
    ).toBeVisible();
    expect(document.getElementById('entity-list-keys')).toHaveTextContent('In the list, ↑ ↓ move one row');
  });
});
