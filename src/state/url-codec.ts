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
import {
  CODE_RE,
  enumParser,
  ID_RE,
  parseId,
  parseIdList,
  parseMapArea,
  writeMapArea,
  type Parsed,
} from './url-values';
import { CURRENT_URL_VERSION, MIGRATIONS, migrateParams, type UrlMigration } from './url-migrations';
import { LANG_PARAM, MAX_PARAM_LENGTH, parseLang } from './url-lang';
import type { ViewParam } from './view-params';
import { LINK_FILTERS } from '../domain/parks/sector-match';
import { isSceneToken, SCENE_SECONDS } from '../domain/share/scene-token';

/**
 * The one codec between ViewState and the URL query. Each param has its own small parser that
 * answers ok / invalid; an invalid param falls back to its default alone and is reported, so the
 * rest of a damaged link still opens. Only values that differ from the defaults are written.
 * README.md ("Link parameters") documents every param; url-params-doc.test.ts keeps the two in step.
 */

/** Ids the current dataset knows, in dataset order; without it only the syntax of ids is checked. */
export interface Vocabulary {
  sectors: ReadonlySet<string>;
  parks: ReadonlySet<string>;
  counties: ReadonlySet<string>;
  entities: ReadonlySet<string>;
}

export interface IgnoredParam {
  param: KnownParam;
  /** The offending value, cut short for display (always rendered as text). */
  value: string;
}

export interface DecodeResult {
  view: ViewState;
  ignored: IgnoredParam[];
}

/** The URL contract: one parser and one writer per field; tsc fails if a field lacks either. */
type ParamCodecs<Param extends string = string> = {
  [K in keyof ViewState]: {
    /** Its name in the query string (KnownParam is the union of them). */
    param: Param;
    parse: (raw: string, vocab: Vocabulary | undefined) => Parsed<ViewState[K]>;
    /** null: nothing to write. */
    write: (value: ViewState[K]) => string | null;
  };
};

export { MAX_PARAM_LENGTH };
/** The codec table; `as const` keeps each param's name a literal (KnownParam). */
const codecTable = {
  lang: {
    param: LANG_PARAM,
    parse: (raw) => {
      const lang = parseLang(raw);
      return lang ? { ok: true, value: lang } : { ok: false };
    },
    write: (lang) => lang,
  },
  sectors: {
    param: 'sectors',
    parse: (raw, vocab) => parseIdList(raw, vocab?.sectors),
    write: (ids) => (ids.length ? ids.join(',') : null),
  },
  links: { param: 'links', parse: enumParser(LINK_FILTERS), write: (l) => l },
  park: {
    param: 'park',
    parse: (raw, vocab) => parseId(raw, ID_RE, vocab?.parks),
    write: (id) => id,
  },
  county: {
    param: 'county',
    parse: (raw, vocab) => parseId(raw, CODE_RE, vocab?.counties),
    write: (code) => code,
  },
  entity: {
    param: 'entity',
    parse: (raw, vocab) => parseId(raw, ID_RE, vocab?.entities),
    write: (id) => id,
  },
  map: {
    param: 'map',
    parse: parseMapArea,
    write: writeMapArea,
  },
  hidden: {
    param: 'hide',
    parse: (raw) => {
      const parsed = parseIdList(raw, new Set<string>(LAYER_IDS));
      if (!parsed.ok) return parsed;
      return { ...parsed, value: LAYER_IDS.filter((id) => parsed.value.includes(id)) };
    },
    write: (ids) => (ids.length ? LAYER_IDS.filter((id) => ids.includes(id)).join(',') : null),
  },
  tab: { param: 'tab', parse: enumParser(TAB_IDS), write: (t) => t },
  compare: {
    param: 'compare',
    // Dataset order, as `sectors`: the same parks always give the same link and the same columns.
    // Past COMPARE_MAX the rest is refused and named in the link notice.
    parse: (raw, vocab) => {
      const parsed = parseIdList(raw, vocab?.parks);
      if (!parsed.ok || parsed.value.length <= COMPARE_MAX) return parsed;
      return {
        ok: true,
        value: parsed.value.slice(0, COMPARE_MAX),
        ignored: [...(parsed.ignored ?? []), ...parsed.value.slice(COMPARE_MAX)],
      };
    },
    write: (ids) => (ids.length ? ids.join(',') : null),
  },
  order: { param: 'order', parse: enumParser(PARK_ORDERS), write: (o) => o },
  mode: { param: 'mode', parse: enumParser(MODES), write: (m) => m },
  tour: {
    param: 'tour',
    parse: (raw, vocab) => {
      // Scenes keep the link's order (a tour is a sequence) and may repeat; bad ones are dropped.
      const kept: string[] = [];
      const ignored: string[] = [];
      for (const part of raw.split(',')) {
        // Ids in lower case; a caption after `_` keeps its own (domain/share/tour-caption.ts).
        const token = part.replace(/^[^_]*/, (scene) => scene.toLowerCase());
        if (isSceneToken(token, vocab) && kept.length < MAX_SCENES) kept.push(token);
        else if (part) ignored.push(part); // an empty part (`a,,b`) is no scene, nor worth a notice
      }
      return kept.length ? { ok: true, value: kept, ignored } : { ok: false };
    },
    write: (tokens) => (tokens.length ? tokens.join(',') : null),
  },
  every: {
    param: 'every',
    parse: (raw) => {
      const n = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
      return n >= SCENE_SECONDS.min && n <= SCENE_SECONDS.max ? { ok: true, value: n } : { ok: false };
    },
    write: (n) => String(n),
  },
  // Written from 1, as a presenter counts scenes.
  scene: {
    param: 'scene',
    parse: (raw) =>
      /^\d{1,3}$/.test(raw) && Number(raw) >= 1 ? { ok: true, value: Number(raw) - 1 } : { ok: false },
    write: (i) => String(i + 1),
  },
  qr: {
    param: 'qr',
    parse: (raw) => (raw === '0' || raw === '1' ? { ok: true, value: raw === '1' } : { ok: false }),
    write: (on) => (on ? '1' : '0'),
  },
} as const satisfies ParamCodecs;
const codecs: ParamCodecs<KnownParam> = codecTable;

