import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { shippedVocabulary } from '../../tests/fixtures/shipped-vocabulary';
import { LANGS } from '../domain/schema/dataset-schema';
import { decodeView, encodeView } from './url-codec';
import {
  CURRENT_URL_VERSION,
  MIGRATIONS,
  latestVersion,
  migrateParams,
  V1_MAP_SIZE,
  type UrlMigration,
} from './url-migrations';
import { areaAround, clipArea, fitArea, roundArea } from '../domain/map/map-area';
import { DEFAULT_VIEW, LAYER_IDS, MODES, REGION_AREA, TAB_IDS, ZOOM_RANGE } from './view-state';

const vocab = shippedVocabulary();

/** What a v1 position showed on the reference screen, as the v2 area the link now carries. */
const v1Area = ({ lat, lng, zoom }: { lat: number; lng: number; zoom: number }) =>
  roundArea(clipArea(areaAround([lat, lng], zoom, V1_MAP_SIZE), REGION_AREA));
const FIT = { snap: 0.25, min: ZOOM_RANGE.min, max: ZOOM_RANGE.max };

/**
 * A made-up history, for testing the mechanism only (the real list is empty: version 1 is the
 * first published format). It pretends versions 1 and 2 were older formats that today's params
 * replaced, so that "today" is version 3:
 *   v1 → v2: `sector` (one param per sector) became `sectors` (comma-separated);
 *   v2 → v3: `bbox=west,south,east,north` became `map=south,west,north,east`.
 */
const TEST_MIGRATIONS: readonly UrlMigration[] = [
  {
    to: 2,
    date: '2027-03-01',
    params: ['sector', 'sectors'],
    migrate: (params) => {
      const old = params.getAll('sector');
      params.delete('sector');
      // Leave a `sectors` already there alone: links typed from the docs carry no `v`.
      if (old.length && !params.has('sectors')) params.set('sectors', old.join(','));
    },
  },
  {
    to: 3,
    date: '2028-06-15',
    params: ['bbox', 'map'],
    migrate: (params) => {
      const bbox = params.get('bbox');
      params.delete('bbox');
      const [w, s, e, n] = bbox?.split(',') ?? [];
      if (bbox !== null && !params.has('map')) params.set('map', `${s},${w},${n},${e}`);
    },
  },
];

const HIGH_TECH = { south: 23, west: 112.4, north: 23.1, east: 112.55 };

describe('url migrations: the mechanism (with a made-up history)', () => {
  it('upgrades a version-1 link through every migration', () => {
    expect(
      decodeView('?v=1&sector=storage&sector=nev&bbox=112.4,23,112.55,23.1', vocab, TEST_MIGRATIONS),
    ).toEqual({ view: { ...DEFAULT_VIEW, sectors: ['nev', 'storage'], map: HIGH_TECH }, ignored: [] });
  });

  it('reads a link without v as version 1', () => {
    expect(decodeView('?sector=nev&bbox=112.4,23,112.55,23.1', vocab, TEST_MIGRATIONS).view).toEqual({
      ...DEFAULT_VIEW,
      sectors: ['nev'],
      map: HIGH_TECH,
    });
  });

  it('runs only the migrations newer than the link', () => {
    // A version-2 link: `sectors` is already the v2 form, and a stray `sector` is not migrated again.
    const { view } = decodeView(
      '?v=2&sectors=nev&sector=storage&bbox=112.4,23,112.55,23.1',
      vocab,
      TEST_MIGRATIONS,
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, sectors: ['nev'], map: HIGH_TECH });
  });

  it('runs no migration on a current link', () => {
    const calls: number[] = [];
    const spying = TEST_MIGRATIONS.map((m) => ({
      ...m,
      migrate: (p: URLSearchParams) => {
        calls.push(m.to);
        m.migrate(p);
      },
    }));
    expect(decodeView('?v=3&sectors=nev&map=23,112.4,23.1,112.55', vocab, spying).view).toEqual({
      ...DEFAULT_VIEW,
      sectors: ['nev'],
      map: HIGH_TECH,
    });
    expect(calls).toEqual([]);
    decodeView('?v=2&sectors=nev', vocab, spying);
    expect(calls).toEqual([3]);
    decodeView('?sectors=nev', vocab, spying);
    expect(calls).toEqual([3, 2, 3]);
  });

  it('leaves a current-format link without v unchanged (migrations must be idempotent on it)', () => {
    const current = '?sectors=nev,storage&map=23,112.4,23.1,112.55&tab=charts';
    expect(decodeView(current, vocab, TEST_MIGRATIONS)).toEqual(
      decodeView(`${current}&v=3`, vocab, TEST_MIGRATIONS),
    );
  });

  it.each(['4', '0', 'x', '1.5', '-1', '9999'])(
    'reports a version it cannot use (v=%s) and reads the params as current',
    (v) => {
      const { view, ignored } = decodeView(`?v=${v}&sectors=nev&tab=parks`, vocab, TEST_MIGRATIONS);
      expect(view).toEqual({ ...DEFAULT_VIEW, sectors: ['nev'], tab: 'parks' });
      expect(ignored).toEqual([{ param: 'v', value: v }]);
    },
  );

  it('reads an empty v as a link without v: version 1, nothing reported', () => {
    expect(decodeView('?v=&sectors=nev', vocab, TEST_MIGRATIONS)).toEqual(
      decodeView('?sectors=nev', vocab, TEST_MIGRATIONS),
    );
    expect(decodeView('?v=&sectors=nev', vocab).ignored).toEqual([]);
  });

  it('never changes the params it was given', () => {
    const input = new URLSearchParams('v=1&sector=nev&bbox=112,23,113,24');
    const before = input.toString();
    const { params } = migrateParams(input, TEST_MIGRATIONS);
    expect(input.toString()).toBe(before);
    expect(params.toString()).toBe('sectors=nev&map=23%2C112%2C24%2C113');
  });
});

