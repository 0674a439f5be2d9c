import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedVocabulary } from '../../tests/fixtures/shipped-vocabulary';
import { LANGS } from '../domain/dataset-schema';
import { SCENE_SECONDS } from '../domain/scene-token';
import { KNOWN_PARAMS, MAX_PARAM_LENGTH, decodeView, encodeView, viewLink } from './url-codec';
import { areaAround, roundArea } from '../domain/map-area';
import { V1_MAP_SIZE } from './url-migrations';
import {
  DEFAULT_VIEW,
  LAYER_IDS,
  MODES,
  PARK_ORDERS,
  REGION_AREA,
  TAB_IDS,
  type ViewState,
} from './view-state';

const vocab = shippedVocabulary();
const SECTORS = [...vocab.sectors];
const PARKS = [...vocab.parks];
const COUNTIES = [...vocab.counties];
const ENTITIES = [...vocab.entities];
const SCENES = [
  'overview',
  'east',
  'west',
  'figures',
  ...SECTORS.map((id) => `sector.${id}`),
  ...PARKS.map((id) => `park.${id}`),
  ...COUNTIES.map((code) => `county.${code}`),
];

/** Generated cases per property (fast-check's default is 100). */
const RUNS = 2000;

const subsetInOrder = <T>(all: readonly T[]) =>
  fc.subarray([...all]).map((xs) => all.filter((x) => xs.includes(x)));

/** Two distinct values at link precision inside [min, max], in order. */
const edges = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min: min * 1e4, max: max * 1e4 }), fc.integer({ min: min * 1e4, max: max * 1e4 }))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => [Math.min(a, b) / 1e4, Math.max(a, b) / 1e4] as const);
const mapArb = fc
  .tuple(edges(18, 30), edges(104, 120))
  .map(([[south, north], [west, east]]) => ({ south, west, north, east }));

/** The area a version-1 `map=lat,lng,zoom` showed on the screen most links were made on. */
const v1Area = (lat: number, lng: number, zoom: number) =>
  roundArea(areaAround([lat, lng], zoom, V1_MAP_SIZE));

/** Every view a user can reach: a park, a county or a firm (one at a time, as the store's actions keep it). */
const viewArb: fc.Arbitrary<ViewState> = fc
  .record({
    lang: fc.constantFrom(null, ...LANGS),
    sectors: subsetInOrder(SECTORS),
    links: fc.constantFrom('all' as const, 'sourced' as const),
    selection: fc.oneof(
      fc.constant({ park: null, county: null, entity: null }),
      fc.constantFrom(...PARKS).map((park) => ({ park, county: null, entity: null })),
      fc.constantFrom(...COUNTIES).map((county) => ({ park: null, county, entity: null })),
      fc.constantFrom(...ENTITIES).map((entity) => ({ park: null, county: null, entity })),
    ),
    map: fc.option(mapArb, { nil: null }),
    hidden: subsetInOrder(LAYER_IDS),
    tab: fc.constantFrom(...TAB_IDS),
    order: fc.constantFrom(...PARK_ORDERS),
    mode: fc.constantFrom(...MODES),
    // A custom tour lengthens a link by its scenes (README, "Length"); four keep it within 500 characters.
    tour: fc.array(fc.constantFrom(...SCENES), { maxLength: 4 }),
    every: fc.integer({ min: SCENE_SECONDS.min, max: SCENE_SECONDS.max }),
    scene: fc.integer({ min: 0, max: 998 }),
    qr: fc.boolean(),
  })
  .map(({ selection, ...rest }) => ({ ...rest, ...selection }));

/** Values people and attackers put in links. */
const hostileValue = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'NaN',
    'NaN,NaN,NaN',
    'Infinity',
    '1e308,1e308,99',
    '-0,-0,-0',
    '23.1,112.5,99',
    '23.1,112.5',
    ',,,',
    '%00',
    '\u0000',
    '🙂'.repeat(50),
    'a'.repeat(5000),
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const PARAM_NAMES = [...KNOWN_PARAMS];

