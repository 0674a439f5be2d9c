// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadLazyParts } from '../testing/lazy-parts';
import { renderWithProviders } from '../testing/render-with-providers';
import { shippedDataset as dataset, shippedParkFacts as parkFacts } from '../testing/shipped-data';
import { MatchSummary } from '../features/filters/match-summary';
import { ParkList } from '../features/parks/park-list';
import { PlaceDetailsHost } from '../features/parks/place-details';
import { CompareTraySlot, CompareViewSlot } from '../features/compare/compare-slots';

beforeAll(() => preloadLazyParts('compare'));

/** The tray and the comparison beside the panel's ways in: the overview's matches and the details, or the park list. */
const page = (panel: 'overview' | 'list') => (
  <>
    <CompareTraySlot dataset={dataset} />
    <CompareViewSlot dataset={dataset} />
    <PlaceDetailsHost dataset={dataset}>
      {panel === 'overview' ? <MatchSummary dataset={dataset} /> : <ParkList dataset={dataset} />}
    </PlaceDetailsHost>
  </>
);

describe('choosing parks for comparison', () => {
  it('adds from a row of the park list; the tray shows the park, and asks for one more', async () => {
    const { user, store } = renderWithProviders(page('list'), { lang: 'en' });
    expect(screen.queryByRole('region', { name: /Parks chosen/ })).toBeNull();
    await user.click(
      screen.getByRole('button', { name: 'Compare: add Zhaoqing National High-tech Zone to the comparison' }),
    );
    const tray = await screen.findByRole('region', { name: 'Parks chosen (1/4)' });
    expect(within(tray).getByText('Zhaoqing National High-tech Zone')).toBeInTheDocument();
    expect(within(tray).getByRole('button', { name: 'Compare (1)' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(within(tray).getByText('Choose one more park to compare.')).toBeInTheDocument();
    // The row's button now says it removes the park.
    expect(
      screen.getByRole('button', {
        name: 'Compared: remove Zhaoqing National High-tech Zone from the comparison',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(store.getState().view.compare).toEqual(['high-tech-zone']);
  });

  it('adds from the overview’s matches and from the details, then opens the comparison with the focus on it', async () => {
    const { user, store } = renderWithProviders(page('overview'), {
      lang: 'en',
      parkFacts,
      view: { sectors: ['nev'] },
    });
    // The NEV filter lists the Dawang NEV park among its matches.
    const matches = screen.getByRole('list', { name: 'Parks (4)' });
    await user.click(within(matches).getByRole('button', { name: /^Compare: add .*Dawang/ }));
    expect(store.getState().view.compare).toEqual(['dawang-nev-park']);

    act(() => store.getState().actions.selectPark('huaiji-food'));
    const details = await screen.findByRole('region', { name: /Huaiji/ });
    await user.click(within(details).getByRole('button', { name: /^Compare: add .*Huaiji/ }));
    expect(within(details).getByRole('button', { name: 'Print / save as PDF' })).toBeInTheDocument();
    expect(store.getState().view.compare).toEqual(['dawang-nev-park', 'huaiji-food']);

    await user.click(await screen.findByRole('button', { name: 'Compare (2)' }));
    expect(store.getState().view.tab).toBe('compare');
    expect(await screen.findByRole('heading', { name: 'Parks compared' })).toHaveFocus();
    expect(screen.queryByRole('region', { name: /Parks chosen/ })).toBeNull();
  });

  it('refuses a fifth park with a visible message, and Clear empties the tray', async () => {
    const four = ['agglomeration-zone', 'high-tech-zone', 'new-area', 'dawang-nev-park'];
    const { user, store } = renderWithProviders(page('overview'), {
      lang: 'zh-Hans',
      view: { compare: four, park: 'huaiji-food' },
    });
    const tray = await screen.findByRole('region', { name: '已选园区（4/4）' });
    await user.click(screen.getByRole('button', { name: '对比：将怀集食品加工产业园加入对比' }));
    expect(await screen.findByRole('status')).toHaveTextContent('最多可对比 4 个园区：请先移除一个。');
    expect(store.getState().view.compare).toEqual(four);
    await user.click(within(tray).getByRole('button', { name: '从对比中移除肇庆新区' }));
    expect(screen.queryByText(/最多可对比/)).toBeNull();
    await user.click(screen.getByRole('button', { name: '清空' }));
    expect(store.getState().view.compare).toEqual([]);
    expect(screen.queryByRole('region', { name: /已选园区/ })).toBeNull();
  });
});
