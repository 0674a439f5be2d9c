import type { Dataset, Park } from '../schema/dataset-schema';
import type { BoundsTuple } from '../map/geo';
import type { MapArea } from '../map/map-area';
import { divisionOf, entityDivision } from '../parks/park-directory';
import { matchesSectors } from '../parks/sector-match';
import type { Scene } from './tour';

/**
 * What a presentation scene is about on the map, and how its position is known:
 * - `city`: the whole of Zhaoqing (the overview, the key figures);
 * - `extent`: a park's published extent (the High-tech Zone's box), or the extent a park is
 *   known to lie within (the Dawang NEV park);
 * - `divisions`: counties — the one a park is known only by (`county`), a county scene, a block's
 *   four, or those holding a sector's matches.
 */
export type SceneSubject =
  | { kind: 'city' }
  | { kind: 'extent'; bounds: BoundsTuple; within: string | null }
  | { kind: 'divisions'; codes: readonly string[]; why: 'county' | 'block' | 'matches' | 'park-county' };

const CITY: SceneSubject = { kind: 'city' };

function parkSubject(park: Park, dataset: Dataset): SceneSubject {
  const loc = park.location;
  if (loc.precision === 'area') return { kind: 'extent', bounds: loc.bounds, within: null };
  if (loc.precision === 'within') {
    const parent = dataset.parks.find((p) => p.id === loc.parent);
    if (parent?.location.precision === 'area')
      return { kind: 'extent', bounds: parent.location.bounds, within: parent.id };
  }
  const code = divisionOf(park);
  return code ? { kind: 'divisions', codes: [code], why: 'park-county' } : CITY;
}

/** The subject of `scene` in `dataset`. */
export function sceneSubject(scene: Scene, dataset: Dataset): SceneSubject {
  switch (scene.kind) {
    case 'overview':
    case 'figures':
      return CITY;
    case 'county':
      return { kind: 'divisions', codes: [scene.code], why: 'county' };
    case 'block':
      return {
        kind: 'divisions',
        codes: dataset.divisions.filter((d) => d.block === scene.block).map((d) => d.code),
        why: 'block',
      };
    case 'park': {
      const park = dataset.parks.find((p) => p.id === scene.id);
      return park ? parkSubject(park, dataset) : CITY;
    }
    case 'sector': {
      const sectors = [scene.id];
      const codes = new Set<string>();
      for (const p of dataset.parks) {
        const code = matchesSectors(p.sectors, sectors) ? divisionOf(p) : null;
        if (code) codes.add(code);
      }
      for (const e of dataset.entities) {
        const code = matchesSectors(e.sectors, sectors) ? entityDivision(e) : null;
        if (code) codes.add(code);
      }
      // In dataset order, so the same sector always frames the same way.
      const ordered = dataset.divisions.map((d) => d.code).filter((c) => codes.has(c));
      return ordered.length ? { kind: 'divisions', codes: ordered, why: 'matches' } : CITY;
    }
  }
}

/**
 * Around a published extent, this much of the extent's own size on every side: the extent then
 * takes about half of the map's width or height, with the symbols and names drawn in and
 * beside it in view.
 */
export const EXTENT_MARGIN = 0.5;
/** Around counties: a little room for the names of the parks at their edges. */
export const DIVISION_MARGIN = 0.06;

const grow = ([[s, w], [n, e]]: BoundsTuple, by: number): MapArea => {
  const dy = (n - s) * by;
  const dx = (e - w) * by;
  return { south: s - dy, west: w - dx, north: n + dy, east: e + dx };
};

/**
 * The map area that frames a subject (null only when the geography has none of its counties).
 * `counties` gives each county's bounds (from the geography); the city is all of them.
 */
export function subjectArea(
  subject: SceneSubject,
  counties: ReadonlyMap<string, BoundsTuple>,
): MapArea | null {
  if (subject.kind === 'extent') return grow(subject.bounds, EXTENT_MARGIN);
  const codes = subject.kind === 'city' ? [...counties.keys()] : subject.codes;
  let box: BoundsTuple | null = null;
  for (const code of codes) {
    const b = counties.get(code);
    if (!b) continue;
    box = box
      ? [
          [Math.min(box[0][0], b[0][0]), Math.min(box[0][1], b[0][1])],
          [Math.max(box[1][0], b[1][0]), Math.max(box[1][1], b[1][1])],
        ]
      : b;
  }
  return box ? grow(box, DIVISION_MARGIN) : null;
}