function expectValidView(view: ViewState) {
  expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
  expect(Object.keys(view).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
  expect(view.lang === null || LANGS.includes(view.lang)).toBe(true);
  expect(view.sectors.every((s) => vocab.sectors.has(s))).toBe(true);
  expect(new Set(view.sectors).size).toBe(view.sectors.length);
  expect(view.park === null || vocab.parks.has(view.park)).toBe(true);
  expect(view.county === null || vocab.counties.has(view.county)).toBe(true);
  expect(view.park === null || view.county === null).toBe(true);
  expect(view.entity === null || vocab.entities.has(view.entity)).toBe(true);
  expect(view.entity === null || (view.park === null && view.county === null)).toBe(true);
  expect(['all', 'sourced']).toContain(view.links);
  if (view.map) {
    const { south, west, north, east } = view.map;
    for (const n of [south, west, north, east]) expect(Number.isFinite(n)).toBe(true);
    expect(south).toBeLessThan(north);
    expect(west).toBeLessThan(east);
    expect(south).toBeGreaterThanOrEqual(REGION_AREA.south);
    expect(north).toBeLessThanOrEqual(REGION_AREA.north);
    expect(west).toBeGreaterThanOrEqual(REGION_AREA.west);
    expect(east).toBeLessThanOrEqual(REGION_AREA.east);
  }
  expect(view.hidden.every((l) => LAYER_IDS.includes(l))).toBe(true);
  expect(TAB_IDS).toContain(view.tab);
  expect(MODES).toContain(view.mode);
}

describe('url codec: writing', () => {
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
    expect(url).toBe('?v=2&lang=en&sectors=nev,storage&park=high-tech-zone');
  });

  it('writes the map as the area shown, south,west,north,east, rounded to 4 decimals (≈ 10 m)', () => {
    const url = encodeView({
      ...DEFAULT_VIEW,
      map: { south: 22.987654321, west: 112.123456789, north: 23.2, east: 112.75 },
    });
    expect(url).toBe('?v=2&map=22.9877,112.1235,23.2,112.75');
  });

  it('writes hidden layers in one canonical order, whatever order they were hidden in', () => {
    expect(encodeView({ ...DEFAULT_VIEW, hidden: ['parks', 'counties'] })).toBe('?v=2&hide=counties,parks');
  });

  it('builds an absolute link from a base address', () => {
    expect(viewLink({ ...DEFAULT_VIEW, tab: 'charts' }, 'https://example.org/app/')).toBe(
      'https://example.org/app/?v=2&tab=charts',
    );
  });

  it('fits the longest possible view of the shipped dataset in 500 characters of query', () => {
    const longest = (ids: readonly string[]) => ids.reduce((a, b) => (b.length > a.length ? b : a));
    const view: ViewState = {
      lang: 'zh-Hant',
      sectors: SECTORS,
      links: 'sourced',
      park: longest(PARKS),
      county: null, // a park and a county are never selected together; the park id is the longer
      entity: null, // nor a park and a firm; the longest park id is longer than any firm's
      map: { south: 23.1234, west: 112.1234, north: 23.2345, east: 112.3456 },
      hidden: [...LAYER_IDS],
      tab: 'outcomes', // the longest tab id that is not the default
      order: 'known',
      mode: 'present',
      // A custom tour as long as the default one, at the longest interval, far into it, no QR.
      tour: [
        'overview',
        'sector.electronics',
        'park.agglomeration-zone',
        'park.high-tech-zone',
        'east',
        'figures',
      ],
      every: 600,
      scene: 99,
      qr: false,
    };
    expect(longest(PARKS).length).toBeGreaterThan(longest(ENTITIES).length);
    const query = encodeView(view);
    // The budget is 500 characters (README, "Length"); the message gives today's length.
    expect(query.length, `longest query: ${query.length} characters`).toBeLessThanOrEqual(500);
    for (const value of new URLSearchParams(query).values())
      expect(value.length).toBeLessThanOrEqual(MAX_PARAM_LENGTH);
    expect(decodeView(query, vocab)).toEqual({ view, ignored: [] });
  });
});

