// @vitest-environment jsdom
import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../domain/schema/dataset-schema';
import { ALL_MESSAGES } from '../../i18n/all-messages';
import { createViewStore } from '../../state/view-store';
import { DEFAULT_VIEW } from '../../state/view-state';
import { ChartsPanel } from './charts-panel';
import { shippedDataset } from '../../testing/shipped-data';
import { renderWithProviders } from '../../testing/render-with-providers';

/**
 * Electronic information has a goal (F09) but no output figure in the sources: the chart says so
 * where the bar would be, and the table lists it, in every language, without a bar or a zero.
 */
const dataset = shippedDataset;

const WORDS: Record<Lang, { slot: string; value: string; figure: string; note: RegExp }> = {
  'zh-Hans': {
    slot: '2023年产值：来源未公布',
    value: '来源未公布',
    figure: '电子信息产值',
    note: /^电子信息：来源未公布2023年产值/,
  },
  'zh-Hant': {
    slot: '2023年產值：來源未公布',
    value: '來源未公布',
    figure: '電子信息產值',
    note: /^電子信息：來源未公布2023年產值/,
  },
  en: {
    slot: '2023 output: not published in the sources',
    value: 'not published in the sources',
    figure: 'Electronic information output',
    note: /^Electronic information: the sources publish no 2023 output/,
  },
};

function renderOutput(lang: Lang, sectors: string[]) {
  const store = createViewStore({ ...DEFAULT_VIEW, sectors });
  const { container } = renderWithProviders(<ChartsPanel dataset={dataset} chartWidth={360} />, {
    lang,
    store,
  });
  const figure = container.querySelector<HTMLElement>('figure[data-chart="industry-output"]');
  if (!figure) throw new Error('no industry-output chart');
  return figure;
}

describe('a figure the sources do not publish', () => {
  it.each(Object.keys(WORDS) as Lang[])(
    '%s: is said where its bar would be, and listed in the table',
    async (lang) => {
      const figure = renderOutput(lang, ['electronics']);
      const words = WORDS[lang];
      const slots = [...figure.querySelectorAll('svg .chart-mark-missing')].map((t) => t.textContent);
      expect(slots).toEqual([words.slot]);
      // No bar and no zero for it: the electronics marks are its goal and the three-industry total.
      const drawn = [...figure.querySelectorAll('g.chart-mark')].map((g) => g.getAttribute('data-indicator'));
      expect(drawn.sort()).toEqual(['f01', 'f09']);
      expect(figure.querySelector('g.chart-mark[data-value="0"]')).toBeNull();
      const notes = [...figure.querySelectorAll('.chart-note')].map((p) => p.textContent ?? '');
      expect(notes.filter((n) => words.note.test(n))).toHaveLength(1);

      await userEvent.setup().click(within(figure).getByText(ALL_MESSAGES[lang].charts.table.show));
      const row = within(figure).getByRole('row', { name: new RegExp(`^${words.figure}`) });
      expect(row).toHaveAttribute('data-missing', 'electronics');
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(cells[0]).toBe(words.value);
      expect(cells[2]).toBe('2023');
      expect(cells[4]).toBe(ALL_MESSAGES[lang].chartsPanel.missing.sources);
      // In its group's place: right before electronic information's goal.
      const rows = within(figure).getAllByRole('row');
      expect(rows[rows.indexOf(row) + 1]).toHaveAttribute('data-indicator', 'f09');
    },
  );

  it('is not claimed for a group that has its own figure', () => {
    const figure = renderOutput('zh-Hans', ['nev', 'storage']);
    expect(figure.querySelectorAll('.chart-mark-missing')).toHaveLength(0);
    expect(figure.textContent).not.toContain('来源未公布');
  });
});
