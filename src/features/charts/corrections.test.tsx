// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { chartRows } from '../../domain/charts/chart-rows';
import { LANGS, type Lang } from '../../domain/schema/dataset-schema';
import { createI18n } from '../../i18n/create-i18n';
import { ALL_MESSAGES } from '../../i18n/all-messages';
import { composeChartSvg } from './chart-export';
import { chartView } from './chart-view';
import { ChartsPanel } from './charts-panel';
import { shippedDataset } from '../../testing/shipped-data';
import { renderWithProviders } from '../../testing/render-with-providers';

/**
 * The data audit's corrections as the charts tab shows them, in each language: the 千亿 cluster
 * goals are a class drawn as a threshold (never "~1000", never a bar), with the legend and footnote
 * saying the source gives no year and no measure; 接近 reads 接近 / nearly; F02's period is the
 * source's "近4年"; F04 is stated; every chart says the date of its sources.
 */

const dataset = shippedDataset;

const WORDS: Record<
  Lang,
  {
    goalMark: string;
    legend: string;
    footnote: string;
    nearly5000: string;
    nearly500: string;
    f02: string;
    f04: string;
    asOf: string;
  }
> = {
  'zh-Hans': {
    goalMark: '目标 千亿级',
    legend: '目标（原文未给年份）',
    footnote: '未说明年份和口径',
    nearly5000: '2025年目标 接近5000',
    nearly500: '接近500',
    f02: '近4年，原文未给起止年份',
    f04: '近100家',
    asOf: '资料日期：2024年3月',
  },
  'zh-Hant': {
    goalMark: '目標 千億級',
    legend: '目標（原文未給年份）',
    footnote: '未說明年份和口徑',
    nearly5000: '2025年目標 接近5000',
    nearly500: '接近500',
    f02: '近4年，原文未給起止年份',
    f04: '近100家',
    asOf: '資料日期：2024年3月',
  },
  en: {
    goalMark: 'goal CNY 100 bn class',
    legend: 'Goal (source gives no year)',
    footnote: 'state no year and no measure',
    nearly5000: '2025 target nearly 500',
    nearly500: 'nearly 50',
    f02: '“nearly 4 years”, no start or end year given',
    f04: 'nearly 100 enterprises',
    asOf: 'as of Mar 2024',
  },
};

function renderCharts(lang: Lang) {
  const { container } = renderWithProviders(<ChartsPanel dataset={dataset} chartWidth={480} />, {
    lang,
  });
  const chart = (id: string) => {
    const el = container.querySelector<HTMLElement>(`figure[data-chart="${id}"]`);
    if (!el) throw new Error(`no chart ${id}`);
    return el;
  };
  return { container, chart };
}

describe.each(LANGS)('corrections in the charts (%s)', (lang) => {
  const w = WORDS[lang];

  it('draws the 千亿 goals as a class at a threshold, open-ended, never "~1000" or a bar', () => {
    const { chart } = renderCharts(lang);
    const output = chart('industry-output');
    const goals = [...output.querySelectorAll<SVGGElement>('g.chart-mark-goal')];
    const clusters = goals.filter((g) => g.dataset.indicator?.startsWith('f08'));
    expect(clusters).toHaveLength(2);
    for (const g of clusters) {
      expect(g.querySelector('.chart-mark-label')?.textContent).toBe(w.goalMark);
      expect(g.querySelector('rect')).toBeNull();
    }
    // The NEV goal does not look smaller than the 2024 target: its open end runs past the
    // target bar's end.
    const target = output.querySelector<SVGGElement>('g.chart-mark[data-indicator="f05"] rect');
    const nevGoal = clusters.find((g) => g.dataset.indicator === 'f08-nev-cluster');
    const targetEnd = Number(target?.getAttribute('x')) + Number(target?.getAttribute('width'));
    const arrowEnd = Math.max(
      ...[...(nevGoal?.querySelectorAll('path') ?? [])].flatMap((p) =>
        [...(p.getAttribute('d') ?? '').matchAll(/[MLH](-?[\d.]+)/g)].map((m) => Number(m[1])),
      ),
    );
    expect(arrowEnd).toBeGreaterThan(targetEnd);
    expect(output.textContent).not.toMatch(/~|远景|遠景|no year given/);
    expect(output.querySelector('.chart-legend')).toHaveTextContent(w.legend);
    expect(output).toHaveTextContent(w.footnote);
    // The table says the class in words too.
    const cells = [...output.querySelectorAll('tr[data-indicator^="f08"] .chart-table-value')];
    expect(cells.map((c) => c.textContent)).toEqual(
      Array(2).fill(
        { 'zh-Hans': '目标：千亿级', 'zh-Hant': '目標：千億級', en: 'target: CNY 100 bn class' }[lang],
      ),
    );
  });

  it('reads 接近 as 接近 / nearly, never about or ≈', () => {
    const { chart } = renderCharts(lang);
    const f06 = chart('industry-output').querySelector('g.chart-mark[data-indicator="f06"]');
    expect(f06?.textContent).toBe(w.nearly500);
    const f11 = chart('city-targets').querySelector('g.chart-mark[data-indicator="f11"]');
    expect(f11?.textContent).toContain(w.nearly5000);
    for (const id of ['industry-output', 'city-targets'])
      expect(chart(id).querySelector('svg')?.textContent).not.toMatch(/≈|约|約|about/);
  });

  it('states F02 with the source’s period words, states F04, and dates every chart’s sources', () => {
    const { chart } = renderCharts(lang);
    const output = chart('industry-output');
    const notes = [...output.querySelectorAll('.chart-note')].map((n) => n.textContent ?? '');
    expect(notes.some((n) => n.includes(w.f02))).toBe(true);
    expect(notes.join()).not.toContain('2019');
    expect(notes.some((n) => n.includes(w.f04))).toBe(true);
    for (const id of ['industry-output', 'project-pipeline', 'city-targets'])
      expect(chart(id).querySelector('.chart-source')).toHaveTextContent(w.asOf);
  });

  it('carries the same words into the exported image', () => {
    const { chart } = renderCharts(lang);
    const svg = chart('industry-output').querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) throw new Error('no chart svg');
    const i18n = createI18n(lang, ALL_MESSAGES);
    const view = chartView(dataset, chartRows(dataset, 'industry-output', []), [], lang, i18n.t);
    const doc = new DOMParser().parseFromString(composeChartSvg(svg, view, 'x'), 'image/svg+xml');
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join('\n');
    for (const words of [w.goalMark, w.legend, w.footnote, w.nearly500, w.asOf])
      expect(text).toContain(words);
    expect(text).not.toMatch(/~|≈ 500|≈ 50\b/);
  });
});
