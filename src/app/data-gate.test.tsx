// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { useQuery } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATASET_FILE, datasetQuery, GEOGRAPHY_FILE, queryKeys } from '../data/queries';
import type { Dataset } from '../domain/schema/dataset-schema';
import { DataGate } from './data-gate';
import { renderWithProviders } from '../testing/render-with-providers';

// The gate's choice is under test, not the dashboard: a stand-in that prints what it was given and
// the dataset query's status. It subscribes to the query as the gate does, so once it prints
// "error" the gate has seen the failed refresh too, and chose to keep it on screen.
vi.mock('./dashboard', () => ({
  Dashboard: function DashboardStandIn({ dataset }: { dataset: Dataset }) {
    const { status } = useQuery(datasetQuery);
    return <p data-testid="dashboard">{`${dataset.parks.length} parks, ${status}`}</p>;
  },
}));

const FILES: Record<string, string> = {
  [DATASET_FILE]: readFileSync(`public/${DATASET_FILE}`, 'utf8'),
  [GEOGRAPHY_FILE]: readFileSync(`public/${GEOGRAPHY_FILE}`, 'utf8'),
};
const parkCount = (JSON.parse(FILES[DATASET_FILE] ?? '{}') as { parks: unknown[] }).parks.length;

/** fetch answers with the shipped files while `online.value`, and fails as a network does after. */
function stubNetwork() {
  const online = { value: true };
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      if (!online.value) return Promise.reject(new TypeError('Failed to fetch'));
      const file = Object.keys(FILES).find((f) => url.endsWith(f));
      return Promise.resolve(new Response(file ? FILES[file] : 'not found', { status: file ? 200 : 404 }));
    }),
  );
  return online;
}

function renderGate() {
  return renderWithProviders(<DataGate />).client;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DataGate', () => {
  it('keeps the last good data on screen when a refresh fails', async () => {
    const online = stubNetwork();
    const client = renderGate();
    expect((await screen.findByTestId('dashboard')).textContent).toBe(`${parkCount} parks, success`);

    online.value = false;
    await act(() => client.refetchQueries());

    // The refresh did fail…
    expect(client.getQueryState(queryKeys.dataset)?.status).toBe('error');
    expect(client.getQueryState(queryKeys.geography)?.status).toBe('error');
    // …and the dashboard still shows the data it had, with no error screen over it.
    await screen.findByText(`${parkCount} parks, error`);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the named error screen when a file never loaded', async () => {
    const online = stubNetwork();
    online.value = false;
    renderGate();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(DATASET_FILE);
    expect(screen.queryByTestId('dashboard')).toBeNull();
  });
});
