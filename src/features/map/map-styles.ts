import type { PathOptions } from 'leaflet';
import type { Block } from '../../domain/dataset-schema';

/** East (九通一平) and west (八通一平) read apart by hue and by outline, not by colour alone. */
export const BLOCK_STYLE: Record<Block, PathOptions> = {
  east: { color: '#1d4f91', weight: 1.5, fillColor: '#8fb8e8', fillOpacity: 0.55 },
  west: { color: '#6b4f12', weight: 1.5, fillColor: '#e8cf8f', fillOpacity: 0.55, dashArray: '5 3' },
};

export const NEIGHBOUR_STYLE: PathOptions = {
  color: '#a7b0ba',
  weight: 1,
  fillColor: '#e6e9ed',
  fillOpacity: 1,
};
