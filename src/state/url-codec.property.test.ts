// Properties of the URL codec, over generated views and hostile links. `npm test` runs each with the
// suite's run count (src/testing/test-budget.ts, 100); `npm run test:properties` with 10,000.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../domain/schema/dataset-schema';
import { SCENE_SECONDS } from '../domain/share/scene-token';
import { parseScene, sceneToken } from '../domain/share/tour';
import { KNOWN_PARAMS, decodeView, encodeView } from './url-codec';
import { expectValidView, vocab } from './url-codec-test-kit';
import {
  COMPARE_MAX,
  COMPARE_MIN,
  DEFAULT_VIEW,
  LAYER_IDS,
  MODES,
  PARK_ORDERS,
  TAB_IDS,
  type ViewState,
} from './view-state';

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
    compare: fc.subarray(PARKS, { maxLength: COMPARE_MAX }).map((xs) => PARKS.filter((p) => xs.includes(p))),
  })
  .map(({ selection, compare, tab, tour, ...rest }) => {
    // A comparison is browsing's (README, "compare"); it opens with two parks or more. A tour in a
    // browsing link is a leftover the app never writes beside a comparison.
    const kept = rest.mode === 'present' ? [] : compare;
    return {
      ...rest,
      ...selection,
      compare: kept,
      tab: tab === 'compare' && kept.length < COMPARE_MIN ? ('parks' as const) : tab,
      tour: kept.length > 0 ? [] : tour,
    };
  });

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

describe('url codec: properties', () => {
  it('round-trips generated views: decode(encode(s)) equals s', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const query = encodeView(view);
        expect(decodeView(query, vocab)).toEqual({ view, ignored: [] });
        expect(query.length).toBeLessThanOrEqual(500);
        for (const key of new URLSearchParams(query).keys()) expect(KNOWN_PARAMS.has(key)).toBe(true);
      }),
    );
  });

  it('round-trips tours whose scenes carry captions of any text', () => {
    const scenes = SCENES.flatMap((token) => parseScene(token) ?? []);
    const captioned = fc
      .tuple(fc.constantFrom(...scenes), fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })))
      .map(([scene, caption]) => sceneToken({ ...scene, caption }));
    fc.assert(
      fc.property(fc.array(captioned, { minLength: 1, maxLength: 6 }), (tour) => {
        const view = { ...DEFAULT_VIEW, mode: 'present' as const, tour };
        const query = encodeView(view);
        expect(decodeView(query, vocab)).toEqual({ view, ignored: [] });
        expect(new URLSearchParams(query).get('tour')?.split(',')).toHaveLength(tour.length);
      }),
    );
  });

  it('never throws on random query strings and always gives a valid view', () => {
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
    );
  });

  it('generated hostile links: never throws, always a valid view that writes back to itself', () => {
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
    );
    // ~4 s alone on a loaded 2-core machine: Vitest's 5 s default is too close.
  });

  it('a bad value in one param resets that field alone and names it', () => {
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
      ['compare', 'compare'],
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
        // Without its parks an open comparison cannot open either: the tab is named too.
        const closes = field === 'compare' && view.tab === 'compare';
        expect(decodeView(params.toString(), vocab)).toEqual({
          view: closes ? { ...expected, tab: DEFAULT_VIEW.tab } : expected,
          ignored: closes
            ? [
                { param, value: bad },
                { param: 'tab', value: 'compare' },
              ]
            : [{ param, value: bad }],
        });
      }),
    );
  });

  it('unknown params never change the view', () => {
    const unknownKey = fc.string({ minLength: 1 }).filter((k) => !KNOWN_PARAMS.has(k));
    fc.assert(
      fc.property(viewArb, unknownKey, hostileValue, (view, k, v) => {
        const params = new URLSearchParams(encodeView(view));
        params.append(k, v);
        expect(decodeView(params.toString(), vocab)).toEqual({ view, ignored: [] });
      }),
    );
  });
});
