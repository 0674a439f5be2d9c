// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGS } from '../../domain/schema/dataset-schema';
import { pick } from '../../domain/text/localize';
import { ALL_MESSAGES } from '../../i18n/all-messages';
import { OutcomesPanel } from './outcomes-panel';
import {
  dataset,
  datasetText,
  followup,
  followupText,
  index,
  renderView,
  UNDATED,
  usedFigures,
  VALUES,
  YEAR_NOT_STATED,
} from './outcomes-test-kit';
import { renderWithProviders } from '../../testing/render-with-providers';

describe('OutcomesView', () => {
  it('pins a value for every follow-up figure it uses', () => {
    expect(usedFigures.filter((id) => !(id in VALUES))).toEqual([]);
  });

  it.each(LANGS)(
    'shows each later figure with value, qualifier, period or "year not stated", scope note and source (%s)',
    (lang) => {
      const { container } = renderView(lang);
      const l = LANGS.indexOf(lang);
      for (const id of usedFigures) {
        const later = index.figure(id);
        if (!later) throw new Error(id);
        const items = [...container.querySelectorAll<HTMLElement>(`[data-figure="${id}"]`)];
        expect(items.length, id).toBeGreaterThan(0);
        for (const item of items) {
          expect(item.querySelector('.figure-text')?.textContent, `${id} value`).toBe(VALUES[id]?.[l]);
          const period = item.querySelector('.figure-period')?.textContent ?? '';
          if (UNDATED.includes(id)) expect(period, id).toContain(YEAR_NOT_STATED[lang]);
          if (later.period === null) expect(period, id).toContain(YEAR_NOT_STATED[lang]);
          else expect(period, id).toContain(pick(later.period, lang));
          expect(item.querySelector('.figure-scope')?.textContent, `${id} scope`).toBe(
            pick(later.fact.scope, lang),
          );
          const tag = item.querySelector('.source-tag')?.textContent ?? '';
          for (const s of later.sources)
            expect(tag, `${id} source`).toContain(`${s.id} ${pick(s.outlet, lang)}`);
          expect(tag, id).toContain(later.fact.id);
        }
      }
    },
  );

  it.each(LANGS)('gives every target a card with its verdict as a word and its reason (%s)', (lang) => {
    renderView(lang);
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(followup.pairs.length);
    for (const [i, pair] of followup.pairs.entries()) {
      const card = cards[i];
      if (!card) throw new Error(pair.id);
      expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(pick(pair.title, lang));
      const verdict = card.querySelector('.verdict-badge')?.textContent ?? '';
      const kind = card.getAttribute('data-verdict') ?? '';
      const words = ALL_MESSAGES[lang].outcomesPanel.verdict[kind as 'met'].replace(
        '{{basis}}',
        pair.verdictBasis ? pick(pair.verdictBasis, lang) : '',
      );
      expect(verdict).toContain(words);
      expect(card).toHaveTextContent(pick(pair.reason, lang));
    }
  });

  it('writes the sources’ own titles in 《》 and our descriptions as descriptions', () => {
    const { container } = renderView('en');
    for (const s of followup.sources) {
      const item = container.querySelector(`[data-source="${s.id}"]`);
      if (s.title.kind === 'original')
        expect(item?.querySelector('.source-title')?.textContent).toBe(`《${s.title.text}》`);
      else {
        expect(item?.textContent).not.toMatch(/《/);
        expect(item?.querySelector('.source-description')?.textContent).toContain(
          '(our description, not the original title)',
        );
      }
    }
  });

  it('lists what is not published in our sources, Y11 and Y58 among them', () => {
    renderView('zh-Hans');
    const list = screen.getByRole('region', { name: '本资料来源中未公布' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(followup.unpublished.length);
    expect(list).toHaveTextContent('(Y11)');
    expect(list).toHaveTextContent('(Y58)');
  });

  it('shows no number that is not in the files: no ratio, percentage or change is computed', () => {
    const { container } = renderView('en');
    const known = new Set<string>();
    const add = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).forEach((n) => known.add(n));
    add(followupText);
    add(datasetText);
    // The formatter's own renderings: 亿元 as bn (÷10) and 万人 as people (×10,000).
    for (const f of followup.facts)
      for (const g of f.figures) if (g.value !== null) add(`${g.value / 10} ${Math.round(g.value * 10000)}`);
    for (const i of dataset.indicators) if (i.value !== null) add(String(i.value / 10));
    const text = (container.textContent ?? '').replace(/(\d),(?=\d{3})/g, '$1');
    const unknown = (text.match(/\d+(?:\.\d+)?/g) ?? []).filter((n) => !known.has(n));
    expect(unknown).toEqual([]);
  });

  it('filters by sector like the key figures: city-wide targets stay, others’ are counted', () => {
    renderView('zh-Hans', ['electronics']);
    const titles = screen.getAllByRole('article').map((a) => a.getAttribute('data-pair'));
    expect(titles).toContain('electronics-cluster');
    expect(titles).toContain('gdp-2025');
    expect(titles).not.toContain('storage-output');
    expect(screen.getByText(/所选行业以外的 \d+ 项目标未显示/)).toBeInTheDocument();
  });
});

describe('OutcomesPanel and the follow-up file', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says so with Retry when the file fails, and shows the view once Retry succeeds', async () => {
    let ok = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(ok ? new Response(followupText, { status: 200 }) : new Response('', { status: 500 })),
      ),
    );
    renderWithProviders(<OutcomesPanel dataset={dataset} />, { lang: 'en' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The later sources (data/zhaoqing-followup.json) could not be loaded.');
    expect(alert).toHaveTextContent('The server answered 500.');
    ok = true;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByRole('article')).toHaveLength(followup.pairs.length);
  });
});
