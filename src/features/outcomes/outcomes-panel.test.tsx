// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetSchema, LANGS, type Dataset, type Lang } from '../../domain/dataset-schema';
import { followupSchema, type Followup } from '../../domain/followup-schema';
import { indexFollowup } from '../../domain/outcomes';
import { pick } from '../../domain/localize';
import { ALL_MESSAGES } from '../../i18n/all-messages';
import { createI18n } from '../../i18n/create-i18n';
import { createViewStore } from '../../state/view-store';
import { ViewStoreProvider } from '../../state/view-store-context';
import { DEFAULT_VIEW } from '../../state/view-state';
import { OutcomesPanel, OutcomesView } from './outcomes-panel';

const datasetText = readFileSync('public/data/zhaoqing-2024.json', 'utf8');
const followupText = readFileSync('public/data/zhaoqing-followup.json', 'utf8');
const dataset: Dataset = datasetSchema.parse(JSON.parse(datasetText));
const followup: Followup = followupSchema.parse(JSON.parse(followupText));
const index = indexFollowup(followup);

function renderView(lang: Lang, sectors: string[] = []) {
  return render(
    <I18nextProvider i18n={createI18n(lang, ALL_MESSAGES)}>
      <ViewStoreProvider store={createViewStore({ ...DEFAULT_VIEW, sectors })}>
        <OutcomesView dataset={dataset} followup={followup} />
      </ViewStoreProvider>
    </I18nextProvider>,
  );
}

/**
 * Every follow-up figure the view uses, as it must read in each language: value with its
 * qualifier and unit (a tier as its class, a figure not found as "not published"). Written out
 * here, not derived from the formatter, so a change of wording fails.
 */
const VALUES: Record<string, [string, string, string]> = {
  'Y12-nev': ['迈向1000亿元', '邁向1000億元', 'heading towards CNY 100 bn'],
  'Y13-nev': ['千亿级', '千億級', '100-bn-yuan class (千亿级)'],
  'Y13-storage': ['五百亿级', '五百億級', '50-bn-yuan class (五百亿级)'],
  'Y27-tier': ['五百亿级', '五百億級', '50-bn-yuan class (五百亿级)'],
  'Y57-output': ['目标：2000亿元', '目標：2000億元', 'target: CNY 200 bn'],
  'Y19-storage': ['约400亿元', '約400億元', 'about CNY 40 bn'],
  'Y38-output': ['1168亿元', '1168億元', 'CNY 116.8 bn'],
  'Y32-sihui-liangxin': ['157.07亿元', '157.07億元', 'CNY 15.707 bn'],
  'Y32-sihui-output': ['1004.32亿元', '1004.32億元', 'CNY 100.432 bn'],
  'Y32-sihui-investment': ['210.27亿元', '210.27億元', 'CNY 21.027 bn'],
  'Y11-results': ['本资料来源中未公布', '本資料來源中未公佈', 'not published in our sources'],
  'Y06-share': ['57.1%', '57.1%', '57.1%'],
  'Y37-planned': ['1138.3亿元', '1138.3億元', 'CNY 113.83 bn'],
  'Y53-gdp': ['目标：超3000亿元', '目標：超3000億元', 'target: more than CNY 300 bn'],
  'Y01-gdp': ['2917.85亿元', '2917.85億元', 'CNY 291.785 bn'],
  'Y53-growth': ['目标：约5%', '目標：約5%', 'target: about 5%'],
  'Y08-gdp-growth': ['5.5%', '5.5%', '5.5%'],
  'Y54-va-growth': ['目标：约6%', '目標：約6%', 'target: about 6%'],
  'Y08-va-growth': ['5.6%', '5.6%', '5.6%'],
  'Y10-va-growth': ['5.8%', '5.8%', '5.8%'],
  'Y47-projects': ['目标：超50个', '目標：超50個', 'target: more than 50 projects'],
  'Y42-completed': ['72个', '72個', '72 projects'],
  'Y04-jobs': ['4.2万人', '4.2萬人', '42,000 people'],
  'Y04-of-target': ['120.5%', '120.5%', '120.5%'],
  'Y40-started': ['56个', '56個', '56 projects'],
  'Y40-completed': ['21个', '21個', '21 projects'],
  'Y40-production': ['33个', '33個', '33 projects'],
  'Y51-started': ['26个', '26個', '26 projects'],
  'Y51-completed': ['27个', '27個', '27 projects'],
  'Y51-production': ['29个', '29個', '29 projects'],
};
const YEAR_NOT_STATED: Record<Lang, string> = {
  'zh-Hans': '未说明年份',
  'zh-Hant': '未說明年份',
  en: 'year not stated',
};
/** The figures of C5 the view uses: their year is not stated. */
const UNDATED = ['Y19-storage', 'Y32-sihui-output'];

const usedFigures = [
  ...new Set(
    followup.pairs.flatMap((p) => [
      ...p.outcomes.map((o) => o.figure),
      ...p.target.flatMap((t) => ('figure' in t ? [t.figure] : [])),
    ]),
  ),
];

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
      expect(verdict).toContain(ALL_MESSAGES[lang].outcomes.verdict[kind as 'met']);
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
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <I18nextProvider i18n={createI18n('en', ALL_MESSAGES)}>
        <QueryClientProvider client={client}>
          <ViewStoreProvider store={createViewStore()}>
            <OutcomesPanel dataset={dataset} />
          </ViewStoreProvider>
        </QueryClientProvider>
      </I18nextProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The later sources (data/zhaoqing-followup.json) could not be loaded.');
    expect(alert).toHaveTextContent('The server answered 500.');
    ok = true;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByRole('article')).toHaveLength(followup.pairs.length);
  });
});