describe('url migrations: version 2, the map as the area shown', () => {
  it.each([
    [23.05, 112.47, 10],
    [23.4321, 112.1234, 8.75],
    [23.1, 112.55, 12.5],
    [22.9, 112.9, 14],
  ])(
    'reads v1 map=%s,%s,%s as the area it showed at 1280×800, which opens there as before',
    (lat, lng, zoom) => {
      const { view, ignored } = decodeView(`?v=1&map=${lat},${lng},${zoom}`, vocab);
      expect(ignored).toEqual([]);
      if (!view.map) throw new Error('no map area');
      const fitted = fitArea(view.map, V1_MAP_SIZE, FIT);
      expect(fitted.zoom).toBe(zoom);
      expect(fitted.center[0]).toBeCloseTo(lat, 3);
      expect(fitted.center[1]).toBeCloseTo(lng, 3);
    },
  );

  it('cuts an area zoomed out past the region to the region', () => {
    const { view } = decodeView('?v=1&map=24,112,6', vocab);
    expect(view.map).toEqual({ ...v1Area({ lat: 24, lng: 112, zoom: 6 }) });
    expect([view.map?.west, view.map?.east]).toEqual([REGION_AREA.west, REGION_AREA.east]);
  });

  it.each(['NaN,112,9', '23.1,112.5,40', '51.5,-0.12,9', '1e3,112.5,9'])(
    'leaves a map v1 refused (%s) as it is, for the notice to name',
    (raw) => {
      expect(decodeView(`?v=1&map=${raw}`, vocab).ignored).toEqual([{ param: 'map', value: raw }]);
    },
  );

  it('leaves an area already in the new form alone, with or without v', () => {
    const area = { south: 23, west: 112.4, north: 23.1, east: 112.55 };
    expect(decodeView('?map=23,112.4,23.1,112.55', vocab).view.map).toEqual(area);
    expect(decodeView('?v=2&map=23,112.4,23.1,112.55', vocab).view.map).toEqual(area);
  });
});

/** What is wrong with a list of migrations: `to` numbered from 2 without gaps, real dates, in order. */
function listProblems(list: readonly UrlMigration[]): string[] {
  const problems: string[] = [];
  list.forEach((m, i) => {
    if (m.to !== i + 2) problems.push(`#${i}: to is ${m.to}, expected ${i + 2}`);
    const real = /^\d{4}-\d{2}-\d{2}$/.test(m.date) && !Number.isNaN(Date.parse(`${m.date}T00:00:00Z`));
    if (!real || new Date(`${m.date}T00:00:00Z`).toISOString().slice(0, 10) !== m.date)
      problems.push(`#${i}: date ${m.date} is not a real YYYY-MM-DD date`);
    const before = list[i - 1];
    if (before && !(m.date > before.date)) problems.push(`#${i}: dated ${m.date}, not after ${before.date}`);
  });
  return problems;
}

