import type { PathOptions } from 'leaflet';
import type { Block } from '../../domain/schema/dataset-schema';
import { TIER_COLOR } from '../../domain/map/marker-shape';

/** East (九通一平) and west (八通一平) read apart by hue and by outline, not by colour alone. */
export const BLOCK_STYLE: Record<Block, PathOptions> = {
  east: { color: '#1d4f91', weight: 1.5, fillColor: '#8fb8e8', fillOpacity: 0.55 },
  west: { color: '#6b4f12', weight: 1.5, fillColor: '#e8cf8f', fillOpacity: 0.55, dashArray: '5 3' },
};

/** The chosen county is outlined more strongly; its fill stays, so the block stays readable. */
export const SELECTED_COUNTY: PathOptions = { weight: 3.5, color: '#0b1f33' };

/** Over an online base map the fills thin out so the tiles show through. */
export const OVER_TILES: PathOptions = { fillOpacity: 0.25 };

/** Muted neighbours; Greater Bay Area cities with a faint blue cast, so "east toward the GBA" shows. */
export const NEIGHBOUR_STYLE: PathOptions = {
  color: '#a7b0ba',
  weight: 1,
  fillColor: '#e6e9ed',
  fillOpacity: 1,
};
export const GBA_STYLE: PathOptions = {
  color: '#9aa9bb',
  weight: 1,
  fillColor: '#dce5ef',
  fillOpacity: 1,
};

/** A published extent (X01): dashed, lightly filled, in the core-park colour. */
export const EXTENT_STYLE: PathOptions = {
  color: TIER_COLOR.core,
  weight: 2,
  dashArray: '6 4',
  fillColor: TIER_COLOR.core,
  fillOpacity: 0.12,
};

/** From a county's name to its parks when they had to move aside (crowded districts at low zoom). */
export const LEADER_STYLE: PathOptions = {
  color: '#334155',
  weight: 1.5,
  dashArray: '2 3',
  opacity: 0.8,
  className: 'place-leader',
};

/**
 * How much larger present.css draws the symbols in presentation mode (`scale` on the svg: 1.35,
 * and twice that on a 4K screen, as the names double): placement and names keep clear of the
 * symbols as drawn.
 */
export function presentSymbolScale(width: number, height: number): number {
  return width >= 2800 && height >= 1500 ? 2.7 : 1.35;
}
