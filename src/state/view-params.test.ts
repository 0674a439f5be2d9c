import { describe, expect, it } from 'vitest';
import { KNOWN_PARAMS } from './url-codec';
import { namesAView, VIEW_PARAMS } from './view-params';

describe('the params that name a view (read by the boot script)', () => {
  it('are the codec’s params but the version and the language', () => {
    expect(new Set(VIEW_PARAMS)).toEqual(new Set([...KNOWN_PARAMS].filter((p) => p !== 'v' && p !== 'lang')));
  });

  it('mark a link with any of them, with a value, as naming a view', () => {
    for (const p of VIEW_PARAMS) expect(namesAView(`?v=2&${p}=x`), p).toBe(true);
    expect(namesAView('?v=2&lang=en&sectors=nev')).toBe(true);
  });

  it('leave the plain page, a language, empty values and other sites’ params as the default view', () => {
    for (const search of [
      '',
      '?v=2',
      '?lang=en',
      '?v=2&lang=zh-Hant',
      '?sectors=',
      '?utm_source=x&from=singlemessage',
    ])
      expect(namesAView(search), search).toBe(false);
  });
});
