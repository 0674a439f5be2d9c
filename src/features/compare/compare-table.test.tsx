// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CompareTable } from '../../domain/parks/compare-rows';
import { compareTable } from '../../domain/parks/compare-rows';
import type { Lang } from '../../domain/schema/dataset-schema';
import { renderWithProviders } from '../../testing/render-with-providers';
import { shippedDataset as dataset } from '../../testing/shipped-data';
import { CompareTableView } from './compare-table';

/** A table as compareTable gives it, small enough to read. */
const TABLE: CompareTable = {
  parkIds: ['high-tech-zone', 'new-area'],
  names: ['High-tech Zone', 'New Area'],
  rows: [
    {
      id: 'area',
      differs: true,
      cells: [
        {
          kind: 'items',
          items: [
            {
              text: 'about 992 km² (planned area)',
              quote: '规划面积约992平方公里',
              period: '2022-06',
              sources: ['PS-01'],
              confidence: 'low',
              note: 'planned, not built',
              planned: true,
            },
          ],
        },
        { kind: 'not-published' },
      ],
    },
    {
      id: 'tier',
      differs: false,
      note: 'Both are core parks.',
      cells: [
        { kind: 'items', items: [{ text: 'Core park', sources: ['S1'], inferred: true }] },
        { kind: 'items', items: [{ text: 'Core park', sources: ['S1'] }] },
      ],
    },
  ],
  sources: [
    { id: 'PS-01', label: 'Zhaoqing government, 2022-06', url: 'https://example.org/a', confidence: 'low' },
    { id: 'S1', label: '南方日报, 2024-03-09', url: 'javascript:alert(1)' },
  ],
  dataDate: '2024-03-09',
};

const NOT_PUBLISHED: Record<Lang, string> = { 'zh-Hans': '未公布', 'zh-Hant': '未公布', en: 'not published' };

describe('CompareTableView', () => {
  it('is a table: parks as column headers, row labels as row headers, cells aligned', () => {
    renderWithProviders(<CompareTableView table={TABLE} onRemove={() => {}} />, { lang: 'en' });
    const table = screen.getByRole('table', { name: 'Comparison of High-tech Zone · New Area' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['High-tech Zone✕', 'New Area✕']);
    const area = within(table).getByRole('rowheader', { name: /^Area/ });
    expect(area).toHaveTextContent('Area ≠ (differs between parks)');
    const tier = within(table).getByRole('rowheader', { name: /^Tier/ });
    expect(tier).toHaveTextContent('Both are core parks.');
    expect(tier).not.toHaveTextContent('≠');
    const [first, second] = within(area.closest('tr') as HTMLElement).getAllByRole('cell');
    expect(first).toHaveTextContent(
      'about 992 km² (planned area)plannedlow confidencePeriod: 2022-06Original: “规划面积约992平方公里”Note: planned, not built[PS-01]',
    );
    expect(first?.querySelector('.compare-quote')).toHaveAttribute('lang', 'zh-Hans');
    expect(second).toHaveTextContent(/^not published$/);
    expect(within(tier.closest('tr') as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent('inferred');
  });

  it.each(['zh-Hans', 'zh-Hant', 'en'] as const)('prints the app’s own “not published” in %s', (lang) => {
    renderWithProviders(<CompareTableView table={TABLE} onRemove={() => {}} />, { lang });
    expect(screen.getByText(NOT_PUBLISHED[lang])).toHaveClass('compare-not-published');
  });

  it('links each source id to its line in the list below; only http(s) addresses become links', () => {
    renderWithProviders(<CompareTableView table={TABLE} onRemove={() => {}} />, { lang: 'en' });
    const tag = screen.getByRole('link', { name: 'Source PS-01: see the source list below' });
    expect(tag).toHaveAttribute('href', '#compare-source-PS-01');
    const list = screen.getByRole('region', { name: 'Sources' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.id),
    ).toEqual(['compare-source-PS-01', 'compare-source-S1']);
    expect(within(list).getByRole('link', { name: 'https://example.org/a' })).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: /javascript/ })).toBeNull();
    expect(list).toHaveTextContent('low confidence');
  });

  it('shows only the rows that differ when asked, and removes a park from its column', async () => {
    const onRemove = vi.fn();
    const { user } = renderWithProviders(<CompareTableView table={TABLE} onRemove={onRemove} />, {
      lang: 'en',
    });
    await user.click(screen.getByRole('checkbox', { name: 'Only rows that differ' }));
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent?.split(' ')[0])).toEqual(['Area']);
    await user.click(screen.getByRole('button', { name: 'Remove New Area from comparison' }));
    expect(onRemove).toHaveBeenCalledWith('new-area');
  });

  it('renders every row of the shipped comparison, a cell per park, in each language', () => {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const table = compareTable({ dataset, lang }, ['high-tech-zone', 'new-area', 'huaiji-food']);
      const { unmount } = renderWithProviders(<CompareTableView table={table} onRemove={() => {}} />, {
        lang,
      });
      expect(screen.getAllByRole('rowheader')).toHaveLength(table.rows.length);
      for (const row of screen.getAllByRole('row').slice(1))
        expect(within(row).getAllByRole('cell')).toHaveLength(3);
      unmount();
    }
  });
});
