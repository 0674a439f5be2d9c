// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../domain/schema/dataset-schema';
import { followup, renderView } from './outcomes-test-kit';

/**
 * The Targets & outcomes tab claims no verdict stronger than its source (data-audit-2026-12: N1,
 * n1, n3, n4, n2). Written out from the facts files, not read from the app, so a change of data
 * or wording that overstates a verdict fails here.
 */

/** What the facts files call targets: F05, F08–F11 (zhaoqing-2024.md), Y47, Y53, Y54, Y57 (follow-up). */
const TARGETS_IN_FACTS = new Set(['F05', 'F08', 'F09', 'F10', 'F11', 'Y47', 'Y53', 'Y54', 'Y57']);
/**
 * The only later figures whose source itself gives the verdict on a target: Y04, "完成全年工作目标的
 * 120.5%" (its target is the 2024 urban-jobs target, whose number our sources do not give).
 */
const SOURCE_OWN_VERDICT = new Set(['Y04-jobs', 'Y04-of-target']);
/** A pair whose target is only named in words, by the source that judges it (Y04). */
const TARGET_NAMED_BY_VERDICT_SOURCE = new Set(['urban-jobs-2024']);

const MET_WORDS: Record<Lang, RegExp> = {
  'zh-Hans': /已达到|达到了|已完成目标|达标/,
  'zh-Hant': /已達到|達到了|已完成目標|達標/,
  en: /\bmet\b/i,
};

const factOf = (ref: { fact: string } | { figure: string }) =>
  'fact' in ref ? ref.fact : (ref.figure.split('-')[0] ?? '');

describe('Targets & outcomes: a ✓ or "met" only where a target’s own source says met', () => {
  it.each(LANGS)(
    'walks every card of the shipped file (%s)',
    (lang) => {
      renderView(lang);
      const cards = screen.getAllByRole('article');
      expect(cards).toHaveLength(followup.pairs.length);
      let ticked = 0;
      for (const card of cards) {
        const id = card.getAttribute('data-pair') ?? '';
        const pair = followup.pairs.find((p) => p.id === id);
        if (!pair) throw new Error(`a card for no pair: ${id}`);
        const text = card.textContent ?? '';
        // The reason and the later figures may quote 已达 (has reached); a verdict is in the badge.
        const badge = card.querySelector('.verdict-badge')?.textContent ?? '';
        if (!text.includes('✓') && !MET_WORDS[lang].test(badge)) continue;
        ticked++;
        const targets = pair.target.map(factOf);
        const isTarget =
          pair.basis === 'target' &&
          (targets.length > 0
            ? targets.every((f) => TARGETS_IN_FACTS.has(f))
            : TARGET_NAMED_BY_VERDICT_SOURCE.has(id));
        expect(isTarget, `${id}: ✓ / met on something that is not a target in the facts files`).toBe(true);
        const evidence = [...card.querySelectorAll('[data-relation="same-measure"]')].map(
          (li) => li.getAttribute('data-figure') ?? '',
        );
        expect(evidence.length, `${id}: ✓ / met without a same-measure figure`).toBeGreaterThan(0);
        expect(
          evidence.filter((f) => !SOURCE_OWN_VERDICT.has(f)),
          `${id}: ✓ / met on evidence that is not the source’s own verdict`,
        ).toEqual([]);
      }
      // The one card that may say "met" does (the walk looked at something).
      expect(ticked).toBe(1);
    },
    30_000,
  );
});

