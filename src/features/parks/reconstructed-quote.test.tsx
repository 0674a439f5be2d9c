// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../domain/schema/dataset-schema';
import { renderParkList } from './parks-test-kit';
import { shippedDataset } from '../../testing/shipped-data';

/**
 * data-audit-2026-12 n8: the seed's line on the Wanliyang station is garbled before 「採用商業化運作」
 * (「我們?nèi)ツ杲ǔ蓡尤∈鬃捎蒙虡I(yè)化運作的電網側…」): only the legible part is quoted, and 「全省首座」
 * is said to be our reading.
 */
const dataset = shippedDataset;
const READING: Record<Lang, string> = {
  'zh-Hans': '原文此句前半乱码，“2023年建成启动的全省首座”为本站释读。',
  'zh-Hant': '原文此句前半亂碼，“2023年建成啟動的全省首座”為本站釋讀。',
  en: '“built and started in 2023 as the province’s first” is our reading of it.',
};

describe.each(LANGS)('the Wanliyang storage station (%s)', (lang) => {
  it('quotes only the legible words, and marks the reconstruction as ours', () => {
    renderParkList(dataset, { lang, view: { entity: 'wanliyang-storage-station' } });
    const section = document.getElementById('place-details-heading')?.closest('section');
    if (!section) throw new Error('details are not open');
    const quote = section.querySelector('.link-quote');
    expect(quote?.textContent).toMatch(
      /^[「“]……采用商业化运作的电网侧独立储能电站—万里扬端州独立储能电站[」”]$/,
    );
    expect(quote).not.toHaveTextContent('全省首座');
    expect(section).toHaveTextContent(READING[lang]);
  });
});
