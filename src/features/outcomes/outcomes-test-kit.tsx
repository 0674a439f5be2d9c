// Shared by the Outcomes view's tests: the shipped files, a renderer, and the figures as they must read.
import type { Lang } from '../../domain/schema/dataset-schema';
import { indexFollowup } from '../../domain/outcomes/outcomes';
import { renderWithProviders } from '../../testing/render-with-providers';
import { shippedDataset as dataset, shippedFollowup as followup } from '../../testing/shipped-data';
import { OutcomesView } from './outcomes-panel';

export { datasetText, followupText } from '../../testing/shipped-data';
export { dataset, followup };
export const index = indexFollowup(followup);

export function renderView(lang: Lang, sectors: string[] = []) {
  return renderWithProviders(<OutcomesView dataset={dataset} followup={followup} />, {
    lang,
    view: { sectors },
  });
}

/**
 * Every follow-up figure the view uses, as it must read in each language: value with its
 * qualifier and unit (a tier as its class, a figure not found as "not published"). Written out
 * here, not derived from the formatter, so a change of wording fails.
 */
export const VALUES: Record<string, [string, string, string]> = {
  'Y12-nev': ['迈向1000亿元', '邁向1000億元', 'heading towards CNY 100 bn'],
  'Y13-nev': ['千亿级', '千億級', '100-bn-yuan class (千亿级)'],
  'Y13-storage': ['五百亿级', '五百億級', '50-bn-yuan class (五百亿级)'],
  'Y27-tier': ['五百亿级', '五百億級', '50-bn-yuan class (五百亿级)'],
  'Y57-output': ['目标：2000亿元', '目標：2000億元', 'target: CNY 200 bn'],
  // 已达: has reached, a floor (n12), not 约.
  'Y19-storage': ['已达400亿元', '已達400億元', 'has reached CNY 40 bn'],
  'Y38-output': ['1168亿元', '1168億元', 'CNY 116.8 bn'],
  'Y32-sihui-liangxin': ['157.07亿元', '157.07億元', 'CNY 15.707 bn'],
  'Y32-sihui-output': ['1004.32亿元', '1004.32億元', 'CNY 100.432 bn'],
  'Y32-sihui-investment': ['210.27亿元', '210.27億元', 'CNY 21.027 bn'],
  'Y11-results': ['本资料来源中未公布', '本資料來源中未公布', 'not published in our sources'],
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
export const YEAR_NOT_STATED: Record<Lang, string> = {
  'zh-Hans': '未说明年份',
  'zh-Hant': '未說明年份',
  en: 'year not stated',
};
/** The figures of C5 the view uses: their year is not stated. */
export const UNDATED = ['Y19-storage', 'Y32-sihui-output'];

export const usedFigures = [
  ...new Set(
    followup.pairs.flatMap((p) => [
      ...p.outcomes.map((o) => o.figure),
      ...p.target.flatMap((t) => ('figure' in t ? [t.figure] : [])),
    ]),
  ),
];
