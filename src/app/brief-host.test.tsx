// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadLazyParts } from '../testing/lazy-parts';
import { renderWithProviders } from '../testing/render-with-providers';
import { shippedDataset, shippedGeography, shippedParkFacts } from '../testing/shipped-data';
import { DEFAULT_VIEW } from '../state/view-state';
import { BriefHost, briefParkIds } from './brief-host';

beforeAll(() => preloadLazyParts('brief'));

describe('BriefHost', () => {
  it('decides the brief’s parks in one place: the open park, or none', () => {
    expect(briefParkIds(DEFAULT_VIEW)).toEqual([]);
    expect(briefParkIds({ ...DEFAULT_VIEW, park: 'new-area' })).toEqual(['new-area']);
    expect(briefParkIds({ ...DEFAULT_VIEW, county: '441284' })).toEqual([]);
  });

  it('keeps the brief of the open park in the page, built from the shipped data, and none without a park', async () => {
    const { container, store } = renderWithProviders(
      <BriefHost dataset={shippedDataset} geography={shippedGeography} />,
      { lang: 'en', view: { park: 'new-area' }, url: '/?park=new-area', parkFacts: shippedParkFacts },
    );
    const sheet = await screen.findByRole('article', { name: 'Zhaoqing New Area' });
    expect(sheet.getAttribute('data-parks')).toBe('new-area');
    expect(sheet.querySelectorAll('tr[data-row]').length).toBeGreaterThan(5);
    // The park-facts file fills its rows: the Guangzhou–Foshan–Zhaoqing intercity serves the New Area.
    expect(sheet.querySelector('tr[data-row="connectivity"]')?.textContent).toMatch(
      /Guangzhou–Foshan–Zhaoqing/,
    );
    expect(screen.getByRole('img', { name: 'QR code of the link to the live view' })).toBeTruthy();
    // The link names the park and the language on screen, and no presentation or map area.
    const link = container.querySelector('.brief-link')?.getAttribute('data-link') ?? '';
    const url = new URL(link);
    expect(url.searchParams.get('park')).toBe('new-area');
    expect(url.searchParams.get('lang')).toBe('en');
    // Closing the park's details takes the brief out: the dashboard prints instead.
    act(() => store.getState().actions.selectPark(null));
    expect(container.querySelector('.brief-sheet')).toBeNull();
  });
});
