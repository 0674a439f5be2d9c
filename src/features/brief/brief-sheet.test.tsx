// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { briefMap } from '../../domain/map/brief-map';
import type { CompareTable } from '../../domain/parks/compare-rows';
import { renderWithProviders } from '../../testing/render-with-providers';
import { shippedDataset, shippedGeography } from '../../testing/shipped-data';
import { BriefSheet, shortLink } from './brief-sheet';

// A table stubbed here (its builder is domain/parks/compare-rows.ts, tested there): what the sheet
// must print of each kind of cell.
const table: CompareTable = {
  parkIds: ['high-tech-zone', 'new-area', 'huaiji-food'],
  names: ['High-tech Zone', 'New Area', 'Huaiji Food Park'],
  dataDate: '2024-06-18',
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
              period: '2022-06',
              sources: ['S1', 'YS05'],
              confidence: 'low',
              note: 'Scope: the whole zone, not the built part.',
            },
          ],
        },
        { kind: 'not-published' },
        {
          kind: 'items',
          items: [{ text: 'Guangzhou–Zhaoqing intercity line', sources: ['PS-07'], planned: true }],
        },
      ],
    },
    {
      id: 'infrastructure',
      differs: false,
      note: 'A block-wide requirement, not checked per park.',
      cells: [{ kind: 'not-published' }, { kind: 'not-published' }, { kind: 'not-published' }],
    },
  ],
  sources: [
    { id: 'S1', label: 'Zhaoqing government, 2024-06-18', url: 'https://www.zhaoqing.gov.cn/a.html' },
    { id: 'YS05', label: 'Xijiang Daily, 2025-01-03 (repost)', confidence: 'low' },
    { id: 'PS-07', label: 'Guangdong DRC, 2023-11', url: 'https://drc.gd.gov.cn/b.html' },
  ],
};
const link = 'https://example.org/app/?v=3&lang=en&park=high-tech-zone';

function renderSheet(lang: 'en' | 'zh-Hant' = 'en', t: CompareTable = table) {
  return renderWithProviders(
    <BriefSheet
      table={t}
      map={briefMap(shippedGeography, shippedDataset, t.parkIds)}
      link={link}
      printDate="2026-12-07"
      lang={lang}
    />,
    { lang },
  );
}

