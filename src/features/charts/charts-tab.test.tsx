// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset, Lang } from '../../domain/schema/dataset-schema';
import { ChartsTab } from './charts-tab';
import { renderWithProviders } from '../../testing/render-with-providers';

// The charts chunk, as a network that fails until `chunk.reachable` is set.
const chunk = vi.hoisted(() => ({ reachable: false, loads: 0 }));
vi.mock('./charts-panel', () => {
  chunk.loads++;
  if (!chunk.reachable) throw new TypeError('Failed to fetch dynamically imported module: charts-panel.js');
  return { ChartsPanel: () => <p>the charts</p> };
});

const dataset = {} as Dataset; // the stand-in panel reads nothing

function renderTab(lang: Lang) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
  renderWithProviders(<ChartsTab dataset={dataset} />, { lang });
  return userEvent.setup();
}

describe('ChartsTab when its chunk cannot be loaded', () => {
  // Runs in order: the module-level lazy component is shared, as in the app.
  it.each([
    ['zh-Hans', '无法加载图表。', '重试'],
    ['zh-Hant', '無法載入圖表。', '重試'],
    ['en', 'The charts could not be loaded.', 'Retry'],
  ] as const)('says so in %s, with Retry, in place of the charts', async (lang, message, retry) => {
    renderTab(lang);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('button', { name: retry })).toBeInTheDocument();
  });

  it('loads the charts on Retry once the chunk is reachable', async () => {
    const user = renderTab('en');
    await screen.findByRole('alert');
    expect(chunk.loads).toBe(1); // mounting the tab again reuses the failed import; only Retry imports anew
    chunk.reachable = true;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('the charts')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(chunk.loads).toBe(2);
  });
});
