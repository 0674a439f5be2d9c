import { textWidth } from './map-labels';
import { cachedLines, NAME_STYLE, narrower, type NameStyle } from './name-lines';
import { ObstacleIndex } from './obstacle-index';
import type { Point } from './web-mercator';

/**
 * Names drawn on the map beside their symbols, so that a reader can scan the map and a presenter
 * can point at a park. Greedy by rank, like a printed map: the selection first, then the core
 * parks, then what the filter matches, then (only where there is room right beside them) the
 * rest. A name never covers another name, a county's name or a symbol; one that does not fit is
 * left out (the symbol keeps its tooltip and accessible name). More fit as the map is zoomed in.
 * Pure, and O(N) with a spatial hash: it runs on every filter change.
 */
export type NameRank = 'selected' | 'core' | 'match' | 'other';

const RANK_ORDER: Record<NameRank, number> = { selected: 0, core: 1, match: 2, other: 3 };

export interface NameCandidate {
  id: string;
  /** The symbol's centre, in world pixels at the zoom placed for. */
  at: Point;
  /** Half the symbol's pointer target: the name keeps clear of it. */
  half: number;
  text: string;
  rank: NameRank;
  /** Outside the filter (a core park is always named): drawn muted. */
  muted?: boolean;
}

/**
 * A symbol's claim to a name, or null: one outside the filter gets none unless it is selected or a
 * core park (the "3" of the layout are always named).
 */
export function nameRank(
  core: boolean,
  { selected, faded, filtering }: { selected: boolean; faded: boolean; filtering: boolean },
): NameRank | null {
  if (selected) return 'selected';
  if (core) return 'core';
  if (faded) return null;
  return filtering ? 'match' : 'other';
}

export interface PlacedName {
  id: string;
  lines: readonly string[];
  /** The centre of the name's box, in pixels from the symbol's centre. */
  dx: number;
  dy: number;
  halfWidth: number;
  halfHeight: number;
  /** Which side of the symbol it reads from: the text is aligned towards the symbol. */
  align: 'start' | 'end' | 'center';
  /** Drawn away from its symbol, so a leader joins them. */
  leader: boolean;
  muted: boolean;
}

export interface NameObstacles {
  /** Boxes in world pixels: county and neighbour names. */
  boxes: readonly { at: Point; halfWidth: number; halfHeight: number }[];
  /**
   * Every symbol drawn, named or not: centre and half its pointer target; `drawn`, the radius of
   * what is drawn (a small symbol sits in a larger target), which is what a leader must not cross.
   */
  symbols: readonly { id: string; at: Point; half: number; drawn?: number; core?: boolean }[];
}

/** Where a name may go, tried in this order (right first, as on most maps), as unit directions. */
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
  [0, -1],
  [0, 1],
];
/** Between those, for a name that must be shown: a leader then threads between close symbols. */
const BETWEEN: readonly (readonly [number, number])[] = [
  [1, -0.5],
  [1, 0.5],
  [-1, -0.5],
  [-1, 0.5],
  [0.5, -1],
  [-0.5, -1],
  [0.5, 1],
  [-0.5, 1],
];
/** A name of rank `other` goes only straight beside its symbol, where it cannot be misread. */
const BESIDE = DIRECTIONS.slice(0, 2);
/** Extra distances, in pixels, a name of rank above `other` may move out, with a leader. */
const CALLOUT_STEPS = [14, 28, 44, 62, 84];
const FAR_STEPS = [110, 140, 175];
/** Further still, for a name that must be shown (the selection, a core park) and found no room. */
const FARTHEST_STEPS = [215, 260, 310];

/** The candidates in the order they are placed: by rank, then as given. */
export function byRank<T extends { rank: NameRank }>(candidates: readonly T[]): T[] {
  return candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => RANK_ORDER[a.c.rank] - RANK_ORDER[b.c.rank] || a.i - b.i)
    .map(({ c }) => c);
}

