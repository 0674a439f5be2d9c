import { isAreaWithin, roundArea, type MapArea } from '../domain/map/map-area';
import { REGION_AREA } from './view-state';

/**
 * The values one link param can hold, read and written: ids, lists of ids, a choice among names, a
 * map area. Each reader answers ok (with what it dropped) or invalid; url-codec.ts puts them
 * together, one per param.
 */
export type Parsed<T> = { ok: true; value: T; ignored?: string[] } | { ok: false };

export const ID_RE = /^[a-z0-9][a-z0-9-]{0,47}$/;
export const CODE_RE = /^\d{6}$/;
/**
 * A comma-separated list of ids. Unknown or malformed ids are dropped and reported one by one, so
 * `sectors=nev,bogus` still selects NEV; repeats collapse silently. With a vocabulary the result is
 * in vocabulary (dataset) order, so equal selections always give equal links.
 */
export function parseIdList(raw: string, known: ReadonlySet<string> | undefined): Parsed<readonly string[]> {
  const parts = raw.split(',').filter((p) => p !== '');
  const kept = new Set<string>();
  const ignored: string[] = [];
  for (const part of parts) {
    const id = part.toLowerCase();
    if (ID_RE.test(id) && (!known || known.has(id))) kept.add(id);
    else ignored.push(part);
  }
  if (kept.size === 0) return { ok: false };
  const value = known ? [...known].filter((id) => kept.has(id)) : [...kept];
  return { ok: true, value, ignored };
}

export function parseId(raw: string, re: RegExp, known: ReadonlySet<string> | undefined): Parsed<string> {
  const id = raw.toLowerCase();
  return re.test(id) && (!known || known.has(id)) ? { ok: true, value: id } : { ok: false };
}

export function enumParser<T extends string>(values: readonly T[]) {
  return (raw: string): Parsed<T> => {
    const value = values.find((v) => v === raw.toLowerCase());
    return value === undefined ? { ok: false } : { ok: true, value };
  };
}

/**
 * `south,west,north,east` in decimal degrees (coordinates kept to 4 decimals, ≈ 10 m); anything
 * else (NaN, exponents, an edge past its opposite, outside the region) is invalid.
 */
export function parseMapArea(raw: string): Parsed<MapArea | null> {
  const parts = raw.split(',');
  if (parts.length !== 4 || parts.some((p) => !/^-?\d{1,3}(\.\d{1,8})?$/.test(p))) return { ok: false };
  const [south, west, north, east] = parts.map(Number) as [number, number, number, number];
  const area = roundArea({ south, west, north, east });
  return isAreaWithin(area, REGION_AREA) ? { ok: true, value: area } : { ok: false };
}

export const writeMapArea = (m: MapArea | null) => {
  if (!m) return null;
  const a = roundArea(m);
  return `${a.south},${a.west},${a.north},${a.east}`;
};
