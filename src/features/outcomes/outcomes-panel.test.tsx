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

/**
 * A few facts of the "All later facts" list as they must read, written out: value with qualifier
 * (exact, "more than", "about" without a year, a tier, not found), the period or "year not stated"
 * with when it was stated, and the source tag (outlet, date, fact id, confidence).
 */
const FACT_PINS: Record<
  string,
  { figure: string; value: string; period: string; tag: string; scope: string }[]
> = {
  Y01: [
    {
      figure: 'Y01-gdp',
      value: '2917.85亿元',
      period: ' · 2024年',
      tag: '来源：YS04 肇庆市统计局、国家统计局肇庆调查队，2025年5月；YS03 南都（记者 蔡雯），2025年2月20日 · Y01 · 可信度：高',
      scope: '全市。',
    },
    {
      figure: 'Y01-gdp',
      value: '2917.85億元',
      period: ' · 2024年',
      tag: '來源：YS04 肇慶市統計局、國家統計局肇慶調查隊，2025年5月；YS03 南都（記者 蔡雯），2025年2月20日 · Y01 · 可信度：高',
      scope: '全市。',
    },
    {
      figure: 'Y01-gdp',
      value: 'CNY 291.785 bn',
      period: ' · 2024',
      tag: 'Source: YS04 Zhaoqing Statistics Bureau and the NBS Zhaoqing Survey Team, May 2025; YS03 Southern Metropolis Daily (reporter Cai Wen), 20 Feb 2025 · Y01 · confidence: high',
      scope: 'City-wide.',
    },
  ],
  Y29: [
    {
      figure: 'Y29-metal',
      value: '超1200亿元',
      period: ' · 未说明年份，2026年1月14日表述',
      tag: '来源：YS01 中新网（记者 程景伟），2026年1月14日 · Y29 · 可信度：高',
      scope: '未说明年份（C5）',
    },
    {
      figure: 'Y29-metal',
      value: '超1200億元',
      period: ' · 未說明年份，2026年1月14日表述',
      tag: '來源：YS01 中新網（記者 程景偉），2026年1月14日 · Y29 · 可信度：高',
      scope: '未說明年份（C5）',
    },
    {
      figure: 'Y29-metal',
      value: 'more than CNY 120 bn',
      period: ' · year not stated, stated 14 Jan 2026',
      tag: 'Source: YS01 China News Service (reporter Cheng Jingwei), 14 Jan 2026 · Y29 · confidence: high',
      scope: 'no year given (C5)',
    },
  ],
  Y19: [
    {
      figure: 'Y19-storage',
      value: '约400亿元',
      period: ' · 未说明年份，2026年1月14日表述',
      tag: '来源：YS01 中新网（记者 程景伟），2026年1月14日 · Y19 · 可信度：高',
      scope: '口径不同（C2）',
    },
    {
      figure: 'Y19-storage',
      value: '約400億元',
      period: ' · 未說明年份，2026年1月14日表述',
      tag: '來源：YS01 中新網（記者 程景偉），2026年1月14日 · Y19 · 可信度：高',
      scope: '口徑不同（C2）',
    },
    {
      figure: 'Y19-storage',
      value: 'about CNY 40 bn',
      period: ' · year not stated, stated 14 Jan 2026',
      tag: 'Source: YS01 China News Service (reporter Cheng Jingwei), 14 Jan 2026 · Y19 · confidence: high',
      scope: 'Not the same scope as F06',
    },
  ],
  Y13: [
    {
      figure: 'Y13-storage',
      value: '五百亿级',
      period: ' · “十四五”末，2026年1月14日表述',
      tag: '来源：YS01 中新网（记者 程景伟），2026年1月14日 · Y13 · 可信度：高',
      scope: '级别是标签，不是测量值',
    },
    {
      figure: 'Y13-storage',
      value: '五百億級',
      period: ' · “十四五”末，2026年1月14日表述',
      tag: '來源：YS01 中新網（記者 程景偉），2026年1月14日 · Y13 · 可信度：高',
      scope: '級別是標籤，不是測量值',
    },
    {
      figure: 'Y13-storage',
      value: '50-bn-yuan class (五百亿级)',
      period: ' · end of the 14th Five-Year Plan period (2021–2025), stated 14 Jan 2026',
      tag: 'Source: YS01 China News Service (reporter Cheng Jingwei), 14 Jan 2026 · Y13 · confidence: high',
      scope: 'Tier labels, not measurements',
    },
  ],
  Y11: [
    {
      figure: 'Y11-results',
      value: '本资料来源中未公布',
      period: ' · 2025年',
      tag: 'Y11',
      scope: '在所查阅的资料中没有找到',
    },
    {
      figure: 'Y11-results',
      value: '本資料來源中未公佈',
      period: ' · 2025年',
      tag: 'Y11',
      scope: '在所查閱的資料中沒有找到',
    },
    {
      figure: 'Y11-results',
      value: 'not published in our sources',
      period: ' · 2025',
      tag: 'Y11',
      scope: 'Not found in the sources consulted',
    },
  ],
};