/**
 * Places each candidate's name, best ranked first; `within` (world pixels) keeps names on the
 * part of the map that is always shown.
 */
export function placeNames(
  candidates: readonly NameCandidate[],
  obstacles: NameObstacles,
  style: NameStyle = NAME_STYLE,
  within?: { left: number; top: number; right: number; bottom: number },
  /**
   * A small screen's last resort for a name that must be shown (the core parks on a phone at its
   * start zoom): a leader across a firm's or a park's symbol, a county's name or another leader,
   * never across a core park's star or another place's name.
   * Presentation screens have the room and never take it.
   */
  lastResort = true,
): PlacedName[] {
  const index = new ObstacleIndex(64);
  for (const b of obstacles.boxes) index.addBox(b.at, b.halfWidth, b.halfHeight);
  // A symbol is a disc for the name's box and a square target: names keep off both. The symbols
  // alone once more, for the test that a name beside its symbol is not nearer another one.
  const symbols = new ObstacleIndex(64);
  // What a leader may not cross: names, leaders, and the symbols as drawn.
  const walls = new ObstacleIndex(64);
  // The last resort's: the places' names and the core parks' stars.
  const coreWalls = new ObstacleIndex(64);
  for (const b of obstacles.boxes) walls.addBox(b.at, b.halfWidth, b.halfHeight);
  for (const s of obstacles.symbols) {
    index.addDisc(s.at, s.half, s.half, s.id);
    symbols.addDisc(s.at, s.half, s.half, s.id);
    walls.addDisc(s.at, s.drawn ?? s.half, s.drawn ?? s.half, s.id);
    if (s.core) coreWalls.addDisc(s.at, s.drawn ?? s.half, s.drawn ?? s.half, s.id);
  }
  const inside = (x: number, y: number, hw: number, hh: number) =>
    !within ||
    (x - hw >= within.left && x + hw <= within.right && y - hh >= within.top && y + hh <= within.bottom);
  const spots: Spots = { index, symbols, walls, inside };

  const placed: PlacedName[] = [];
  for (const c of byRank(candidates)) {
    // The selection and the core parks may also go further out, and wrap narrower, before giving up.
    const near = { style, steps: [0, ...CALLOUT_STEPS], directions: DIRECTIONS };
    const far = {
      style: narrower(style),
      steps: [0, ...CALLOUT_STEPS, ...FAR_STEPS],
      directions: DIRECTIONS,
    };
    // Never a leader through another symbol (the audience would take one park for another): a
    // name that finds no clear spot even furthest out is left to its symbol's tooltip.
    const farthest = {
      ...far,
      steps: [...CALLOUT_STEPS, ...FAR_STEPS, ...FARTHEST_STEPS],
      directions: [...DIRECTIONS, ...BETWEEN],
    };
    const tries: Try[] =
      c.rank === 'other'
        ? [{ style, steps: [0], directions: BESIDE }]
        : c.rank === 'match'
          ? [near]
          : lastResort
            ? [near, far, farthest, { ...farthest, walls: coreWalls }]
            : [near, far, farthest];
    for (const t of tries) {
      const lines = cachedLines(c.text, t.style);
      if (lines.length === 0) break;
      // A little halo around the text, as the county names have.
      const halfWidth = Math.max(...lines.map((l) => textWidth(l, t.style.fontSize))) / 2 + 2;
      const halfHeight = (lines.length * t.style.lineHeight) / 2 + 1;
      const spot = findSpot(c, halfWidth, halfHeight, t, spots);
      if (!spot) continue;
      const [dx, dy, ux, extra] = spot;
      index.addBox([c.at[0] + dx, c.at[1] + dy], halfWidth, halfHeight);
      walls.addBox([c.at[0] + dx, c.at[1] + dy], halfWidth, halfHeight);
      coreWalls.addBox([c.at[0] + dx, c.at[1] + dy], halfWidth, halfHeight);
      if (extra > 0)
        for (const [px, py] of leaderPoints(c, dx, dy, halfWidth, halfHeight)) {
          index.addDisc([px, py], 1);
          walls.addDisc([px, py], 1);
        }
      const align = ux > 0 ? 'start' : ux < 0 ? 'end' : 'center';
      placed.push({
        id: c.id,
        lines,
        dx,
        dy,
        halfWidth,
        halfHeight,
        align,
        leader: extra > 0,
        muted: !!c.muted,
      });
      break;
    }
  }
  return placed;
}

