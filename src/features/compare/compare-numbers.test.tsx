// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compareTable } from '../../domain/parks/compare-rows';
import { renderWithProviders } from '../../testing/render-with-providers';
import {
  datasetText,
  parkFactsText,
  shippedDataset as dataset,
  shippedParkFacts as parkFacts,
} from '../../testing/shipped-data';
import { CompareTableView } from './compare-table';

/**
 * Every figure on screen comes from the data: the rendered comparison of every park (four at a
 * time), in each language, is walked cell by cell, and each number in a cell's facts must be in
 * that fact's quote or in the shipped files (the dataset, the park facts). Years and dates count
 * as numbers too; nothing is computed on the way to the screen.
 */

const FILES = `${datasetText}\n${parkFactsText}`;
/** Numbers as printed: 1,200 and 1.5 and 992 (a trailing comma is punctuation). */
const numbersIn = (text: string) => [...text.matchAll(/\d(?:[\d,]*\d)?(?:\.\d+)?/g)].map((m) => m[0]);
/** In the quote or the files as printed, or without its thousands separators. */
const found = (n: string, quote: string) =>
  [n, n.replace(/,/g, '')].some((form) => quote.includes(form) || FILES.includes(form));
const groups = (ids: readonly string[]) =>
  Array.from({ length: Math.ceil(ids.length / 4) }, (_, i) => ids.slice(i * 4, i * 4 + 4));

describe('the numbers in the comparison', () => {
  it.each(['zh-Hans', 'zh-Hant', 'en'] as const)('are each in the data files or the quote (%s)', (lang) => {
    const missing: string[] = [];
    let checked = 0;
    for (const ids of groups(dataset.parks.map((p) => p.id))) {
      const table = compareTable({ dataset, parkFacts, lang }, ids);
      const { unmount } = renderWithProviders(<CompareTableView table={table} onRemove={() => {}} />, {
        lang,
      });
      for (const item of screen
        .getAllByRole('listitem')
        .filter((li) => li.classList.contains('compare-item'))) {
        const text = item.querySelector('.compare-item-text')?.textContent ?? '';
        const quote = item.querySelector('.compare-quote')?.textContent ?? '';
        for (const n of numbersIn(text)) {
          checked += 1;
          if (!found(n, quote)) missing.push(`${ids.join('+')}: ${n} in “${text}”`);
        }
      }
      expect(within(screen.getByRole('table')).getAllByRole('rowheader').length).toBe(table.rows.length);
      unmount();
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });
});