const ALL_FACT_IDS = Array.from({ length: 58 }, (_, i) => `Y${String(i + 1).padStart(2, '0')}`);

function allFactsRegion(lang: Lang): HTMLElement {
  return screen.getByRole('region', { name: ALL_MESSAGES[lang].outcomes.allFacts.heading });
}

describe('All later facts', () => {
  it('the file holds exactly the facts Y01–Y58', () => {
    expect(followup.facts.map((f) => f.id)).toEqual(ALL_FACT_IDS);
  });

  it.each(LANGS)('lists every fact Y01–Y58 under its topic, each figure with its value (%s)', (lang) => {
    renderView(lang);
    const region = allFactsRegion(lang);
    const topics = within(region)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(topics).toEqual(
      [...new Set(followup.facts.map((f) => f.topic))].map((t) => ALL_MESSAGES[lang].outcomes.topic[t]),
    );
    for (const fact of followup.facts) {
      const item = region.querySelector<HTMLElement>(`[data-fact="${fact.id}"]`);
      if (!item) throw new Error(`${fact.id} missing`);
      expect(item.closest('[data-topic]')?.getAttribute('data-topic'), fact.id).toBe(fact.topic);
      expect(item.querySelector('.fact-id')?.textContent).toBe(fact.id);
      expect(item, fact.id).toHaveTextContent(pick(fact.summary, lang));
      expect(item.querySelector('.figure-scope')?.textContent, fact.id).toBe(pick(fact.scope, lang));
      const tag = item.querySelector('.source-tag')?.textContent ?? '';
      expect(tag, fact.id).toContain(fact.id);
      for (const id of fact.sources) {
        const source = index.source(id);
        expect(tag, fact.id).toContain(
          `${id} ${pick(source?.outlet ?? { 'zh-Hans': '?', 'zh-Hant': '?', en: '?' }, lang)}`,
        );
        expect(item.querySelector(`a[href="#followup-source-${id}"]`), `${fact.id} ${id}`).not.toBeNull();
      }
      if (fact.confidence)
        expect(tag, fact.id).toContain(ALL_MESSAGES[lang].outcomes.confidence[fact.confidence]);
      for (const figure of fact.figures) {
        const line = item.querySelector(`[data-fact-figure="${figure.id}"]`);
        expect(line?.querySelector('.figure-text')?.textContent, figure.id).toBeTruthy();
        const later = index.figure(figure.id);
        const period = line?.querySelector('.figure-period')?.textContent ?? '';
        if (later?.period) expect(period, figure.id).toContain(pick(later.period, lang));
        else expect(period, figure.id).toContain(YEAR_NOT_STATED[lang]);
      }
      // The figures the targets use read the same here as on the cards.
      for (const figure of fact.figures)
        if (figure.id in VALUES)
          expect(
            item.querySelector(`[data-fact-figure="${figure.id}"] .figure-text`)?.textContent,
            figure.id,
          ).toBe(VALUES[figure.id]?.[LANGS.indexOf(lang)]);
    }
    expect(region.querySelectorAll('[data-fact]')).toHaveLength(ALL_FACT_IDS.length);
    for (const id of ALL_FACT_IDS) expect(region).toHaveTextContent(id);
  });

  it.each(LANGS)('pins value, qualifier, period, scope and source of representative facts (%s)', (lang) => {
    renderView(lang);
    const region = allFactsRegion(lang);
    const l = LANGS.indexOf(lang);
    for (const [factId, pins] of Object.entries(FACT_PINS)) {
      const pin = pins[l];
      if (!pin) throw new Error(factId);
      const item = region.querySelector(`[data-fact="${factId}"]`);
      const line = item?.querySelector(`[data-fact-figure="${pin.figure}"]`);
      expect(line?.querySelector('.figure-text')?.textContent, factId).toBe(pin.value);
      expect(line?.querySelector('.figure-period')?.textContent, factId).toBe(pin.period);
      expect(item?.querySelector('.figure-scope')?.textContent, factId).toContain(pin.scope);
      expect(item?.querySelector('.source-tag')?.textContent, factId).toBe(pin.tag);
    }
  });

  it('filters by sector like the cards: city facts and facts of no sector stay, others are counted', () => {
    renderView('en', ['nev']);
    const region = allFactsRegion('en');
    const shown = [...region.querySelectorAll('[data-fact]')].map((e) => e.getAttribute('data-fact'));
    expect(shown).toContain('Y01');
    expect(shown).toContain('Y12');
    expect(shown).toContain('Y11');
    expect(shown).not.toContain('Y19');
    expect(shown).not.toContain('Y29');
    expect(within(region).getByText(/^\d+ facts of other sectors are not shown/)).toHaveTextContent(
      `${ALL_FACT_IDS.length - shown.length} facts`,
    );
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
