// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../domain/schema/dataset-schema';
import { renderParkList } from './parks-test-kit';
import { shippedDataset } from '../../testing/shipped-data';

/**
 * data-audit-2026-12 n10: S4's 九通一平 / 八通一平 is a push for all the parks of a block, not a
 * check of each park — the secondary-only parks included — so a park's details say so.
 */
const dataset = shippedDataset;
const WORDS: Record<Lang, { east: string; west: string; notAsFact: RegExp }> = {
  'zh-Hans': {
    east: '东部园区按原文应达到“九通一平”（板块要求，未逐园核实）',
    west: '西部园区按原文应达到“八通一平”（板块要求，未逐园核实）',
    notAsFact: /基础设施标准九通一平（东部）/,
  },
  'zh-Hant': {
    east: '東部園區按原文應達到“九通一平”（板塊要求，未逐園核實）',
    west: '西部園區按原文應達到“八通一平”（板塊要求，未逐園核實）',
    notAsFact: /基礎設施標準九通一平（東部）/,
  },
  en: {
    east: 'East block parks are to reach “9 utilities + levelled site”, per the source (a requirement for the whole block, not checked park by park)',
    west: 'West block parks are to reach “8 utilities + levelled site”, per the source (a requirement for the whole block, not checked park by park)',
    notAsFact: /9 utilities \+ levelled site \(East\)/,
  },
};

function details() {
  const section = document.getElementById('place-details-heading')?.closest('section');
  if (!section) throw new Error('details are not open');
  return section;
}

describe.each(LANGS)('the infrastructure line of a park (%s)', (lang) => {
  const w = WORDS[lang];
  it('an eastern secondary-only park: the block’s requirement, not the park’s standard', () => {
    expect(dataset.parks.find((p) => p.id === 'dinghu-intelligent-equipment')?.secondary).toBe(true);
    renderParkList(dataset, { lang, view: { park: 'dinghu-intelligent-equipment' } });
    expect(details()).toHaveTextContent(w.east);
    expect(details()).not.toHaveTextContent(w.notAsFact);
  });
  it('a western park', () => {
    renderParkList(dataset, { lang, view: { park: 'deqing-wind' } });
    expect(details()).toHaveTextContent(w.west);
  });
});
