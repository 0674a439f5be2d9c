// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../domain/schema/dataset-schema';
import { SourcesList } from './sources-list';
import { shippedDataset } from '../../testing/shipped-data';
import { renderWithProviders } from '../../testing/render-with-providers';

const dataset = shippedDataset;

const DESCRIBED = {
  'zh-Hans': '（无原标题，以下为本站描述）',
  'zh-Hant': '（無原標題，以下為本站描述）',
  en: '(no headline known; our description) ',
} as const;

describe.each(LANGS)('sources list (%s)', (lang) => {
  it('prints real headlines in 《》 and our descriptions as descriptions, in the reader’s script', () => {
    const { container } = renderWithProviders(<SourcesList dataset={dataset} />, { lang });
    const item = (id: string) => container.querySelector(`#source-${id}`)?.textContent ?? '';
    // S4 and the 11 secondary sources have no known headline (data audit, M3).
    const described = dataset.sources.filter((s) => s.titleKind === 'description');
    const secondary = dataset.sources.filter((s) => s.tier === 'secondary' && !s.id.startsWith('YS'));
    expect(described.map((s) => s.id)).toEqual(['S4', ...secondary.map((s) => s.id), 'YS08']);
    expect(secondary).toHaveLength(11);
    for (const s of described) {
      expect(item(s.id)).not.toContain('《');
      expect(item(s.id)).toContain(`${DESCRIBED[lang]}${s.titleGloss[lang]}`);
    }
    // Later sources (YS…) keep their real headlines where the facts file (docs/facts/zhaoqing-followup.md) gives one.
    for (const id of ['S1', 'S2', 'S3', 'YS01', 'YS06']) {
      const s = dataset.sources.find((x) => x.id === id);
      expect(item(id)).toContain(`《${s?.title}》`);
      expect(item(id)).not.toContain(DESCRIBED[lang]);
    }
  });
});

describe.each(LANGS)('the sources list’s claim (n6, %s)', (lang) => {
  it('does not say every figure is from this list: later material is listed under Targets & outcomes', () => {
    const { container } = renderWithProviders(<SourcesList dataset={dataset} />, { lang });
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/所有数字均来自|所有數字均來自|Every figure comes from/);
    expect(text).toContain(
      {
        'zh-Hans': '后来的资料（如2024年地区生产总值）列在“目标与结果”页的来源中。',
        'zh-Hant': '後來的資料（如2024年地區生產總值）列在“目標與結果”頁的來源中。',
        en: 'later material (such as 2024 GDP) is listed under Targets & outcomes.',
      }[lang],
    );
  });
});
