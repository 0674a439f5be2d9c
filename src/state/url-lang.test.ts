import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeView } from './url-codec';
import { decodeLang } from './url-lang';

describe('decodeLang', () => {
  it('reads the language exactly as decodeView does, for any query', () => {
    const langValue = fc.constantFrom('en', 'EN', 'zh-CN', 'zh-tw', 'zh-Hant', 'zh', 'fr', '', '__proto__');
    const query = fc
      .record({
        lang: fc.option(fc.oneof(langValue, fc.string()), { nil: undefined }),
        v: fc.option(fc.constantFrom('1', '2', 'x'), { nil: undefined }),
      })
      .map(({ lang, v }) => {
        const p = new URLSearchParams();
        if (v !== undefined) p.set('v', v);
        if (lang !== undefined) p.set('lang', lang);
        return `?${p.toString()}`;
      });
    fc.assert(fc.property(query, (q) => decodeLang(q) === decodeView(q).view.lang));
  });

  it('takes the common regional tags and refuses what is not ours', () => {
    expect(decodeLang('?lang=zh-TW')).toBe('zh-Hant');
    expect(decodeLang('?lang=zh-CN')).toBe('zh-Hans');
    expect(decodeLang('?lang=EN')).toBe('en');
    expect(decodeLang('?lang=fr')).toBeNull();
    expect(decodeLang('')).toBeNull();
    expect(decodeLang(`?lang=${'x'.repeat(600)}`)).toBeNull();
  });
});