interface Try {
  style: NameStyle;
  steps: readonly number[];
  directions: readonly (readonly [number, number])[];
  /** What its leader may not cross, when not the usual (`Spots.walls`). */
  walls?: ObstacleIndex;
}

interface Spots {
  /** Names, county names, leaders and symbols: what a name may not overlap. */
  index: ObstacleIndex;
  symbols: ObstacleIndex;
  /** What a leader may not cross: names, leaders, and the symbols as drawn. */
  walls: ObstacleIndex;
  inside: (x: number, y: number, hw: number, hh: number) => boolean;
}

/** A name beside its symbol keeps this much further from any other symbol, so it is not misread. */
const UNAMBIGUOUS = 7;

/** The first free spot: [dx, dy, the direction's x, the extra distance]. */
function findSpot(
  c: NameCandidate,
  hw: number,
  hh: number,
  { style, steps, directions, walls: own }: Try,
  { index, symbols, walls, inside }: Spots,
): [number, number, number, number] | null {
  const gap = style.gap;
  const reach = c.half + gap;
  for (const extra of steps)
    for (const [ux, uy] of directions) {
      // Beside the symbol's target (corners diagonal to it), then `extra` further out along the
      // direction (whose larger component is 1).
      const len = Math.hypot(ux, uy);
      const dx = ux * (reach + hw) + (ux / len) * extra;
      const dy = uy * (reach + hh) + (uy / len) * extra;
      const x = c.at[0] + dx;
      const y = c.at[1] + dy;
      if (!inside(x, y, hw, hh) || !index.boxClear(x, y, hw, hh, gap, c.id)) continue;
      // Right beside: no other symbol as near. Further out: a leader that crosses nothing.
      const clear =
        extra === 0
          ? symbols.boxClear(x, y, hw, hh, gap + UNAMBIGUOUS, c.id)
          : leaderClear(c, dx, dy, hw, hh, own ?? walls);
      if (clear) return [dx, dy, ux, extra];
    }
  return null;
}

/** Points along a leader, every 4 px, from just outside its symbol to the name's box. */
function leaderPoints(c: NameCandidate, dx: number, dy: number, hw: number, hh: number): Point[] {
  const [x0, y0, x1, y1] = leaderLine({ dx, dy, halfWidth: hw, halfHeight: hh }, c.half + 2);
  const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 4));
  const out: Point[] = [];
  for (let i = 0; i < n; i++)
    out.push([c.at[0] + x0 + ((x1 - x0) * i) / n, c.at[1] + y0 + ((y1 - y0) * i) / n]);
  return out;
}

function leaderClear(c: NameCandidate, dx: number, dy: number, hw: number, hh: number, index: ObstacleIndex) {
  return leaderPoints(c, dx, dy, hw, hh).every(([x, y]) => index.pointClear(x, y, 1, c.id));
}

/**
 * The leader of a name drawn away from its symbol: from the symbol's edge to the nearest point of
 * the name's box, in pixels from the symbol's centre.
 */
export function leaderLine(
  name: Pick<PlacedName, 'dx' | 'dy' | 'halfWidth' | 'halfHeight'>,
  half: number,
): readonly [number, number, number, number] {
  const x1 = Math.max(name.dx - name.halfWidth, Math.min(0, name.dx + name.halfWidth));
  const y1 = Math.max(name.dy - name.halfHeight, Math.min(0, name.dy + name.halfHeight));
  const len = Math.hypot(x1, y1) || 1;
  return [(x1 / len) * half, (y1 / len) * half, x1, y1];
}
