// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../domain/schema/dataset-schema';
import { decodeView } from '../../state/url-codec';
import { DEFAULT_VIEW } from '../../state/view-state';
import { preloadLazyParts } from '../../testing/lazy-parts';
import { renderWithProviders } from '../../testing/render-with-providers';
import { shippedDataset } from '../../testing/shipped-data';
import { ShareButton } from './share-button';
import { shimModalDialog } from '../../testing/modal-dialog';

// The dialog is a lazy part: loaded before the tests, as a cold load can take seconds.
beforeAll(() => preloadLazyParts('shareDialog'));

shimModalDialog();

/** The view on screen: a park that is not in the tour built from the data. */
const VIEW = { ...DEFAULT_VIEW, park: 'sihui-polymer', tab: 'parks' as const };
const BASE = 'http://localhost:3000/';

function renderShare(lang: Lang = 'en') {
  return renderWithProviders(<ShareButton />, { lang, view: VIEW, dataset: shippedDataset, url: BASE });
}

async function openEditor(user: ReturnType<typeof userEvent.setup>, lang: Lang = 'en') {
  await user.click(screen.getByRole('button', { name: lang === 'en' ? 'Share' : '分享' }));
  const dialog = await screen.findByRole('dialog');
  const summary = within(dialog).getByText(lang === 'en' ? 'Make a presentation tour' : '制作演示路线');
  await user.click(summary);
  expect(summary.closest('details')).toHaveAttribute('open');
  return dialog;
}

const rows = () =>
  within(screen.getByRole('list', { name: 'Scenes of the tour' }))
    .getAllByRole('listitem')
    .map((li) => li.dataset.scene);

describe('the tour editor in the Share dialog', () => {
  it('lists the view’s scene, then the tour built from the data, each named as the presentation names it', async () => {
    const { user } = renderShare('zh-Hans');
    const dialog = await openEditor(user, 'zh-Hans');
    const list = within(dialog).getByRole('list', { name: '路线中的画面' });
    const boxes = within(list).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')?.textContent)).toEqual([
      '四会高分子合成材料当前视图',
      '肇庆“344”园区布局：3大核心园区 · 东部4区（市）· 西部4县',
      '主导产业：新能源汽车',
      '主导产业：新型储能',
      '主导产业：电子信息',
      '广东省(肇庆)大型产业集聚区',
      '肇庆高新区',
      '肇庆新区',
      '东部4区（市） · 地图上 5 个园区、2 个产业集群',
      '西部4县 · 地图上 4 个园区',
      '主要数字与目标',
    ]);
    expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
    // At first the link plays all of them, in that order, 12 s each (the default, so not written).
    const link = within(dialog).getByRole('textbox', { name: '演示路线链接' });
    expect(decodeView(new URL((link as HTMLInputElement).value).search).view).toMatchObject({
      lang: 'zh-Hans',
      mode: 'present',
      tour: ['park.sihui-polymer', 'overview', 'sector.nev', 'sector.storage', 'sector.electronics'].concat([
        'park.agglomeration-zone',
        'park.high-tech-zone',
        'park.new-area',
        'east',
        'west',
        'figures',
      ]),
      every: 12,
    });
  });

  it('builds a tour picked, ordered and captioned by hand, copies its link and starts it', async () => {
    const { user, store } = renderShare();
    const dialog = await openEditor(user);
    const keep = new Set(['park.sihui-polymer', 'sector.storage', 'west']);
    for (const li of within(dialog).getAllByRole('listitem'))
      if (!keep.has(li.dataset.scene ?? '')) await user.click(within(li).getByRole('checkbox'));

    // Storage to the top, by keyboard: each move is announced, and the focus stays on the row.
    const up = within(dialog).getByRole('button', {
      name: 'Move up: Leading sector: New-type energy storage',
    });
    up.focus();
    await user.keyboard('{Enter}');
    expect(up).toHaveFocus();
    expect(screen.getByText('Leading sector: New-type energy storage: now 3 of 11')).toHaveAttribute(
      'role',
      'status',
    );
    await user.keyboard('{Enter}{Enter}');
    expect(rows().slice(0, 3)).toEqual(['sector.storage', 'park.sihui-polymer', 'overview']);
    // At the top its Move up is disabled: the focus went to its Move down.
    expect(up).toBeDisabled();
    expect(
      within(dialog).getByRole('button', { name: 'Move down: Leading sector: New-type energy storage' }),
    ).toHaveFocus();
    expect(screen.getByText('Leading sector: New-type energy storage: now 1 of 11')).toBeInTheDocument();

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Caption (optional): Sihui Polymer Synthetic Materials' }),
      'Our polymer cluster, in Sihui',
    );
    const seconds = within(dialog).getByRole('spinbutton', { name: 'Seconds per scene (3–600)' });
    await user.clear(seconds);
    await user.type(seconds, '20');

    const link = within(dialog).getByRole('textbox', { name: 'Tour link' });
    const expected =
      `${BASE}?v=2&lang=en&mode=present` +
      '&tour=sector.storage,park.sihui-polymer_Our+polymer+cluster%252C+in+Sihui,west&every=20';
    expect(link).toHaveValue(expected);

    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Copy tour link' }));
    expect(writeText).toHaveBeenCalledWith(expected);
    expect(await within(dialog).findByText('Link copied.')).toBeInTheDocument();

    // Presenting starts from this view (leaving comes back to it), with the tour, at its first scene.
    await user.click(within(dialog).getByRole('button', { name: 'Start presenting' }));
    expect(dialog).not.toHaveAttribute('open');
    const { view, presentedFrom } = store.getState();
    expect(presentedFrom).toEqual(VIEW);
    expect(view).toMatchObject({
      mode: 'present',
      tour: ['sector.storage', 'park.sihui-polymer_Our polymer cluster%2C in Sihui', 'west'],
      every: 20,
      scene: 0,
    });
  });

  it('says why there is no link: nothing ticked, or a tour too long for one', async () => {
    const { user } = renderShare();
    const dialog = await openEditor(user);
    const link = within(dialog).getByRole('textbox', { name: 'Tour link' });
    const copy = within(dialog).getByRole('button', { name: 'Copy tour link' });

    for (const box of within(dialog).getAllByRole('checkbox')) await user.click(box);
    expect(link).toHaveValue('');
    expect(copy).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Start presenting' })).toBeDisabled();
    expect(within(dialog).getByText('Tick at least one scene.')).toHaveAttribute('role', 'status');

    for (const box of within(dialog).getAllByRole('checkbox')) await user.click(box);
    for (const field of within(dialog).getAllByRole('textbox', { name: /^Caption/ })) {
      await user.click(field);
      await user.paste('x'.repeat(50));
    }
    expect(link).toHaveValue('');
    expect(copy).toBeDisabled();
    expect(within(dialog).getByText(/too long for a link/)).toBeInTheDocument();
  });

  it('keeps the Share dialog as it was when the dataset is not at hand', async () => {
    const { user } = renderWithProviders(<ShareButton />, { lang: 'en', view: VIEW });
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByText('Make a presentation tour')).toBeNull();
    expect(within(dialog).getByRole('textbox', { name: 'Link' })).toBeInTheDocument();
  });
});
