import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../schema/dataset-schema';
import { boundsOf, counties, toLatLng, type LatLngTuple } from './geo';
import { labelBox, mapLabel } from './map-labels';
import { mapItems, SYMBOL_SIZE, targetHalf } from './map-items';
import { countyRegions, placeMarkers } from './park-placement';
import { NAME_STYLE, nameLines, presentNameStyle } from './name-lines';
import { nameRank, placeNames, type NameCandidate, type NameObstacles, type PlacedName } from './place-names';
import { fitZoom, project, type Point } from './web-mercator';
import { shippedDataset, shippedGeography } from '../../testing/shipped-data';

// The shipped files: the names must fit the real map, not a convenient one.
const dataset = shippedDataset;
const geography = shippedGeography;
const labelPoints = new Map<string, LatLngTuple>(
  counties(geography).map((f) => [f.properties.code, toLatLng(f.properties.labelPoint)]),
);
const { placed } = mapItems(dataset, labelPoints);
const bounds = boundsOf(counties(geography));
const regions = countyRegions(counties(geography));
const CORE = dataset.parks.filter((p) => p.tier === 'core' && p.parent === null).map((p) => p.id);

type Box = { x: number; y: number; hw: number; hh: number };
const overlap = (a: Box, b: Box) => Math.abs(a.x - b.x) < a.hw + b.hw && Math.abs(a.y - b.y) < a.hh + b.hh;

/** The map at a start zoom, as the app draws it: placed symbols, county names, the view's box. */
function mapAt(lang: Lang, size: readonly [number, number], filter: (id: string) => boolean = () => true) {
  const zoom = fitZoom(bounds, size, { min: 6, max: 14 });
  const labels = geography.features.map((f) =>
    labelBox(
      toLatLng(f.properties.labelPoint),
      mapLabel(f.properties.name, lang),
      f.properties.role === 'county' ? 13 : 12,
    ),
  );
  const { offsets } = placeMarkers(placed, labels, zoom, { within: bounds, regions });
  const at = new Map(
    placed.map((it): [string, Point] => {
      const [x, y] = project(it.anchor, zoom);
      const [dx, dy] = offsets.get(it.id) ?? [0, 0];
      return [it.id, [x + dx, y + dy]];
    }),
  );
  const names = new Map([...dataset.parks, ...dataset.entities].map((x) => [x.id, x.name[lang]]));
  const candidates: NameCandidate[] = placed.flatMap((it) => {
    const faded = !filter(it.id);
    const rank = nameRank(it.symbol === 'core', { selected: false, faded, filtering: false });
    return rank
      ? [
          {
            id: it.id,
            at: at.get(it.id) ?? [0, 0],
            half: targetHalf(it.symbol),
            text: names.get(it.id) ?? '',
            rank,
            muted: faded,
          },
        ]
      : [];
  });
  const obstacles: NameObstacles = {
    boxes: labels.map((l) => ({
      at: project(l.center, zoom),
      halfWidth: l.halfWidth,
      halfHeight: l.halfHeight,
    })),
    symbols: placed.map((it) => ({
      id: it.id,
      at: at.get(it.id) ?? [0, 0],
      half: targetHalf(it.symbol),
      drawn: SYMBOL_SIZE[it.symbol] / 2,
      core: it.symbol === 'core',
    })),
  };
  // The view: Zhaoqing fitted in the map's box, centred.
  const [l, t] = project([bounds[1][0], bounds[0][1]], zoom);
  const [r, b] = project([bounds[0][0], bounds[1][1]], zoom);
  const cx = (l + r) / 2;
  const cy = (t + b) / 2;
  const view = {
    left: cx - size[0] / 2,
    top: cy - size[1] / 2,
    right: cx + size[0] / 2,
    bottom: cy + size[1] / 2,
  };
  return { candidates, obstacles, view, at, names: placeNames(candidates, obstacles, NAME_STYLE, view) };
}

const boxOf = (n: PlacedName, at: Point): Box => ({
  x: at[0] + n.dx,
  y: at[1] + n.dy,
  hw: n.halfWidth,
  hh: n.halfHeight,
});

describe('names on the shipped map', () => {
  for (const lang of LANGS)
    for (const [label, size] of [
      ['1280×800 desktop', [880, 530]],
      ['390×844 phone', [390, 420]],
    ] as const)
      it(`names the three core parks in ${lang} at the ${label} start zoom, overlapping nothing`, () => {
        const { names, obstacles, view, at } = mapAt(lang, size);
        expect(names.map((n) => n.id)).toEqual(expect.arrayContaining(CORE));
        const boxes = names.map((n) => boxOf(n, at.get(n.id) ?? [0, 0]));
        boxes.forEach((a, i) => {
          // Inside the view, clear of the other names, the county names and every symbol.
          expect(a.x - a.hw).toBeGreaterThanOrEqual(view.left);
          expect(a.x + a.hw).toBeLessThanOrEqual(view.right);
          for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
          for (const l of obstacles.boxes)
            expect(overlap(a, { x: l.at[0], y: l.at[1], hw: l.halfWidth, hh: l.halfHeight })).toBe(false);
          for (const s of obstacles.symbols)
            expect(overlap(a, { x: s.at[0], y: s.at[1], hw: s.half, hh: s.half })).toBe(false);
        });
      });

  it('puts a name without a leader nearer its own symbol than any other', () => {
    const maps = LANGS.flatMap((lang) => [mapAt(lang, [880, 530]), mapAt(lang, [1760, 1060])]);
    const beside = maps.flatMap(({ names, at }) => names.filter((n) => !n.leader).map((n) => ({ n, at })));
    expect(beside.length).toBeGreaterThan(10);
    for (const { n, at } of beside) {
      const box = boxOf(n, at.get(n.id) ?? [0, 0]);
      const dist = (p: Point) =>
        Math.hypot(
          Math.max(0, Math.abs(p[0] - box.x) - box.hw),
          Math.max(0, Math.abs(p[1] - box.y) - box.hh),
        );
      const own = dist(at.get(n.id) ?? [0, 0]);
      for (const [id, p] of at) if (id !== n.id) expect(dist(p), `${n.id} vs ${id}`).toBeGreaterThan(own);
    }
  });

  it('names more places when zoomed in', () => {
    const count = (size: readonly [number, number]) => mapAt('en', size).names.length;
    expect(count([1760, 1060])).toBeGreaterThan(count([880, 530]));
  });

  it('names no place outside the filter but the core parks, which are drawn muted', () => {
    const nev = new Set(
      [...dataset.parks, ...dataset.entities].filter((x) => x.sectors.includes('nev')).map((x) => x.id),
    );
    const { names } = mapAt('en', [880, 530], (id) => nev.has(id));
    for (const n of names) {
      expect(nev.has(n.id) || CORE.includes(n.id), n.id).toBe(true);
      expect(n.muted).toBe(!nev.has(n.id));
    }
  });
});

