import type { LabelBox } from './map-labels';
import type { Offset, Placement } from './park-placement';

/**
 * Placement for symbols drawn `scale` times their size (presentation mode): symbols `scale`
 * times larger at `zoom` are the same layout as symbols of their own size at `zoom − log2(scale)`,
 * where every distance is `scale` times shorter. So the worker places at that zoom, with the
 * names' boxes shrunk by `scale` (`scaledLabels`), and the offsets are stretched back here.
 */
export const placementZoom = (zoom: number, scale: number): number => zoom - Math.log2(scale);

export const scaledLabels = (labels: readonly LabelBox[], scale: number): LabelBox[] =>
  labels.map((l) => ({ ...l, halfWidth: l.halfWidth / scale, halfHeight: l.halfHeight / scale }));

export function scalePlacement(placement: Placement, scale: number): Placement {
  if (scale === 1) return placement;
  const offsets = new Map<string, Offset>();
  for (const [id, [dx, dy]] of placement.offsets) offsets.set(id, [dx * scale, dy * scale]);
  return {
    offsets,
    leaders: placement.leaders.map((l) => ({ ...l, to: [l.to[0] * scale, l.to[1] * scale] })),
  };
}
