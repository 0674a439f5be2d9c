/**
 * The optional online base map. The embedded outline map is the default and needs no network;
 * a deployment may add a raster tile layer at build time with Vite env vars, e.g.
 *
 *   VITE_TILE_URL='https://t{s}.tianditu.gov.cn/vec_w/wmts?tk=KEY&…&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}'
 *   VITE_TILE_ATTRIBUTION='天地图 审图号…'  VITE_TILE_DATUM=cgcs2000  VITE_TILE_SUBDOMAINS=01234567
 *
 * (VITE_TILE_MAX_ZOOM is optional, default 18.) Pure, so every rule is unit-tested.
 */

/**
 * What the tiles are drawn in. `cgcs2000` (Tianditu) is within a metre or so of `wgs84`, so both
 * plot our WGS-84 data as it is; `gcj02` (AMap/Gaode, Tencent) needs the data shifted to match.
 */
export const DATUMS = ['wgs84', 'cgcs2000', 'gcj02'] as const;
export type Datum = (typeof DATUMS)[number];

export interface TileConfig {
  url: string;
  attribution: string;
  datum: Datum;
  subdomains: string;
  maxZoom: number;
}

export type TileConfigResult = { ok: true; config: TileConfig | null } | { ok: false; error: string };

export interface TileEnv {
  VITE_TILE_URL?: unknown;
  VITE_TILE_ATTRIBUTION?: unknown;
  VITE_TILE_DATUM?: unknown;
  VITE_TILE_SUBDOMAINS?: unknown;
  VITE_TILE_MAX_ZOOM?: unknown;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export function parseTileConfig(env: TileEnv): TileConfigResult {
  const url = text(env.VITE_TILE_URL);
  if (url === '') return { ok: true, config: null };
  if (!/^(https?:)?\/\/[^\s/]+\/\S*$/.test(url))
    return { ok: false, error: `VITE_TILE_URL must be an http(s) URL template, got "${url.slice(0, 80)}"` };
  if (!(url.includes('{z}') && url.includes('{x}') && (url.includes('{y}') || url.includes('{-y}'))))
    return { ok: false, error: 'VITE_TILE_URL must contain {z}, {x} and {y}' };
  const attribution = text(env.VITE_TILE_ATTRIBUTION);
  // Tile providers' terms (and China's map-approval rules, 审图号) require a visible credit.
  if (attribution === '') return { ok: false, error: 'VITE_TILE_ATTRIBUTION is required with VITE_TILE_URL' };
  const datumRaw = text(env.VITE_TILE_DATUM).toLowerCase().replace(/[-_]/g, '');
  const datum = DATUMS.find((d) => d === datumRaw);
  // No default datum: guessing wrong shifts every park by about 600 m without anyone noticing.
  if (!datum) return { ok: false, error: `VITE_TILE_DATUM must be one of ${DATUMS.join(', ')}` };
  const subdomains = text(env.VITE_TILE_SUBDOMAINS) || 'abc';
  if (!/^[a-z0-9]{1,16}$/i.test(subdomains))
    return { ok: false, error: 'VITE_TILE_SUBDOMAINS must be letters or digits, one per subdomain' };
  const maxRaw = text(env.VITE_TILE_MAX_ZOOM);
  const maxZoom = maxRaw === '' ? 18 : Number(maxRaw);
  if (!Number.isInteger(maxZoom) || maxZoom < 1 || maxZoom > 22)
    return { ok: false, error: 'VITE_TILE_MAX_ZOOM must be a whole number from 1 to 22' };
  return { ok: true, config: { url, attribution, datum, subdomains, maxZoom } };
}