describe('placeNames', () => {
  const one = (rank: NameCandidate['rank'], text = 'Sihui') => ({
    id: 'a',
    at: [100, 100] as Point,
    half: 12,
    text,
    rank,
  });
  const nothing: NameObstacles = { boxes: [], symbols: [{ id: 'a', at: [100, 100], half: 12 }] };

  it('puts a name to the right of its symbol when nothing is in the way', () => {
    const [n] = placeNames([one('other')], nothing);
    expect(n).toMatchObject({ align: 'start', leader: false, dy: 0 });
    expect((n?.dx ?? 0) - (n?.halfWidth ?? 0)).toBeCloseTo(12 + NAME_STYLE.gap, 5);
  });

  it('moves a core name out with a leader when the spots beside it are taken, but leaves an ordinary one out', () => {
    // A ring of other symbols round "a", open at the top: room only further out, through the gap.
    const ring = Array.from({ length: 16 }, (_, i) => {
      const a = (i / 16) * 2 * Math.PI;
      return { id: `r${i}`, at: [100 + 34 * Math.cos(a), 100 + 34 * Math.sin(a)] as Point, half: 8 };
    }).filter((_, i) => i !== 12);
    const crowded = { boxes: [], symbols: [...nothing.symbols, ...ring] };
    expect(placeNames([one('other')], crowded)).toEqual([]);
    const [core] = placeNames([one('core')], crowded);
    expect(core?.leader).toBe(true);
    // Out through the gap, straight up.
    expect(core?.dx).toBe(0);
    expect(core?.dy).toBeLessThan(0);
  });

  it('runs a leader across a symbol only as a small screen’s last resort, and never across a core star', () => {
    const ring = (core: boolean) =>
      Array.from({ length: 16 }, (_, i) => {
        const a = (i / 16) * 2 * Math.PI;
        return { id: `r${i}`, at: [100 + 34 * Math.cos(a), 100 + 34 * Math.sin(a)] as Point, half: 8, core };
      });
    const walled = (core: boolean) => ({ boxes: [], symbols: [...nothing.symbols, ...ring(core)] });
    // Walled in by firms: on a small screen, out across one; on a presentation screen, no name.
    expect(placeNames([one('core')], walled(false))[0]?.leader).toBe(true);
    expect(placeNames([one('core')], walled(false), NAME_STYLE, undefined, false)).toEqual([]);
    // Walled in by core parks' stars: never across one.
    expect(placeNames([one('core')], walled(true))).toEqual([]);
  });

  it('gives the selection the best spot, whatever the order given', () => {
    const a = { ...one('other'), id: 'a' };
    const b = { ...one('selected'), id: 'b', at: [100, 130] as Point };
    const symbols = [...nothing.symbols, { id: 'b', at: [100, 130] as Point, half: 12 }];
    const names = placeNames([a, b], { boxes: [], symbols });
    expect(names[0]?.id).toBe('b');
  });

  it('keeps names inside the box it is given: to the left when the right is cut off, else not at all', () => {
    const [left] = placeNames([one('other')], nothing, NAME_STYLE, {
      left: 0,
      top: 0,
      right: 150,
      bottom: 200,
    });
    expect(left?.align).toBe('end');
    expect(
      placeNames([one('other')], nothing, NAME_STYLE, { left: 60, top: 0, right: 150, bottom: 200 }),
    ).toEqual([]);
  });
});

describe('nameLines and styles', () => {
  it('wraps a long name into balanced lines and cuts the last with an ellipsis past the limit', () => {
    const lines = nameLines(
      'Qinglan Technology South China HQ and hydrogen fuel-cell R&D and production base',
      NAME_STYLE,
    );
    expect(lines.length).toBe(NAME_STYLE.maxLines);
    expect(lines.at(-1)).toMatch(/…$/);
    expect(nameLines('肇庆新区', NAME_STYLE)).toEqual(['肇庆新区']);
  });

  it('sizes presentation names to be read from 5 m: 2.5 % of the screen height or more', () => {
    expect(presentNameStyle(1920, 1080).fontSize).toBe(27);
    expect(presentNameStyle(3840, 2160).fontSize).toBe(54);
    // A tall screen: the height's share rules, not the root size.
    expect(presentNameStyle(1920, 1200).fontSize).toBe(30);
  });
});