describe('BriefSheet', () => {
  it('titles a comparison with its parks, and gives the date of the data and of printing', () => {
    renderSheet();
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Comparison: High-tech Zone · New Area · Huaiji Food Park',
      }),
    ).toBeTruthy();
    expect(screen.getByText('Data as of 2024-06-18')).toBeTruthy();
    expect(screen.getByText('Printed 2026-12-07')).toBeTruthy();
  });

  it('prints each fact with its period, sources, low confidence, planned mark and note; silence as "not published"', () => {
    renderSheet();
    const area = screen.getByRole('rowheader', { name: /Area/ }).closest('tr');
    expect(area).toBeTruthy();
    const cells = within(area as HTMLElement).getAllByRole('cell');
    expect(cells).toHaveLength(3);
    expect(cells[0]?.textContent).toBe(
      'about 992 km² (planned area) (2022-06) [S1, YS05] confidence: low †Scope: the whole zone, not the built part.',
    );
    expect(cells[1]?.textContent).toBe('not published');
    expect(cells[2]?.textContent).toContain('planned');
    expect(cells[2]?.textContent).toContain('[PS-07]');
    const infra = screen.getByRole('rowheader', { name: /Infrastructure standard/ });
    expect(infra.textContent).toContain('A block-wide requirement, not checked per park.');
    // The densest steps (brief.css) say the row notes once under the table, numbered as on the
    // row labels, and explain the † an item whose note is left to the live view carries.
    const notes = document.querySelector('.brief-footnotes');
    expect(notes?.textContent).toContain('A block-wide requirement, not checked per park.');
    expect(notes?.textContent).toContain('† This item has a note: see the live view.');
    expect(infra.querySelector('.brief-fn-ref')?.textContent).toMatch(/^\d$/);
    expect(screen.getAllByText('not published')).toHaveLength(4);
    // Parks as numbered columns, matching the numbers on the map.
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Fact',
      '1 High-tech Zone',
      '2 New Area',
      '3 Huaiji Food Park',
    ]);
  });

  it('lists every source in full, with its address and a low confidence said', () => {
    renderSheet();
    const list = screen.getByRole('region', { name: 'Sources' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'S1 Zhaoqing government, 2024-06-18 https://www.zhaoqing.gov.cn/a.html',
      'YS05 Xijiang Daily, 2025-01-03 (repost) confidence: low',
      'PS-07 Guangdong DRC, 2023-11 https://drc.gd.gov.cn/b.html',
    ]);
  });

  it('carries a QR code and the short link of the live view', async () => {
    renderSheet();
    const qr = screen.getByRole('img', { name: 'QR code of the link to the live view' });
    // Blank and busy until its symbol is encoded (off the main thread in a browser).
    await waitFor(() => expect(qr).not.toHaveAttribute('aria-busy'));
    expect(qr.querySelectorAll('rect.qr-dark').length).toBeGreaterThan(20);
    expect(screen.getByText(shortLink(link))).toBeTruthy();
    expect(shortLink(link)).toBe('example.org/app/?v=3&lang=en&park=high-tech-zone');
  });

  it('draws the map with each park numbered, approximate places marked', () => {
    const { container } = renderSheet();
    const places = [...container.querySelectorAll('.brief-place')];
    expect(places.map((p) => p.getAttribute('data-park'))).toEqual([
      'high-tech-zone',
      'new-area',
      'huaiji-food',
    ]);
    expect(places.map((p) => p.textContent)).toEqual(['1', '2', '3']);
    expect(places.map((p) => p.getAttribute('data-approximate'))).toEqual([null, 'true', 'true']);
    expect(screen.getByText(/only the county is known/)).toBeTruthy();
  });

  it('says the rows where every park is silent together on one line too, for the denser steps', () => {
    const silentRow = (id: 'level' | 'contact') => ({
      id,
      differs: false,
      cells: table.parkIds.map(() => ({ kind: 'not-published' as const })),
    });
    const { container } = renderSheet('en', {
      ...table,
      rows: [...table.rows, silentRow('level'), silentRow('contact')],
    });
    // Each still has its row (shown at the roomiest step) …
    expect(container.querySelectorAll('tr.brief-silent')).toHaveLength(2);
    // … and one line names them all (shown instead from step 1 on, brief.css).
    const line = screen.getByRole('rowheader', { name: 'Not published for any of them' }).closest('tr');
    expect(line?.querySelector('td')?.textContent).toBe('Level, Investment contact');
  });

  it('prints a fact its park already shows in an earlier row once, and says how many more a cell holds', () => {
    const item = { text: 'national-level zone since 2010', sources: ['S1'] };
    const repeated: CompareTable = {
      ...table,
      rows: [
        {
          id: 'level',
          differs: true,
          cells: table.parkIds.map(() => ({ kind: 'items' as const, items: [item] })),
        },
        {
          id: 'established',
          differs: true,
          cells: table.parkIds.map(() => ({ kind: 'items' as const, items: [item, item, item, item] })),
        },
      ],
    };
    const { container } = renderSheet('en', repeated);
    const established = container.querySelector('tr[data-row="established"] td');
    expect(established?.querySelectorAll('.brief-repeat')).toHaveLength(4);
    expect(established?.querySelector('.brief-repeat')?.textContent).toBe('as under “Level”');
    // The denser steps show only the first items (brief.css): the "more" lines are ready for each.
    expect([...(established?.querySelectorAll('.brief-more') ?? [])].map((li) => li.textContent)).toEqual([
      '3 more in the live view',
      '2 more in the live view',
      '1 more in the live view',
    ]);
  });

  it('titles one park by its name, without numbers, in Traditional Chinese', () => {
    const one: CompareTable = {
      ...table,
      parkIds: ['new-area'],
      names: ['肇慶新區'],
      rows: table.rows.map((r) => ({ ...r, cells: r.cells.slice(1, 2) })),
    };
    const { container } = renderSheet('zh-Hant', one);
    expect(screen.getByRole('heading', { level: 1, name: '肇慶新區' })).toBeTruthy();
    expect(screen.queryAllByRole('columnheader')).toHaveLength(0);
    expect(screen.getAllByText('未公布').length).toBeGreaterThan(0);
    expect(screen.getByText('資料截至 2024-06-18')).toBeTruthy();
    expect(container.querySelector('.brief-place')?.textContent).toBe('');
    // One park: a row's note runs under its facts, across the wide column, not in the label's.
    expect(container.querySelector('tr[data-row="infrastructure"] td')?.textContent).toContain(
      'A block-wide requirement',
    );
    expect(container.querySelector('tr[data-row="infrastructure"] th')?.textContent).toBe('基礎設施標準');
  });
});