/** Each card's verdict as it must read: mark and words, in zh-Hans, zh-Hant and en. */
const VERDICT_WORDS: Record<string, [string, string, string]> = {
  'nev-output-2024': [
    '✗ 未达到（据市长2026年1月“迈向千亿”的说法推断）',
    '✗ 未達到（據市長2026年1月“邁向千億”的說法推斷）',
    '✗ Not reached — implied by the mayor’s “heading towards 100 bn” (January 2026)',
  ],
  'nev-parts-2025': [
    '✗ 未达到（口径不同：目标为新能源汽车及汽车零部件，后来只讲新能源汽车；单新能源汽车仍在“迈向千亿”）',
    '✗ 未達到（口徑不同：目標為新能源汽車及汽車零部件，後來只講新能源汽車；單新能源汽車仍在“邁向千億”）',
    '✗ Not reached (scopes differ: NEV + parts vs NEV; NEV alone still “heading towards 100 bn”)',
  ],
  clusters: ['– 没有可比的数字', '– 沒有可比的數字', '– No comparable figure published'],
  'storage-output': ['≠ 口径不同，不能比较', '≠ 口徑不同，不能比較', '≠ Scope differs — not comparable'],
  'emerging-output': ['≠ 口径不同，不能比较', '≠ 口徑不同，不能比較', '≠ Scope differs — not comparable'],
  'electronics-cluster': ['– 没有可比的数字', '– 沒有可比的數字', '– No comparable figure published'],
  'guishang-output-2025': [
    '… 本资料来源中尚未公布',
    '… 本資料來源中尚未公布',
    '… Not yet published in our sources',
  ],
  'industrial-investment-2024': ['– 没有可比的数字', '– 沒有可比的數字', '– No comparable figure published'],
  'manufacturing-investment': [
    '= 同一指标：2024年仍超千亿元（计划投资，不是已完成投资）',
    '= 同一指標：2024年仍超千億元（計劃投資，不是已完成投資）',
    '= Same measure, above 100 bn again in 2024 (planned, not spent)',
  ],
  'gdp-2025': ['… 本资料来源中尚未公布', '… 本資料來源中尚未公布', '… Not yet published in our sources'],
  'gdp-growth-2025': ['◔ 只有部分时期的数字', '◔ 只有部分時期的數字', '◔ Only part of the year published'],
  'industrial-va-2025': ['◔ 只有部分时期的数字', '◔ 只有部分時期的數字', '◔ Only part of the year published'],
  'start-area-2025': ['≠ 口径不同，不能比较', '≠ 口徑不同，不能比較', '≠ Scope differs — not comparable'],
  'urban-jobs-2024': ['✓ 已达到（来源原话）', '✓ 已達到（來源原話）', '✓ Met (in the source’s words)'],
  'project-counts': ['– 没有可比的数字', '– 沒有可比的數字', '– No comparable figure published'],
};

/** The scope line of a card: a scope-limited target names its area, never "city-wide" (n3). */
const SCOPES: Record<string, [string, string, string]> = {
  'start-area-2025': [
    '大型产业集聚区市管起步区',
    '大型產業集聚區市管起步區',
    'The zone’s city-managed starting area',
  ],
  'gdp-2025': ['全市', '全市', 'City-wide'],
};

describe('the verdict words of every pair', () => {
  it.each(LANGS)(
    'read as the evidence allows, with mark, scope and the period as worded (%s)',
    (lang) => {
      const l = LANGS.indexOf(lang);
      renderView(lang);
      const cards = screen.getAllByRole('article');
      expect(Object.keys(VERDICT_WORDS).sort()).toEqual(followup.pairs.map((p) => p.id).sort());
      for (const card of cards) {
        const id = card.getAttribute('data-pair') ?? '';
        const badge = card.querySelector('.verdict-badge');
        expect(badge?.textContent, id).toBe(VERDICT_WORDS[id]?.[l]);
        const scope = SCOPES[id];
        if (scope) expect(card.querySelector('.outcome-scope')?.textContent, id).toBe(scope[l]);
      }
      // n2: F14's period as worded ("since last year", said March 2024), not "no year set".
      const f14 = cards.find((c) => c.getAttribute('data-pair') === 'manufacturing-investment');
      if (!f14) throw new Error('manufacturing-investment');
      const period = f14.querySelector('[data-indicator] .figure-period');
      expect(period?.textContent).toBe(
        [
          ' · 去年以来（2024年3月所说）',
          ' · 去年以來（2024年3月所說）',
          ' · “since last year” (said in March 2024)',
        ][l],
      );
      expect(f14).not.toHaveTextContent(/未定年份|no year set/);
    },
    30_000,
  );
});