describe('url codec: reading', () => {
  it.each([
    ['sectors=nev,unknown', 'sectors', 'unknown'],
    ['sectors=unknown', 'sectors', 'unknown'],
    ['map=NaN,112,9', 'map', 'NaN,112,9'],
    ['map=23.1,112.5,40', 'map', '23.1,112.5,40'],
    ['map=23.1,112.5,-3', 'map', '23.1,112.5,-3'],
    ['map=1e3,112.5,9', 'map', '1e3,112.5,9'],
    ['map=51.5,-0.12,9', 'map', '51.5,-0.12,9'],
    ['map=23.2,112.5,23.1,112.8', 'map', '23.2,112.5,23.1,112.8'],
    ['map=23.1,112.8,23.2,112.5', 'map', '23.1,112.8,23.2,112.5'],
    ['map=17.9,112.5,23.1,112.8', 'map', '17.9,112.5,23.1,112.8'],
    ['map=23.1,112.5,23.2', 'map', '23.1,112.5,23.2'],
    ['map=23.1,112.5,23.2,112.8,9', 'map', '23.1,112.5,23.2,112.8,9'],
    ['park=<img src=x onerror=alert(1)>', 'park', '<img src=x onerror=alert(1)>'],
    ['park=<script>alert(1)</script>', 'park', '<script>alert(1)</script>'],
    ['park=javascript:alert(1)', 'park', 'javascript:alert(1)'],
    ['park=no-such-park', 'park', 'no-such-park'],
    ['lang=__proto__', 'lang', '__proto__'],
    ['lang=fr', 'lang', 'fr'],
    ['tab=constructor', 'tab', 'constructor'],
    ['mode=__proto__', 'mode', '__proto__'],
    ['hide=toString', 'hide', 'toString'],
    ['v=abc', 'v', 'abc'],
  ])('ignores the bad field of %s alone and reports it', (query, param, value) => {
    const { view, ignored } = decodeView(`${query}&county=441226`, vocab);
    expect(ignored).toContainEqual({ param, value });
    expect(view.county).toBe(param === 'county' ? null : '441226');
    expectValidView(view);
  });

  it('keeps the rest of a damaged link: each good field applies, each bad one is named', () => {
    const { view, ignored } = decodeView(
      'lang=en&sectors=storage,bogus,nev&park=<b>x</b>&map=23.05,112.47,10&hide=parks,nope&tab=charts&mode=x',
      vocab,
    );
    expect(view).toEqual({
      ...DEFAULT_VIEW,
      lang: 'en',
      sectors: ['nev', 'storage'],
      map: v1Area(23.05, 112.47, 10),
      hidden: ['parks'],
      tab: 'charts',
    });
    expect(ignored).toEqual([
      { param: 'sectors', value: 'bogus' },
      { param: 'park', value: '<b>x</b>' },
      { param: 'hide', value: 'nope' },
      { param: 'mode', value: 'x' },
    ]);
  });

  it('puts sectors in dataset order and collapses repeats, so equal selections give equal links', () => {
    const { view, ignored } = decodeView('sectors=storage,nev,storage', vocab);
    expect(view.sectors).toEqual(['nev', 'storage']);
    expect(ignored).toEqual([]);
    expect(encodeView(view)).toBe('?v=2&sectors=nev,storage');
  });

  it('selects a park or a county, not both: the park wins and the county is reported', () => {
    const { view, ignored } = decodeView('park=high-tech-zone&county=441226', vocab);
    expect(view.park).toBe('high-tech-zone');
    expect(view.county).toBeNull();
    expect(ignored).toEqual([{ param: 'county', value: '441226' }]);
  });

  it('reads "sourced links only" and a firm opened on its own, and writes them back', () => {
    const { view, ignored } = decodeView('links=SOURCED&entity=xpeng', vocab);
    expect(view).toEqual({ ...DEFAULT_VIEW, links: 'sourced', entity: 'xpeng' });
    expect(ignored).toEqual([]);
    expect(encodeView(view)).toBe('?v=2&links=sourced&entity=xpeng');
    // `all` is the default, so it is never written.
    expect(encodeView({ ...view, links: 'all' })).toBe('?v=2&entity=xpeng');
  });

  it.each([
    ['links=inferred', 'links', 'inferred'],
    ['links=__proto__', 'links', '__proto__'],
    ['entity=no-such-firm', 'entity', 'no-such-firm'],
    ['entity=<img src=x onerror=alert(1)>', 'entity', '<img src=x onerror=alert(1)>'],
    ['entity=high-tech-zone', 'entity', 'high-tech-zone'],
  ])('ignores %s alone, keeping the rest of the link', (query, param, value) => {
    const { view, ignored } = decodeView(`${query}&sectors=nev`, vocab);
    expect(ignored).toEqual([{ param, value }]);
    expect(view).toEqual({ ...DEFAULT_VIEW, sectors: ['nev'] });
  });

  it('opens one thing at a time: a firm wins over a park and a county, which are reported', () => {
    const { view, ignored } = decodeView('park=high-tech-zone&county=441226&entity=catl-ruiqing', vocab);
    expect(view).toEqual({ ...DEFAULT_VIEW, entity: 'catl-ruiqing' });
    expect(ignored).toEqual([
      { param: 'park', value: 'high-tech-zone' },
      { param: 'county', value: '441226' },
    ]);
  });

  it('refuses a 5,000-character param without reading it, and clips what it reports', () => {
    const { view, ignored } = decodeView(`park=${'a'.repeat(5000)}&lang=en`, vocab);
    expect(view.park).toBeNull();
    expect(view.lang).toBe('en');
    expect(ignored).toEqual([{ param: 'park', value: `${'a'.repeat(40)}…` }]);
    // Even made of valid ids, a param that long is refused whole rather than read.
    const list = decodeView(`sectors=${'nev,'.repeat(1250)}&lang=en`, vocab);
    expect(list.view).toEqual({ ...DEFAULT_VIEW, lang: 'en' });
    expect(list.ignored).toEqual([{ param: 'sectors', value: `${'nev,'.repeat(10)}…` }]);
  });

  it('clips reported values by characters, never splitting an emoji', () => {
    const { ignored } = decodeView(`tab=${encodeURIComponent('🙂'.repeat(50))}`, vocab);
    expect(ignored).toEqual([{ param: 'tab', value: `${'🙂'.repeat(40)}…` }]);
  });

  it('ignores unknown params silently and reads the known ones', () => {
    const { view, ignored } = decodeView('utm_source=wechat&__proto__=1&constructor=x&tab=parks', vocab);
    expect(view).toEqual({ ...DEFAULT_VIEW, tab: 'parks' });
    expect(ignored).toEqual([]);
  });

  it('accepts common language tags and any letter case', () => {
    expect(decodeView('lang=zh-TW').view.lang).toBe('zh-Hant');
    expect(decodeView('lang=zh-CN').view.lang).toBe('zh-Hans');
    expect(decodeView('lang=EN').view.lang).toBe('en');
    expect(decodeView('tab=Charts&sectors=NEV', vocab).view).toMatchObject({
      tab: 'charts',
      sectors: ['nev'],
    });
  });

  it('reads a link with or without the leading ?', () => {
    expect(decodeView('?tab=parks').view.tab).toBe('parks');
    expect(decodeView('tab=parks').view.tab).toBe('parks');
  });
});

