// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadLazyParts } from '../../testing/lazy-parts';
import { renderWithProviders } from '../../testing/render-with-providers';
import { shippedDataset as dataset } from '../../testing/shipped-data';
import { MatchSummary } from '../filters/match-summary';
import { ParkList } from '../parks/park-list';
import { PlaceDetailsHost } from '../parks/place-details';
import { CompareTraySlot, CompareViewSlot } from './compare-slots';

beforeAll(() => preloadLazyParts('compare'));

const page = () => (
  <>
    <CompareTraySlot dataset={dataset} />
    <CompareViewSlot dataset={dataset} />
    <PlaceDetailsHost dataset={dataset}>
      <MatchSummary dataset={dataset} />
      <ParkList dataset={dataset} />
    </PlaceDetailsHost>
  </>
);

describe('choosing parks for comparison', () => {
  it('adds from a list row, the overview’s matches and the details; the tray shows them and opens the view', async () => {
    const { user, store } = renderWithProviders(page(), { lang: 'en', view: { sectors: ['nev'] } });
    expect(screen.queryByRole('region', { name: /Parks chosen/ })).toBeNull();

    const [rowAdd] = screen.getAllByRole('button', {
      name: 'Compare: add Zhaoqing National High-tech Zone to the comparison',
    });
    await user.click(rowAdd!);
    const tray = await screen.findByRole('region', { name: 'Parks chosen (1/4)' });
    expect(within(tray).getByText('Zhaoqing National High-tech Zone')).toBeInTheDocument();
    expect(within(tray).getByRole('button', { name: 'Compare (1)' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(within(tray).getByText('Choose one more park to compare.')).toBeInTheDocument();
    // The same park's buttons elsewhere now say they remove it.
    expect(
      screen.getAllByRole('button', {
        name: 'Compared: remove Zhaoqing National High-tech Zone from the comparison',
      }).length,
    ).toBeGreaterThan(1);

    // From the overview's matches (the NEV filter lists the Dawang NEV park).
    const matches = screen.getByRole('list', { name: 'Parks (4)' });
    const dawang = within(matches).getByRole('button', { name: /^Compare: add .*Dawang/ });
    await user.click(dawang);
    expect(store.getState().view.compare).toEqual(['high-tech-zone', 'dawang-nev-park']);

    // From a park's details.
    store.getState().actions.selectPark('huaiji-food');
    const details = await screen.findByRole('region', { name: /Huaiji/ });
    await user.click(within(details).getByRole('button', { name: /^Compare: add .*Huaiji/ }));
    expect(within(details).getByRole('button', { name: 'Print / save as PDF' })).toBeInTheDocument();
    expect(store.getState().view.compare).toEqual(['high-tech-zone', 'dawang-nev-park', 'huaiji-food']);

    await user.click(screen.getByRole('button', { name: 'Compare (3)' }));
    expect(store.getState().view.tab).toBe('compare');
    const heading = await screen.findByRole('heading', { name: 'Parks compared' });
    expect(heading).toHaveFocus();
    expect(screen.queryByRole('region', { name: /Parks chosen/ })).toBeNull();
  });

  it('refuses a fifth park with a visible message, and Clear empties the tray', async () => {
    const four = ['agglomeration-zone', 'high-tech-zone', 'new-area', 'dawang-nev-park'];
    const { user, store } = renderWithProviders(page(), {
      lang: 'zh-Hans',
      view: { compare: four, tab: 'parks' },
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
