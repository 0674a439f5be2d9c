// @vitest-environment jsdom
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createViewStore } from '../../state/view-store';
import { DEFAULT_VIEW } from '../../state/view-state';
import { ChartsPanel } from './charts-panel';
import { shippedDataset } from '../../testing/shipped-data';
import { renderWithProviders } from '../../testing/render-with-providers';

/** The charts' target bars point to their verdict and to what happened since (issue 24, item 2). */
describe('links from a chart’s targets', () => {
  it.each([
    ['zh-Hans', '目标的判断：', '此后的情况'],
    ['zh-Hant', '目標的判斷：', '此後的情況'],
    ['en', 'How the targets turned out: ', 'What happened since'],
  ] as const)(
    '%s: each target bar’s card and its sector’s list, on the outcomes tab',
    async (lang, intro, since) => {
      const store = createViewStore({ ...DEFAULT_VIEW, tab: 'charts' });
      const { container } = renderWithProviders(<ChartsPanel dataset={shippedDataset} chartWidth={600} />, {
        lang,
        store,
      });
      const output = container.querySelector('[data-chart="industry-output"] .chart-targets');
      expect(output?.textContent?.startsWith(intro)).toBe(true);
      const hrefs = [...(output?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
      // F05 (NEV 2024), F08 (the clusters), F09 (electronics): the target bars of this chart.
      expect(hrefs).toEqual([
        '#outcome-nev-output-2024',
        '#later-topic-nev',
        '#outcome-clusters',
        '#outcome-electronics-cluster',
        '#later-topic-electronics',
      ]);
      expect(output?.querySelector('a[href="#later-topic-nev"]')?.textContent).toBe(since);
      const city = container.querySelector('[data-chart="city-targets"] .chart-targets');
      expect([...(city?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
        '#outcome-industrial-investment-2024',
        '#outcome-guishang-output-2025',
      ]);
      const link = output?.querySelector<HTMLAnchorElement>('a[href="#outcome-nev-output-2024"]');
      if (!link) throw new Error('no link');
      await userEvent.click(link);
      expect(store.getState().view.tab).toBe('outcomes');
    },
  );
});