describe('url codec: properties', () => {
  it(`round-trips generated views: decode(encode(s)) equals s (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const query = encodeView(view);
        expect(decodeView(query, vocab)).toEqual({ view, ignored: [] });
        expect(query.length).toBeLessThanOrEqual(500);
        for (const key of new URLSearchParams(query).keys()) expect(KNOWN_PARAMS.has(key)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws on random query strings and always gives a valid view (${RUNS} cases)`, () => {
    const key = fc.oneof(fc.constantFrom(...PARAM_NAMES, 'x', '__proto__', 'constructor'), fc.string());
    const pairs = fc
      .array(fc.tuple(key, hostileValue), { maxLength: 10 })
      .map((ps) => ps.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(pairs, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary' })), (q) => {
        const { view, ignored } = decodeView(q, vocab);
        expectValidView(view);
        for (const i of ignored) {
          expect(KNOWN_PARAMS.has(i.param)).toBe(true);
          expect(Array.from(i.value).length).toBeLessThanOrEqual(41);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('10,000 generated hostile links: never throws, always a valid view that writes back to itself', () => {
    const payload = fc.oneof(
      hostileValue,
      fc.constantFrom(
        '"><svg onload=alert(1)>',
        "'-alert(1)-'",
        '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
        '%253Cscript%253E',
        '%E0%A4%A',
        '%',
        '%%%',
        '%u003c',
        '\u202Ehigh-tech-zone',
        'high-tech-zone\u0000',
        '＜ｓｃｒｉｐｔ＞',
        'ＮＥＶ',
        'nev,,,,storage',
        '23.05,112.47,10,extra',
        '0x17,0x70,0xa',
        ' 23.05 , 112.47 , 10 ',
        '1_000',
        'a'.repeat(501),
        'nev,'.repeat(200),
      ),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ maxLength: 2000 }),
    );
    const key = fc.oneof(
      fc.constantFrom(...PARAM_NAMES, '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'LANG', 'v'),
      fc.string({ maxLength: 10 }),
    );
    /** Raw (as typed), percent-encoded, or encoded twice; joined by & or ;, with # and stray = thrown in. */
    const encode = fc.constantFrom(
      (s: string) => s,
      (s: string) => encodeURIComponent(s),
      (s: string) => encodeURIComponent(encodeURIComponent(s)),
    );
    const link = fc
      .tuple(
        fc.array(fc.tuple(key, payload, encode), { maxLength: 12 }),
        fc.constantFrom('', '?', '??', '#', '&'),
        fc.constantFrom('&', '&&', ';', '&=&'),
      )
      .map(([pairs, prefix, sep]) => prefix + pairs.map(([k, v, enc]) => `${enc(k)}=${enc(v)}`).join(sep));
    fc.assert(
      fc.property(link, (q) => {
        const { view, ignored } = decodeView(q, vocab);
        expectValidView(view);
        for (const i of ignored) {
          expect(KNOWN_PARAMS.has(i.param)).toBe(true);
          expect(Array.from(i.value).length).toBeLessThanOrEqual(41);
        }
        // What the app writes back for it is canonical: it reads as the same view, with nothing ignored.
        expect(decodeView(encodeView(view), vocab)).toEqual({ view, ignored: [] });
      }),
      { numRuns: 10_000 },
    );
    // ~4 s alone on a loaded 2-core machine: Vitest's 5 s default is too close.
  }, 30_000);

  it(`a bad value in one param resets that field alone and names it (${RUNS} cases)`, () => {
    const FIELD_OF_PARAM = new Map<string, keyof ViewState>([
      ['lang', 'lang'],
      ['sectors', 'sectors'],
      ['park', 'park'],
      ['county', 'county'],
      ['entity', 'entity'],
      ['links', 'links'],
      ['map', 'map'],
      ['hide', 'hidden'],
      ['tab', 'tab'],
      ['mode', 'mode'],
    ]);
    const garbage = fc.constantFrom(
      '<script>x</script>',
      '__proto__',
      'NaN',
      '-1',
      'javascript:void(0)',
      'zz!',
    );
    fc.assert(
      fc.property(viewArb, fc.constantFrom(...FIELD_OF_PARAM.keys()), garbage, (view, param, bad) => {
        const params = new URLSearchParams(encodeView(view));
        params.set(param, bad);
        const field = FIELD_OF_PARAM.get(param);
        if (!field) throw new Error(param);
        const expected = { ...view, [field]: DEFAULT_VIEW[field] };
        expect(decodeView(params.toString(), vocab)).toEqual({
          view: expected,
          ignored: [{ param, value: bad }],
        });
      }),
      { numRuns: RUNS },
    );
  });

  it(`unknown params never change the view (${RUNS} cases)`, () => {
    const unknownKey = fc.string({ minLength: 1 }).filter((k) => !KNOWN_PARAMS.has(k));
    fc.assert(
      fc.property(viewArb, unknownKey, hostileValue, (view, k, v) => {
        const params = new URLSearchParams(encodeView(view));
        params.append(k, v);
        expect(decodeView(params.toString(), vocab)).toEqual({ view, ignored: [] });
      }),
      { numRuns: RUNS },
    );
  });
});
