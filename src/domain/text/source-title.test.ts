import { describe, expect, it } from 'vitest';
import { LANGS } from '../schema/dataset-schema';
import { sourceTitleParts } from './source-title';
import { shippedDataset } from '../../testing/shipped-data';

const dataset = shippedDataset;
const source = (id: string) => {
  const s = dataset.sources.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};

describe('sourceTitleParts', () => {
  it('keeps a headline in its original script and glosses it where the reader’s language differs', () => {
    const s1 = source('S1');
    expect(sourceTitleParts(s1, 'zh-Hans')).toEqual({
      kind: 'original',
      original: `《${s1.title}》`,
      originalLang: 'zh-Hans',
      gloss: null,
    });
    expect(sourceTitleParts(s1, 'en')).toMatchObject({
      original: `《${s1.title}》`,
      gloss: s1.titleGloss.en,
    });
    expect(sourceTitleParts(s1, 'zh-Hant')).toMatchObject({ gloss: s1.titleGloss['zh-Hant'] });
  });

  it('never puts one of our descriptions in 《》 or passes it off as a gloss of a headline (audit M3)', () => {
    for (const s of dataset.sources.filter((x) => x.titleKind === 'description'))
      for (const lang of LANGS) {
        const parts = sourceTitleParts(s, lang);
        expect(parts, s.id).toEqual({ kind: 'description', text: s.titleGloss[lang] });
        expect(JSON.stringify(parts)).not.toContain('《');
      }
    // S4 has no headline in the facts file (docs/facts/zhaoqing-2024.md): it is one of ours.
    expect(sourceTitleParts(source('S4'), 'en').kind).toBe('description');
  });
});
