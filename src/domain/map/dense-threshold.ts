import type { Dataset } from '../schema/dataset-schema';

/**
 * Past this many exact points, places are counted in screen cells on one canvas (dense-points.ts).
 * A module of its own: the first screen asks only whether a dataset is that dense, and must not
 * carry the cell counting, which goes with the map's chunk.
 */
export const DENSE_THRESHOLD = 250;

/** Whether a dataset has more published points than can be drawn one by one. */
export const hasDensePoints = (dataset: Dataset): boolean =>
  dataset.entities.filter((e) => e.location.precision === 'exact').length > DENSE_THRESHOLD;
