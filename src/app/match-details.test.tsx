// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../domain/schema/dataset-schema';
import { MatchSummary } from '../features/filters/match-summary';
import { PlaceDetailsHost } from '../features/parks/place-details';
import { createViewStore } from '../state/view-store';
import { DEFAULT_VIEW } from '../state/view-state';
import { shippedDataset } from '../testing/shipped-data';
import { renderWithProviders } from '../testing/render-with-providers';

/**
 * The overview's list of matches opens details, as the app composes the two: the summary inside
 * the details host (side panel), where the park list and the map open the same details.
 */
const dataset = shippedDataset;

function renderSummary(lang: Lang, sectors: string[]) {
  const store = createViewStore({ ...DEFAULT_VIEW, lang, sectors });
  renderWithProviders(
    <>
      <PlaceDetailsHost dataset={dataset}>
        <MatchSummary dataset={dataset} />
      </PlaceDetailsHost>
    </>,
    { lang, store },
  );
  return { store, user: userEvent.setup() };
}

const matches = (name: RegExp) =>
  within(screen.getByRole('region', { name: /^符合筛选|^Parks and firms that match/ })).getByRole('list', {
    name,
  });

describe('the overview’s list of matches', () => {
  it('opens a matching park’s details on click; Escape closes them and focus returns to the name', async () => {
    const { store, user } = renderSummary('zh-Hans', ['nev']);
    const dawang = dataset.parks.find((p) => p.id === 'dawang-nev-park')?.name['zh-Hans'] ?? '?';
    const name = within(matches(/^园区/)).getByRole('button', { name: dawang });
    await user.click(name);
    expect(store.getState().view).toMatchObject({ park: 'dawang-nev-park', entity: null, county: null });
    const heading = screen.getByRole('heading', { level: 2, name: dawang });
    expect(heading).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(store.getState().view.park).toBeNull();
    expect(within(matches(/^园区/)).getByRole('button', { name: dawang })).toHaveFocus();
  });

  it('opens a firm’s details from the keyboard, and keeps the inferred mark in the name read out', async () => {
    const { store, user } = renderSummary('en', ['nev']);
    const parks = matches(/^Parks/);
    // The High-tech Zone matches NEV only through an inferred link: its button says so.
    expect(
      within(parks).getByRole('button', { name: 'Zhaoqing National High-tech Zone (inferred)' }),
    ).toBeVisible();
    const xpeng = dataset.entities.find((e) => e.id === 'xpeng');
    const firm = within(matches(/^Firms/)).getByRole('button', { name: xpeng?.name.en });
    firm.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().view).toMatchObject({ entity: 'xpeng', park: null });
    expect(screen.getByRole('heading', { level: 2, name: xpeng?.name.en })).toHaveFocus();
  });
});
