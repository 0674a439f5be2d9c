// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { isSectorTopic } from '../../domain/outcomes/later-ids';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../domain/schema/dataset-schema';
import { pick } from '../../domain/text/localize';
import { ALL_MESSAGES } from '../../i18n/all-messages';
import { shippedDataset } from '../../testing/shipped-data';
import { followup, index, renderView, VALUES, YEAR_NOT_STATED } from './outcomes-test-kit';

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
      tag: '来源：YS04 肇庆市统计局、国家统计局肇庆调查队，2025年5月；YS03 南都（记者 蔡雯），2025年2月20日（会议日期；转载页未注明日期） · Y01 · 可信度：高',
      scope: '全市。',
    },
    {
      figure: 'Y01-gdp',
      value: '2917.85億元',
      period: ' · 2024年',
      tag: '來源：YS04 肇慶市統計局、國家統計局肇慶調查隊，2025年5月；YS03 南都（記者 蔡雯），2025年2月20日（會議日期；轉載頁未註明日期） · Y01 · 可信度：高',
      scope: '全市。',
    },
    {
      figure: 'Y01-gdp',
      value: 'CNY 291.785 bn',
      period: ' · 2024',
      tag: 'Source: YS04 Zhaoqing Statistics Bureau and the NBS Zhaoqing Survey Team, May 2025; YS03 Southern Metropolis Daily (reporter Cai Wen), 20 Feb 2025 (date of the event; the repost is undated) · Y01 · confidence: high',
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
      value: '已达400亿元', // 已达 = has reached (n12), not 约
      period: ' · 未说明年份，2026年1月14日表述',
      tag: '来源：YS01 中新网（记者 程景伟），2026年1月14日 · Y19 · 可信度：高',
      scope: '口径不同（C2）',
    },
    {
      figure: 'Y19-storage',
      value: '已達400億元',
      period: ' · 未說明年份，2026年1月14日表述',
      tag: '來源：YS01 中新網（記者 程景偉），2026年1月14日 · Y19 · 可信度：高',
      scope: '口徑不同（C2）',
    },
    {
      figure: 'Y19-storage',
      value: 'has reached CNY 40 bn',
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
      value: '本資料來源中未公布',
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
  return screen.getByRole('region', { name: ALL_MESSAGES[lang].outcomesPanel.allFacts.heading });
}

const sectorName = (id: string, lang: Lang) => {
  const sector = shippedDataset.sectors.find((s) => s.id === id);
  if (!sector) throw new Error(`no sector ${id}`);
  return pick(sector.name, lang);
};

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
    // A sector's topic is its "what happened since" list, headed with the sector's name.
    const m = ALL_MESSAGES[lang].outcomesPanel;
    expect(topics).toEqual(
      [...new Set(followup.facts.map((f) => f.topic))].map((t) =>
        isSectorTopic(t) ? m.since.heading.replace('{{sector}}', sectorName(t, lang)) : m.topic[t],
      ),
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
        expect(tag, fact.id).toContain(ALL_MESSAGES[lang].outcomesPanel.confidence[fact.confidence]);
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

describe('what happened since, per sector (issue 24, item 2)', () => {
  it.each([
    ['zh-Hans', '此后的情况：新能源汽车（', '新能源汽车：此后的情况'],
    ['zh-Hant', '此後的情況：新能源汽車（', '新能源汽車：此後的情況'],
    ['en', 'What happened since: New energy vehicles (', 'New energy vehicles: what happened since'],
  ] as const)('%s: the NEV target card links to the NEV list, dated, oldest first', (lang, link, heading) => {
    const { container } = renderView(lang);
    const card = container.querySelector('article[data-pair="nev-output-2024"]');
    const a = [...(card?.querySelectorAll('.outcome-since a') ?? [])].find((x) =>
      x.textContent?.startsWith(link),
    );
    expect(a?.getAttribute('href')).toBe('#later-topic-nev');
    const list = container.querySelector('#later-topic-nev');
    expect(list?.querySelector('h4')?.textContent).toBe(heading);
    const items = [...(list?.querySelectorAll('.later-fact') ?? [])];
    expect(a?.textContent).toContain(String(items.length));
    const dates = items.map(
      (li) => li.querySelector('time.later-fact-date')?.getAttribute('dateTime') ?? null,
    );
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated.length).toBeGreaterThan(3);
    expect(dated).toEqual([...dated].sort());
    // XPeng's 500,000th vehicle is on the list, dated by its source (Xijiang Daily, 23 Jan 2025).
    expect(list?.querySelector('[data-fact="Y15"] time.later-fact-date')?.getAttribute('dateTime')).toBe(
      '2025-01-23',
    );
  });
});

describe('internal codes are links with a readable name (issue 24, item 1)', () => {
  it.each([
    ['zh-Hans', '：在“数据来源”中查看', 'Y12：见下方“所有后续资料”中的这一条'],
    ['zh-Hant', '：在“資料來源”中查看', 'Y12：見下方“所有後續資料”中的這一條'],
    ['en', ': see it in the source list', 'Y12: this fact in All later facts, below'],
  ] as const)('%s: a target’s source and a later fact’s id lead to their entries', (lang, source, fact) => {
    const { container } = renderView(lang);
    const card = container.querySelector('article[data-pair="nev-output-2024"]');
    const s4 = card?.querySelector<HTMLAnchorElement>('.outcome-targets a[href="#source-S4"]');
    expect(s4?.textContent).toMatch(/^S4 \S/);
    expect(s4?.getAttribute('aria-label')).toContain(source);
    // The accessible name contains what is visible (WCAG 2.5.3).
    expect(s4?.getAttribute('aria-label')).toContain(s4?.textContent ?? '?');
    const y12 = card?.querySelector<HTMLAnchorElement>('.outcome-later a[href="#later-fact-Y12"]');
    expect(y12?.textContent).toBe('Y12');
    expect(y12?.getAttribute('aria-label')).toBe(fact);
    expect(container.querySelector('#later-fact-Y12')?.getAttribute('tabindex')).toBe('-1');
  });
});
