// Tables: a link and the view it opens (a view and the link it writes: url-codec.test.ts). The
// generated cases (round trips, hostile links) are in url-codec.property.test.ts.
import { describe, expect, it } from 'vitest';
import { MAX_PARAM_LENGTH, decodeView, encodeView } from './url-codec';
import { expectValidView, vocab } from './url-codec-test-kit';
import { areaAround, roundArea } from '../domain/map/map-area';
import { V1_MAP_SIZE } from './url-migrations';
import { parseScene, sceneToken } from '../domain/share/tour';
import { DEFAULT_VIEW } from './view-state';

/** The area a version-1 `map=lat,lng,zoom` showed on the screen most links were made on. */
const v1Area = (lat: number, lng: number, zoom: number) =>
  roundArea(areaAround([lat, lng], zoom, V1_MAP_SIZE));

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

describe('url codec: a tour’s own captions', () => {
  const CAPTIONED = [
    'park.high-tech-zone_Our flagship',
    'sector.storage_储能：宁德时代、阳光电源',
    'county.441226_Wind%2C 2025: +30%25', // as sceneToken writes "Wind, 2025: +30%"
  ];

  it('writes them readably: `_` and spaces as typed (+), only a caption’s own comma escaped twice', () => {
    const query = encodeView({ ...DEFAULT_VIEW, mode: 'present', tour: CAPTIONED });
    expect(query).toBe(
      '?v=2&mode=present&tour=park.high-tech-zone_Our+flagship,' +
        'sector.storage_%E5%82%A8%E8%83%BD%EF%BC%9A%E5%AE%81%E5%BE%B7%E6%97%B6%E4%BB%A3%E3%80%81%E9%98%B3%E5%85%89%E7%94%B5%E6%BA%90,' +
        'county.441226_Wind%252C+2025%3A+%2B30%2525',
    );
    expect(decodeView(query, vocab)).toEqual({
      view: { ...DEFAULT_VIEW, mode: 'present', tour: CAPTIONED },
      ignored: [],
    });
  });

  it('fits six scenes with a caption of 60 characters each in the tour’s 500 (README, "Length")', () => {
    const caption = '肇'.repeat(59) + ','; // a comma is the longest character as read (%2C)
    const tour = ['overview', 'sector.electronics', 'park.agglomeration-zone', 'park.high-tech-zone']
      .concat(['east', 'figures'])
      .map((scene) => sceneToken({ ...(parseScene(scene) ?? { kind: 'overview' }), caption }));
    const view = { ...DEFAULT_VIEW, mode: 'present' as const, tour };
    const query = encodeView(view);
    const value = new URLSearchParams(query).get('tour') ?? '';
    expect(value.length, `tour value: ${value.length} characters`).toBeLessThanOrEqual(MAX_PARAM_LENGTH);
    expect(decodeView(query, vocab)).toEqual({ view, ignored: [] });
  });

  it('reads ids in any case into lower case, and keeps a caption’s own case', () => {
    const { view, ignored } = decodeView('tour=PARK.High-Tech-Zone_Our%20FLAGSHIP,EAST_East_Side', vocab);
    expect(view.tour).toEqual(['park.high-tech-zone_Our FLAGSHIP', 'east_East_Side']);
    expect(ignored).toEqual([]);
  });

  it('reads every tour it read before exactly as before', () => {
    for (const [query, tour] of [
      ['tour=sector.nev,park.high-tech-zone,east', ['sector.nev', 'park.high-tech-zone', 'east']],
      ['tour=Overview,FIGURES,county.441226', ['overview', 'figures', 'county.441226']],
      ['tour=west,west,,west', ['west', 'west', 'west']],
    ] as const) {
      expect(decodeView(query, vocab)).toEqual({ view: { ...DEFAULT_VIEW, tour }, ignored: [] });
      expect(encodeView({ ...DEFAULT_VIEW, tour })).toBe(`?v=2&tour=${tour.join(',')}`);
    }
  });

  it('drops a captioned scene whose scene is not one, and keeps the rest', () => {
    const { view, ignored } = decodeView('tour=park.nowhere_Hi,_Hi,east_Fine,intro_x', vocab);
    expect(view.tour).toEqual(['east_Fine']);
    expect(ignored).toEqual([
      { param: 'tour', value: 'park.nowhere_Hi' },
      { param: 'tour', value: '_Hi' },
      { param: 'tour', value: 'intro_x' },
    ]);
  });
});
