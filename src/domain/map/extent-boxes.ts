import type { BlockLayout } from './placement-blocks';
import type { PlacementInput } from './park-placement';
import { project, type Point } from './web-mercator';

/**
 * Published extents (the High-tech Zone's box, X01) as placement sees them: a group with one is
 * drawn inside it when the box can hold its block, and every other group is kept out of it, so
 * the map never shows a county-level symbol inside an extent that is not its own.
 */

/** A published extent in pixels at one zoom. */
export interface ExtentBox {
  centre: Point;
  hw: number;
  hh: number;
}

/** Each group's published extent (the first member's that has one), in pixels at `zoom`. */
export function extentBoxes(items: readonly PlacementInput[], zoom: number): Map<string, ExtentBox> {
  const out = new Map<string, ExtentBox>();
  for (const it of items) {
    if (!it.extent || out.has(it.group)) continue;
    const [[s, w], [n, e]] = it.extent;
    const [x0, y0] = project([n, w], zoom);
    const [x1, y1] = project([s, e], zoom);
    out.set(it.group, { centre: [(x0 + x1) / 2, (y0 + y1) / 2], hw: (x1 - x0) / 2, hh: (y1 - y0) / 2 });
  }
  return out;
}

/** Whether every symbol of `block`, centred at (cx, cy), lies wholly inside the box. */
export function holds(box: ExtentBox, block: BlockLayout, radii: readonly number[], cx: number, cy: number) {
  const [bx, by] = box.centre;
  return block.slots.every(([sx, sy], k) => {
    const r = radii[k] ?? 0;
    return Math.abs(cx + sx - bx) + r <= box.hw && Math.abs(cy + sy - by) + r <= box.hh;
  });
}
