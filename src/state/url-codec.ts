import type { Lang } from '../domain/dataset-schema';
import {
  DEFAULT_VIEW,
  LAYER_IDS,
  MODES,
  TAB_IDS,
  ZOOM_RANGE,
  type LayerId,
  type MapView,
  type ViewState,
} from './view-state';
import { CURRENT_URL_VERSION, migrateParams } from './url-migrations';

/**
 * The one codec between ViewState and the URL query. Each param has its own small parser that
 * answers ok / invalid; an invalid param falls back to its default alone and is reported, so the
 * rest of a damaged link still opens. Only values that differ from the defaults are written.
 */

/** Ids the current dataset knows; without it only the syntax of ids is checked. */
export interface Vocabulary {
  sectors: ReadonlySet<string>;
  parks: ReadonlySet<string>;
  counties: ReadonlySet<string>;
}

export interface IgnoredParam {
  param: string;
  /** The offending value, cut short for display (always rendered as text). */
  value: string;
}

export interface DecodeResult {
  view: ViewState;
  ignored: IgnoredParam[];
}

type Parsed<T> = { ok: true; value: T; ignored?: string[] } | { ok: false };

/** The URL contract: one parser and one writer per param; tsc fails if a param lacks either. */
type ParamCodecs = {
  [K in keyof ViewState]: {
    param: string;
    parse: (raw: string, vocab: Vocabulary | undefined) => Parsed<ViewState[K]>;
    write: (value: ViewState[K]) => string | null;
  };
};

export const MAX_PARAM_LENGTH = 200;
const ID_RE = /^[a-z0-9][a-z0-9-]{0,47}$/;
const CODE_RE = /^\d{6}$/;
/** Coordinates are kept to 4 decimals (≈ 10 m) and zoom to 2; more precision only lengthens links. */
const round = (n: number, digits: number) => Number(n.toFixed(digits));
/** A box around Guangdong and its neighbours: links pointing elsewhere are not views of this app. */
const MAP_BOUNDS = { minLat: 18, maxLat: 30, minLng: 104, maxLng: 120 };

// A Map, not an object literal: `lang=__proto__` must not find Object.prototype.
const LANG_ALIASES = new Map<string, Lang>(
  Object.entries({
    'zh-hans': 'zh-Hans',
    'zh-cn': 'zh-Hans',
    'zh-sg': 'zh-Hans',
    zh: 'zh-Hans',
    'zh-hant': 'zh-Hant',
    'zh-tw': 'zh-Hant',
    'zh-hk': 'zh-Hant',
    'zh-mo': 'zh-Hant',
    en: 'en',
  } satisfies Record<string, Lang>),
);

function parseIdList(raw: string, known: ReadonlySet<string> | undefined): Parsed<readonly string[]> {
  const parts = raw.split(',').filter((p) => p !== '');
  const kept: string[] = [];
  const ignored: string[] = [];
  for (const p of parts) {
    if (ID_RE.test(p) && (!known || known.has(p)) && !kept.includes(p)) kept.push(p);
    else ignored.push(p);
  }
  if (kept.length === 0 && parts.length > 0) return { ok: false };
  return { ok: true, value: kept, ignored };
}

function enumParser<T extends string>(values: readonly T[]) {
  return (raw: string): Parsed<T> =>
    (values as readonly string[]).includes(raw) ? { ok: true, value: raw as T } : { ok: false };
}

export function parseMapView(raw: string): Parsed<MapView | null> {
  const parts = raw.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d{1,3}(\.\d{1,8})?$/.test(p))) return { ok: false };
  const [lat, lng, zoom] = parts.map(Number) as [number, number, number];
  const inBox =
    lat >= MAP_BOUNDS.minLat &&
    lat <= MAP_BOUNDS.maxLat &&
    lng >= MAP_BOUNDS.minLng &&
    lng <= MAP_BOUNDS.maxLng;
  if (!inBox || zoom < ZOOM_RANGE.min || zoom > ZOOM_RANGE.max) return { ok: false };
  return { ok: true, value: { lat: round(lat, 4), lng: round(lng, 4), zoom: round(zoom, 2) } };
}

const codecs: ParamCodecs = {
  lang: {
    param: 'lang',
    parse: (raw) => {
      const lang = LANG_ALIASES.get(raw.toLowerCase());
      return lang ? { ok: true, value: lang } : { ok: false };
    },
    write: (lang) => lang,
  },
  sectors: {
    param: 'sectors',
    parse: (raw, vocab) => parseIdList(raw, vocab?.sectors),
    write: (ids) => (ids.length ? ids.join(',') : null),
  },
  park: {
    param: 'park',
    parse: (raw, vocab) =>
      ID_RE.test(raw) && (!vocab || vocab.parks.has(raw)) ? { ok: true, value: raw } : { ok: false },
    write: (id) => id,
  },
  county: {
    param: 'county',
    parse: (raw, vocab) =>
      CODE_RE.test(raw) && (!vocab || vocab.counties.has(raw)) ? { ok: true, value: raw } : { ok: false },
    write: (code) => code,
  },
  map: {
    param: 'map',
    parse: parseMapView,
    write: (m) => (m ? `${round(m.lat, 4)},${round(m.lng, 4)},${round(m.zoom, 2)}` : null),
  },
  hidden: {
    param: 'hide',
    parse: (raw) => {
      const parsed = parseIdList(raw, new Set<string>(LAYER_IDS));
      if (!parsed.ok) return parsed;
      // Canonical order, so equal views give equal links.
      return { ...parsed, value: LAYER_IDS.filter((id) => parsed.value.includes(id)) as LayerId[] };
    },
    write: (ids) => (ids.length ? ids.join(',') : null),
  },
  tab: { param: 'tab', parse: enumParser(TAB_IDS), write: (t) => t },
  mode: { param: 'mode', parse: enumParser(MODES), write: (m) => m },
};

const FIELDS = Object.keys(codecs) as (keyof ViewState)[];
/** Param names this codec owns (plus the version); anything else in the query is left alone. */
export const KNOWN_PARAMS = new Set<string>(['v', ...FIELDS.map((f) => codecs[f].param)]);

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

export function decodeView(search: string, vocab?: Vocabulary): DecodeResult {
  const { params, ignored } = migrateParams(new URLSearchParams(search));
  const view: Record<string, unknown> = { ...DEFAULT_VIEW };
  for (const field of FIELDS) {
    const codec = codecs[field];
    const raw = params.get(codec.param);
    if (raw === null || raw === '') continue;
    if (raw.length > MAX_PARAM_LENGTH) {
      ignored.push({ param: codec.param, value: clip(raw) });
      continue;
    }
    const parsed = codec.parse(raw, vocab);
    if (parsed.ok) {
      view[field] = parsed.value;
      for (const bad of parsed.ignored ?? []) ignored.push({ param: codec.param, value: clip(bad) });
    } else {
      ignored.push({ param: codec.param, value: clip(raw) });
    }
  }
  return { view: view as unknown as ViewState, ignored };
}

/** The query string for a view, '' for the default view; written params only where not default. */
export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const codec = codecs[field];
    const write = codec.write as (v: ViewState[typeof field]) => string | null;
    const value = write(view[field]);
    const fallback = write(DEFAULT_VIEW[field]);
    if (value !== null && value !== fallback) params.set(codec.param, value);
  }
  if ([...params.keys()].length === 0) return '';
  // Commas are legal in a query and keep lists readable (sectors=nev,storage).
  return `?v=${CURRENT_URL_VERSION}&${params.toString().replaceAll('%2C', ',')}`;
}