describe('url migrations: the lists', () => {
  const [first, second] = TEST_MIGRATIONS;
  if (!first || !second) throw new Error('the test list needs two migrations');

  it('the list check finds a gap, a date that does not exist and dates out of order', () => {
    expect(listProblems([first, { ...second, to: 4 }])).toEqual(['#1: to is 4, expected 3']);
    expect(listProblems([{ ...first, date: '2027-02-30' }])).toEqual([
      '#0: date 2027-02-30 is not a real YYYY-MM-DD date',
    ]);
    expect(listProblems([first, { ...second, date: first.date }])).toEqual([
      `#1: dated ${first.date}, not after ${first.date}`,
    ]);
  });

  it('the test list passes that check, so the mechanism above is tested on a valid history', () => {
    expect(TEST_MIGRATIONS.length).toBeGreaterThan(0);
    expect(listProblems(TEST_MIGRATIONS)).toEqual([]);
    expect(latestVersion(TEST_MIGRATIONS)).toBe(TEST_MIGRATIONS.length + 1);
  });

  it('the real list passes that check, and the version links carry counts its migrations', () => {
    expect(listProblems(MIGRATIONS)).toEqual([]);
    // Each migration added must raise the version by one.
    expect(CURRENT_URL_VERSION).toBe(MIGRATIONS.length + 1);
    expect(CURRENT_URL_VERSION).toBe(latestVersion(MIGRATIONS));
  });

  it('each real migration touches only the params it names, and none touches lang', () => {
    const others = new URLSearchParams(
      'lang=en&sectors=nev,storage&links=sourced&park=new-area&county=441202&entity=xpeng&map=23.05,112.47,10&hide=core&tab=charts&mode=present&x=1',
    );
    for (const m of MIGRATIONS) {
      expect(m.params).not.toContain('lang');
      const params = new URLSearchParams(others);
      m.migrate(params);
      for (const [key, value] of others)
        if (!m.params.includes(key)) expect(params.get(key), `${m.to} ${key}`).toBe(value);
      for (const key of params.keys()) expect(others.has(key) || m.params.includes(key)).toBe(true);
    }
  });

  it('writes links in the version the migrations lead to', () => {
    expect(encodeView({ ...DEFAULT_VIEW, tab: 'parks' })).toBe(`?v=${CURRENT_URL_VERSION}&tab=parks`);
  });
});

const viewPatch = z
  .object({
    lang: z.enum(LANGS),
    sectors: z.array(z.string()),
    park: z.string(),
    county: z.string(),
    // Version 1's own form of a map position: the test below reads it as the area it showed.
    map: z.object({ lat: z.number(), lng: z.number(), zoom: z.number() }),
    hidden: z.array(z.enum(LAYER_IDS)),
    tab: z.enum(TAB_IDS),
    mode: z.enum(MODES),
  })
  .partial()
  .strict();

const goldenSchema = z.object({
  about: z.string(),
  links: z.array(
    z
      .object({
        note: z.string().optional(),
        link: z.string(),
        view: viewPatch,
        ignored: z.array(z.object({ param: z.string(), value: z.string() })).default([]),
      })
      .strict(),
  ),
});

// Vitest runs from the project root (import.meta.url is not a file: URL under jsdom).
const golden = goldenSchema.parse(JSON.parse(readFileSync('tests/fixtures/url-links-v1.json', 'utf8')));

describe('published version-1 links keep opening the same views (tests/fixtures/url-links-v1.json)', () => {
  it('has links to check', () => {
    expect(golden.links.length).toBeGreaterThan(20);
  });

  it.each(golden.links.map((g) => [g.link || '(empty)', g] as const))('%s', (_, { link, view, ignored }) => {
    // Decoded with the shipped dataset's ids: renaming a sector or park breaks published links too.
    // A v1 map position opens as the area it showed on the screen links were made on (the
    // migration to version 2), which that screen fits back to the same centre and zoom.
    const map = view.map ? v1Area(view.map) : DEFAULT_VIEW.map;
    expect(decodeView(link, vocab)).toEqual({ view: { ...DEFAULT_VIEW, ...view, map }, ignored });
  });
});
