/**
 * Links live for years: printed as QR codes, pasted into reports, forwarded between investors.
 * When the URL format changes, old links are upgraded here, step by step, before the codec reads
 * them, so that the codec only ever knows the current format.
 *
 * Version history
 *   1 (2026-11-28): the first published format — lang, sectors, park, county, map, hide, tab, mode.
 *   2 (2026-12-04): `map` is the area shown (`south,west,north,east`), no longer `lat,lng,zoom`.
 *   An addition that every earlier link reads past unchanged needs neither a migration nor a new
 *   version: 2026-12-07, a `tour` scene may carry its own caption after `_`
 *   (`park.new-area_Our+caption`; `_` never occurred in a valid token before).
 *
 * How to change the format (rename a param, change a value's syntax, drop a value):
 *   1. Add a migration at the end of MIGRATIONS with `to` one above the last (the first real one
 *      is `to: 2`) and a dated comment that says what changed and why. CURRENT_URL_VERSION follows.
 *   2. The migration rewrites the params of the version before it into its own version's form. It
 *      must leave params already in the new form alone: links without `v` are read as version 1,
 *      and people type current-format links from the docs without `v`.
 *   3. Never edit or remove a migration once released, and never edit tests/fixtures/url-links-v1.json:
 *      its links must keep opening the same views. Add the new version's links to a new fixture.
 *   4. Renaming a dataset id (a sector, a park) breaks links too: add a migration that maps the old
 *      id to the new one.
 */

import { areaAround, clipArea, roundArea } from '../domain/map/map-area';

export interface UrlMigration {
  /** The version this migration produces; consecutive from 2. */
  to: number;
  /** When the format changed (YYYY-MM-DD); a test checks the list is dated and ordered. */
  date: string;
  /**
   * Every param it reads or writes. A test runs each migration on links full of every other param
   * and checks it leaves them alone; `lang` is read unmigrated before the first paint (url-lang.ts).
   */
  params: readonly string[];
  /** Rewrites, in place, a copy of the params of version `to - 1`. */
  migrate: (params: URLSearchParams) => void;
}

/**
 * The map of the screen most version-1 links were made on: the dashboard at 1280×800 gives its map
 * 880×536 pixels. A version-1 position is read as the area it showed there.
 */
export const V1_MAP_SIZE: readonly [number, number] = [880, 536];

/** Version 1's rules for `map`, frozen here: only what version 1 accepted is rewritten. */
const V1_MAP = /^(-?\d{1,3}(?:\.\d{1,8})?),(-?\d{1,3}(?:\.\d{1,8})?),(-?\d{1,3}(?:\.\d{1,8})?)$/;
const V1_BOX = { south: 18, west: 104, north: 30, east: 120 };

export const MIGRATIONS: readonly UrlMigration[] = [
  {
    // 2026-12-04: a centre and zoom show a different area on every screen: a desktop link opened
    // on a phone showed only an outline and no park. The link now carries the area itself, which
    // each screen fits (domain/map/map-area.ts). A v1 position becomes the area it showed on the
    // screen most links were made on (V1_MAP_SIZE). Anything v1 refused is left as it is, for
    // the codec to report; a value already in the new form (four numbers) is left alone.
    to: 2,
    date: '2026-12-04',
    params: ['map'],
    migrate: (params) => {
      const raw = params.get('map');
      const m = raw === null ? null : V1_MAP.exec(raw);
      if (!m) return;
      const [lat, lng, zoom] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
      const inBox = lat >= V1_BOX.south && lat <= V1_BOX.north && lng >= V1_BOX.west && lng <= V1_BOX.east;
      if (!inBox || zoom < 6 || zoom > 14) return;
      const a = roundArea(clipArea(areaAround([lat, lng], zoom, V1_MAP_SIZE), V1_BOX));
      params.set('map', `${a.south},${a.west},${a.north},${a.east}`);
    },
  },
];

/** The version a list of migrations leads to: 1 plus one per migration. */
export const latestVersion = (migrations: readonly UrlMigration[]): number => migrations.at(-1)?.to ?? 1;

export const CURRENT_URL_VERSION = latestVersion(MIGRATIONS);

export interface MigratedParams {
  /** The params in the current format, without `v`. */
  params: URLSearchParams;
  /** The link's `v` when it was unusable (not a number, or newer than this app); null otherwise. */
  badVersion: string | null;
}

/**
 * Upgrades a link's params to the current format. A link without `v` is version 1; a bad or
 * future `v` is reported and the params are read as the current format (the best guess for a link
 * made by a newer deployment than the one that opened it).
 */
export function migrateParams(
  input: URLSearchParams,
  migrations: readonly UrlMigration[] = MIGRATIONS,
): MigratedParams {
  const params = new URLSearchParams(input);
  const current = latestVersion(migrations);
  const raw = params.get('v');
  params.delete('v');
  let version = 1;
  let badVersion: string | null = null;
  // An empty `v` is read as no `v`, as the codec reads any empty param.
  if (raw !== null && raw !== '') {
    const n = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
    if (n >= 1 && n <= current) version = n;
    else {
      badVersion = raw;
      version = current;
    }
  }
  for (const m of migrations) if (m.to > version) m.migrate(params);
  return { params, badVersion };
}