/** A tour longer than this is not a tour a screen can show in a day's loop; the rest is dropped. */
const MAX_SCENES = 100;

const FIELDS = Object.keys(codecs) as (keyof ViewState)[];

/** A param this codec owns, or the version: what a link notice may have to name (app/link-notice.tsx). */
export type KnownParam = 'v' | (typeof codecTable)[keyof ViewState]['param'];

/** view-params.ts lists this codec's params but `v` and `lang` for the boot script: both ways equal. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const viewParamsMatchCodec: Same<ViewParam, Exclude<KnownParam, 'v' | typeof LANG_PARAM>> = true;
void viewParamsMatchCodec;

/** Param names this codec owns (plus the version); anything else in the query is ignored. */
export const KNOWN_PARAMS: ReadonlySet<string> = new Set(['v', ...FIELDS.map((f) => codecs[f].param)]);

/** Cut by code points, not UTF-16 units, so an emoji is never split into a broken half. */
const clip = (s: string) => {
  const chars = Array.from(s);
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : s;
};

type MutableView = { -readonly [K in keyof ViewState]: ViewState[K] };

/** Generic per field, so the parsed value is typed as that field's own type. */
function decodeField<K extends keyof ViewState>(
  field: K,
  params: URLSearchParams,
  vocab: Vocabulary | undefined,
  view: MutableView,
  ignored: IgnoredParam[],
): void {
  const codec = codecs[field];
  const raw = params.get(codec.param);
  if (raw === null || raw === '') return;
  if (raw.length > MAX_PARAM_LENGTH) {
    ignored.push({ param: codec.param, value: clip(raw) });
    return;
  }
  const parsed = codec.parse(raw, vocab);
  if (!parsed.ok) {
    ignored.push({ param: codec.param, value: clip(raw) });
    return;
  }
  view[field] = parsed.value;
  for (const bad of parsed.ignored ?? []) ignored.push({ param: codec.param, value: clip(bad) });
}

/**
 * A query string (with or without `?`) → the view it describes, and what of it could not be used.
 * Never throws; every field of the result is valid (against `vocab` when given).
 */
export function decodeView(
  search: string,
  vocab?: Vocabulary,
  migrations: readonly UrlMigration[] = MIGRATIONS,
): DecodeResult {
  const { params, badVersion } = migrateParams(new URLSearchParams(search), migrations);
  const ignored: IgnoredParam[] = badVersion === null ? [] : [{ param: 'v', value: clip(badVersion) }];
  const view: MutableView = { ...DEFAULT_VIEW };
  for (const field of FIELDS) decodeField(field, params, vocab, view, ignored);
  // One selection at a time (the store's actions keep it so): the most specific wins, a firm over
  // a park, a park over its county.
  if (view.entity !== null) {
    if (view.park !== null) ignored.push({ param: codecs.park.param, value: view.park });
    if (view.county !== null) ignored.push({ param: codecs.county.param, value: view.county });
    view.park = null;
    view.county = null;
  }
  if (view.park !== null && view.county !== null) {
    ignored.push({ param: codecs.county.param, value: view.county });
    view.county = null;
  }
  // A comparison is browsing's: a presentation shows its scenes, never the tray.
  if (view.mode === 'present' && view.compare.length > 0) {
    ignored.push({ param: codecs.compare.param, value: clip(view.compare.join(',')) });
    view.compare = DEFAULT_VIEW.compare;
  }
  // The comparison opens with two parks or more; with fewer, the link opens the default tab.
  if (view.tab === 'compare' && view.compare.length < COMPARE_MIN) {
    ignored.push({ param: codecs.tab.param, value: view.tab });
    view.tab = DEFAULT_VIEW.tab;
  }
  return { view, ignored };
}

/** The query string for a view, '' for the default view; params written only where not default. */
export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const codec = codecs[field];
    const write = codec.write as (v: ViewState[typeof field]) => string | null;
    const value = write(view[field]);
    if (value !== null && value !== write(DEFAULT_VIEW[field])) params.set(codec.param, value);
  }
  if ([...params.keys()].length === 0) return '';
  // Commas are legal in a query and keep lists readable (sectors=nev,storage). A tour caption's own
  // comma is escaped before (domain/share/tour-caption.ts), so it stays one: %252C.
  return `?v=${CURRENT_URL_VERSION}&${params.toString().replaceAll('%2C', ',')}`;
}

/** The absolute link to a view; `base` is the app's address without query (origin + path). */
export const viewLink = (view: ViewState, base: string): string => `${base}${encodeView(view)}`;
