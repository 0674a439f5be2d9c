// Tables: a view and the link it writes (a link and the view it opens: url-codec-reading.test.ts).
// The generated cases (round trips, hostile links) are in url-codec.property.test.ts.
import { describe, expect, it } from 'vitest';
import { MAX_PARAM_LENGTH, decodeView, encodeView, viewLink } from './url-codec';
import { vocab } from './url-codec-test-kit';
import { DEFAULT_VIEW, LAYER_IDS, type ViewState } from './view-state';

const SECTORS = [...vocab.sectors];
const PARKS = [...vocab.parks];
const ENTITIES = [...vocab.entities];

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
      compare: [], // a comparison is browsing's: the next test
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

describe('url codec: compare', () => {
  const byLength = [...PARKS].sort((a, b) => b.length - a.length);

  it('fits the longest browsing view, four parks compared, in 500 characters of query', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      lang: 'zh-Hant',
      sectors: SECTORS,
      links: 'sourced',
      park: byLength[0] ?? null,
      map: { south: 23.1234, west: 112.1234, north: 23.2345, east: 112.3456 },
      hidden: [...LAYER_IDS],
      tab: 'compare',
      order: 'known',
      compare: PARKS.filter((p) => byLength.slice(0, 4).includes(p)),
    };
    const query = encodeView(view);
    expect(query.length, `longest query: ${query.length} characters`).toBeLessThanOrEqual(500);
    expect(decodeView(query, vocab)).toEqual({ view, ignored: [] });
  });

  it('writes the chosen parks in dataset order and reads any order back to it', () => {
    const view = { ...DEFAULT_VIEW, compare: ['high-tech-zone', 'new-area'], tab: 'compare' as const };
    expect(encodeView(view)).toBe('?v=2&tab=compare&compare=high-tech-zone,new-area');
    expect(decodeView('?compare=NEW-AREA,high-tech-zone&tab=compare', vocab)).toEqual({ view, ignored: [] });
  });

  it('keeps one park while choosing (the tray), without opening the comparison', () => {
    expect(decodeView('?compare=new-area', vocab).view.compare).toEqual(['new-area']);
    const { view, ignored } = decodeView('?compare=new-area&tab=compare', vocab);
    expect(view.tab).toBe('overview');
    expect(ignored).toEqual([{ param: 'tab', value: 'compare' }]);
  });

  it('keeps the first four parks of a longer list and names the rest', () => {
    const five = PARKS.slice(0, 5);
    const { view, ignored } = decodeView(`?compare=${five.join(',')}&tab=compare`, vocab);
    expect(view.compare).toEqual(five.slice(0, 4));
    expect(view.tab).toBe('compare');
    expect(ignored).toEqual([{ param: 'compare', value: five[4] }]);
  });

  it('drops unknown parks alone, and the whole list in a presentation', () => {
    const { view, ignored } = decodeView('?compare=new-area,nowhere,high-tech-zone', vocab);
    expect(view.compare).toEqual(['high-tech-zone', 'new-area']);
    expect(ignored).toEqual([{ param: 'compare', value: 'nowhere' }]);
    const presenting = decodeView('?mode=present&compare=new-area,high-tech-zone&tab=compare', vocab);
    expect(presenting.view.compare).toEqual([]);
    expect(presenting.view.tab).toBe('overview');
    expect(presenting.ignored.map((i) => i.param)).toEqual(['compare', 'tab']);
  });
});
