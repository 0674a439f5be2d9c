import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../domain/dataset-schema';
import { decodeView, encodeView, type Vocabulary } from './url-codec';
import { DEFAULT_VIEW, LAYER_IDS, MODES, TAB_IDS, ZOOM_RANGE, type ViewState } from './view-state';

const vocab: Vocabulary = {
  sectors: new Set(['nev', 'storage', 'electronics', 'new-materials', 'hydrogen']),
  parks: new Set(['high-tech-zone', 'new-area', 'agglomeration-zone', 'deqing-wind']),
  counties: new Set(['441202', '441203', '441204', '441284', '441223', '441224', '441225', '441226']),
};

const subsetInOrder = <T>(all: readonly T[]) =>
  fc.subarray([...all]).map((xs) => all.filter((x) => xs.includes(x)));

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  lang: fc.constantFrom(null, ...LANGS),
  sectors: subsetInOrder([...vocab.sectors]),
  park: fc.constantFrom(null, ...vocab.parks),
  county: fc.constantFrom(null, ...vocab.counties),
  map: fc.option(
    fc.record({
      lat: fc.double({ min: 18, max: 30, noNaN: true }).map((n) => Number(n.toFixed(4))),
      lng: fc.double({ min: 104, max: 120, noNaN: true }).map((n) => Number(n.toFixed(4))),
      zoom: fc
        .double({ min: ZOOM_RANGE.min, max: ZOOM_RANGE.max, noNaN: true })
        .map((n) => Number(n.toFixed(2))),
    }),
    { nil: null },
  ),
  hidden: subsetInOrder(LAYER_IDS),
  tab: fc.constantFrom(...TAB_IDS),
  mode: fc.constantFrom(...MODES),
});

describe('url codec', () => {
  it('writes nothing for the default view', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
  });

  it('writes short readable params, only where they differ from the defaults', () => {
    const url = encodeView({
      ...DEFAULT_VIEW,
      sectors: ['nev', 'storage'],
      park: 'high-tech-zone',
      lang: 'en',
    });
    expect(url).toBe('?v=1&lang=en&sectors=nev,storage&park=high-tech-zone');
  });

  it('round-trips generated views: decode(encode(s)) equals s', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const { view: back, ignored } = decodeView(encodeView(view), vocab);
        expect(ignored).toEqual([]);
        expect(back).toEqual(view);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random query strings and always gives a valid view', () => {
    const keys = fc.constantFrom(
      'v',
      'lang',
      'sectors',
      'park',
      'county',
      'map',
      'hide',
      'tab',
      'mode',
      'x',
      '__proto__',
    );
    const query = fc
      .array(fc.tuple(keys, fc.string({ maxLength: 60 })), { maxLength: 8 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(query, fc.string({ maxLength: 300 })), (q) => {
        const { view } = decodeView(q, vocab);
        expect(view.sectors.every((s) => vocab.sectors.has(s))).toBe(true);
        expect(view.park === null || vocab.parks.has(view.park)).toBe(true);
        expect(view.county === null || vocab.counties.has(view.county)).toBe(true);
        expect(view.lang === null || LANGS.includes(view.lang)).toBe(true);
        if (view.map) {
          expect(Number.isFinite(view.map.lat) && Number.isFinite(view.map.zoom)).toBe(true);
          expect(view.map.zoom).toBeGreaterThanOrEqual(ZOOM_RANGE.min);
          expect(view.map.zoom).toBeLessThanOrEqual(ZOOM_RANGE.max);
        }
        expect(TAB_IDS).toContain(view.tab);
        expect(MODES).toContain(view.mode);
        expect(Object.keys(view).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['sectors=nev,unknown', 'sectors', 'unknown'],
    ['map=NaN,112,9', 'map', 'NaN,112,9'],
    ['map=23.1,112.5,40', 'map', '23.1,112.5,40'],
    ['park=<img src=x onerror=alert(1)>', 'park', '<img src=x onerror=alert(1)>'],
    ['park=javascript:alert(1)', 'park', 'javascript:alert(1)'],
    ['lang=__proto__', 'lang', '__proto__'],
    ['tab=constructor', 'tab', 'constructor'],
  ])('ignores the bad field of %s alone and reports it', (query, param, value) => {
    const { view, ignored } = decodeView(`${query}&county=441226`, vocab);
    expect(ignored).toContainEqual({ param, value });
    expect(view.county).toBe('441226');
    expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
  });

  it('keeps the valid sectors of a partly valid list', () => {
    expect(decodeView('sectors=nev,bogus,storage', vocab).view.sectors).toEqual(['nev', 'storage']);
  });

  it('refuses a 5,000-character param without reading it', () => {
    const { view, ignored } = decodeView(`park=${'a'.repeat(5000)}&lang=en`, vocab);
    expect(view.park).toBeNull();
    expect(view.lang).toBe('en');
    expect(ignored[0]?.value.length).toBeLessThanOrEqual(41);
  });

  it('accepts common language tags as aliases', () => {
    expect(decodeView('lang=zh-TW').view.lang).toBe('zh-Hant');
    expect(decodeView('lang=zh-CN').view.lang).toBe('zh-Hans');
  });

  it('fits the longest possible view in 500 characters of query', () => {
    const longest: ViewState = {
      lang: 'zh-Hant',
      sectors: [...vocab.sectors],
      park: 'agglomeration-zone',
      county: '441284',
      map: { lat: -23.1234, lng: 112.1234, zoom: 12.25 },
      hidden: [...LAYER_IDS],
      tab: 'overview',
      mode: 'present',
    };
    expect(encodeView(longest).length).toBeLessThan(500);
  });
});
