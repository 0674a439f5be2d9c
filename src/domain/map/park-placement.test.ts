import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../schema/dataset-schema';
import { boundsOf, counties, toLatLng, type LatLngTuple } from './geo';
import { countyRegions, placeMarkers, placementByZoom, type Offset } from './park-placement';
import { fitZoom, project, unproject } from './web-mercator';
import { labelBox, mapLabel, type LabelBox } from './map-labels';
import { mapItems, SYMBOL_SIZE, TARGET_SIZE, targetHalf, type MapItem } from './map-items';
import { shippedDataset, shippedGeography } from '../../testing/shipped-data';
import { timingBudget } from '../../testing/test-budget';

// The shipped files, so that a change to the data or the geography is checked here too.
const dataset = shippedDataset;
const geography = shippedGeography;
const labelPoints = new Map<string, LatLngTuple>(
  counties(geography).map((f) => [f.properties.code, toLatLng(f.properties.labelPoint)]),
);
const { placed, unplaced } = mapItems(dataset, labelPoints);
const regions = countyRegions(counties(geography));

const labelsFor = (lang: Lang): LabelBox[] =>
  geography.features.map((f) =>
    labelBox(
      toLatLng(f.properties.labelPoint),
      mapLabel(f.properties.name, lang),
      f.properties.role === 'county' ? 13 : 12,
    ),
  );

/** Map boxes a little smaller than the app's at 1280×800 and 390×844, so the start zooms are not flattered. */
const bounds = boundsOf(counties(geography));
const DESKTOP_ZOOM = fitZoom(bounds, [860, 560], { min: 6, max: 14 });
const PHONE_ZOOM = fitZoom(bounds, [390, 360], { min: 6, max: 14 });
const zoomsFrom = (start: number) =>
  Array.from({ length: (14 - start) / 0.25 + 1 }, (_, i) => start + i * 0.25);

function screen(item: MapItem, offset: Offset, zoom: number): [number, number] {
  const [x, y] = project(item.anchor, zoom);
  return [x + offset[0], y + offset[1]];
}

function overlaps(offsets: Map<string, Offset>, zoom: number, labels: readonly LabelBox[]): string[] {
  const problems: string[] = [];
  const at = placed.map((it) => ({ it, p: screen(it, offsets.get(it.id) ?? [0, 0], zoom) }));
  for (let i = 0; i < at.length; i++) {
    const a = at[i];
    if (!a) continue;
    const ra = SYMBOL_SIZE[a.it.symbol] / 2;
    for (let j = i + 1; j < at.length; j++) {
      const b = at[j];
      if (!b) continue;
      const dist = Math.hypot(a.p[0] - b.p[0], a.p[1] - b.p[1]);
      const need = ra + SYMBOL_SIZE[b.it.symbol] / 2;
      if (dist < need) problems.push(`${a.it.id} × ${b.it.id}: ${dist.toFixed(1)} px < ${need} px`);
    }
    for (const l of labels) {
      const [cx, cy] = project(l.center, zoom);
      const qx = Math.max(cx - l.halfWidth, Math.min(a.p[0], cx + l.halfWidth));
      const qy = Math.max(cy - l.halfHeight, Math.min(a.p[1], cy + l.halfHeight));
      if (Math.hypot(a.p[0] - qx, a.p[1] - qy) < ra) problems.push(`${a.it.id} covers a label`);
    }
  }
  return problems;
}

describe('which items are drawn, and where the source puts them', () => {
  it('draws every park with a published location and leaves the unpublished ones off the map', () => {
    const parkIds = placed.filter((p) => p.kind === 'park').map((p) => p.id);
    for (const park of dataset.parks) {
      if (park.location.precision === 'unpublished') expect(unplaced).toContain(park.id);
      else expect(parkIds).toContain(park.id);
    }
    for (const e of dataset.entities.filter((x) => x.location.precision === 'unpublished'))
      expect(unplaced).toContain(e.id);
    expect(placed.some((p) => unplaced.includes(p.id))).toBe(false);
  });

  it('anchors a county-level park at its county label point, and an area park at the centre of its extent', () => {
    const duanzhou = placed.find((p) => p.id === 'duanzhou-components');
    expect(duanzhou).toMatchObject({ precision: 'county', anchor: labelPoints.get('441202'), extent: null });
    const htz = placed.find((p) => p.id === 'high-tech-zone');
    expect(htz?.precision).toBe('area');
    expect(htz?.extent).toEqual([
      [23.25, 112.7833],
      [23.4, 112.8667],
    ]);
    expect(htz?.anchor[0]).toBeCloseTo(23.325, 6);
    expect(htz?.anchor[1]).toBeCloseTo(112.825, 6);
  });

  it('draws items only known to be inside the High-tech Zone with it, without an extent of their own', () => {
    const htz = placed.find((p) => p.id === 'high-tech-zone');
    for (const id of ['dawang-nev-park', 'xpeng', 'catl-ruiqing']) {
      const item = placed.find((p) => p.id === id);
      expect(item, id).toMatchObject({ precision: 'within', extent: null, group: htz?.group });
      expect(item?.anchor).toEqual(htz?.anchor);
    }
    expect(placed.filter((p) => p.extent !== null).map((p) => p.id)).toEqual(['high-tech-zone']);
  });

  it('tells the tiers apart by symbol: core parks, parks inside a core park, parks, clusters, firms', () => {
    const symbolOf = (id: string) => placed.find((p) => p.id === id)?.symbol;
    expect(symbolOf('high-tech-zone')).toBe('core');
    expect(symbolOf('new-area')).toBe('core');
    expect(symbolOf('agglomeration-zone')).toBe('core');
    expect(symbolOf('dawang-nev-park')).toBe('core-sub');
    expect(symbolOf('deqing-wind')).toBe('park');
    expect(symbolOf('sihui-polymer')).toBe('cluster');
    expect(symbolOf('gcl')).toBe('entity');
    expect(SYMBOL_SIZE.core).toBeGreaterThan(SYMBOL_SIZE.park);
    expect(SYMBOL_SIZE.park).toBeGreaterThan(SYMBOL_SIZE.entity);
  });

  it('leaves out a county-level item whose county has no label point rather than guessing', () => {
    const some = new Map(labelPoints);
    some.delete('441226');
    expect(mapItems(dataset, some).unplaced).toContain('deqing-wind');
  });
});

describe('placement keeps every marker visible', () => {
  it('starts from sensible zooms for a desktop and a phone map', () => {
    expect(DESKTOP_ZOOM).toBeGreaterThanOrEqual(8);
    expect(PHONE_ZOOM).toBeGreaterThanOrEqual(7);
    expect(PHONE_ZOOM).toBeLessThan(DESKTOP_ZOOM);
  });

  it('would overlap without it: several parks share one county label point', () => {
    const naive = new Map<string, Offset>(placed.map((p) => [p.id, [0, 0]]));
    expect(overlaps(naive, DESKTOP_ZOOM, []).length).toBeGreaterThan(5);
  });

  it.each(LANGS)(
    'no two markers overlap and none covers a place name, from the phone start zoom to 14 (%s)',
    (lang) => {
      const labels = labelsFor(lang);
      for (const zoom of zoomsFrom(PHONE_ZOOM)) {
        const { offsets } = placeMarkers(placed, labels, zoom);
        expect(overlaps(offsets, zoom, labels), `zoom ${zoom}`).toEqual([]);
      }
    },
  );

  it.each(LANGS)(
    'never lets two markers’ 24-px pointer targets overlap (WCAG 2.5.8), from the phone start zoom to 14 (%s)',
    (lang) => {
      expect(targetHalf('entity') * 2).toBe(TARGET_SIZE);
      const labels = labelsFor(lang);
      for (const zoom of zoomsFrom(PHONE_ZOOM)) {
        const { offsets } = placeMarkers(placed, labels, zoom, { within: bounds, regions });
        const at = placed.map((it) => ({
          id: it.id,
          t: targetHalf(it.symbol),
          p: screen(it, offsets.get(it.id) ?? [0, 0], zoom),
        }));
        const overlapping: string[] = [];
        for (let i = 0; i < at.length; i++)
          for (let j = i + 1; j < at.length; j++) {
            const a = at[i];
            const b = at[j];
            if (!a || !b) continue;
            const [dx, dy] = [Math.abs(a.p[0] - b.p[0]), Math.abs(a.p[1] - b.p[1])];
            // Two squares overlap when they overlap along both axes.
            if (dx < a.t + b.t - 1e-6 && dy < a.t + b.t - 1e-6)
              overlapping.push(`${a.id} × ${b.id}: ${dx.toFixed(1)}, ${dy.toFixed(1)} px`);
          }
        expect(overlapping, `zoom ${zoom}`).toEqual([]);
      }
    },
  );

  it('keeps each marker near where the source puts it', () => {
    const labels = labelsFor('en');
    for (const zoom of zoomsFrom(PHONE_ZOOM)) {
      const { offsets } = placeMarkers(placed, labels, zoom, { within: bounds, regions });
      for (const it of placed) {
        const [dx, dy] = offsets.get(it.id) ?? [0, 0];
        // Two rows of symbols beside a name, plus room to step aside for a crowded neighbour
        // (the small eastern districts at phone zoom; a leader line then leads back). At the phone's
        // first two zooms those districts are a few pixels wide and every symbol needs its 24-px
        // target (TARGET_SIZE): the High-tech Zone's block then stands up to 180 px away.
        const limit = zoom < PHONE_ZOOM + 0.5 ? 180 : 120;
        expect(Math.hypot(dx, dy), `${it.id} at zoom ${zoom}`).toBeLessThan(limit);
      }
    }
  });

  it.each([
    ['phone', PHONE_ZOOM],
    ['desktop', DESKTOP_ZOOM],
  ])('keeps every marker inside the fitted view of Zhaoqing at the %s start zoom', (_, zoom) => {
    const { offsets } = placeMarkers(placed, labelsFor('en'), zoom, { within: bounds, regions });
    const [[s, w], [n, e]] = bounds;
    const [left, top] = project([n, w], zoom);
    const [right, bottom] = project([s, e], zoom);
    for (const it of placed) {
      const [x, y] = screen(it, offsets.get(it.id) ?? [0, 0], zoom);
      const r = SYMBOL_SIZE[it.symbol] / 2;
      // The fit leaves 12 px of padding around this box; symbols may use 8 of them.
      expect(x - r, it.id).toBeGreaterThanOrEqual(left - 8.01);
      expect(x + r, it.id).toBeLessThanOrEqual(right + 8.01);
      expect(y - r, it.id).toBeGreaterThanOrEqual(top - 8.01);
      expect(y + r, it.id).toBeLessThanOrEqual(bottom + 8.01);
    }
  });

  it('puts a lone county park just under its county name once nothing else is near', () => {
    const labels = labelsFor('zh-Hans');
    const { offsets } = placeMarkers(placed, labels, 12);
    const [dx, dy] = offsets.get('deqing-wind') ?? [99, 99];
    expect(Math.abs(dx)).toBeLessThan(1);
    expect(dy).toBeGreaterThan(8);
    expect(dy).toBeLessThan(30);
  });

  it('is deterministic', () => {
    const labels = labelsFor('zh-Hant');
    expect(placeMarkers(placed, labels, PHONE_ZOOM)).toEqual(placeMarkers(placed, labels, PHONE_ZOOM));
  });

  it('parts items that start exactly on top of each other', () => {
    const same: LatLngTuple = [23, 112.5];
    const items = ['a', 'b', 'c'].map((id) => ({
      id,
      group: id,
      anchor: same,
      symbol: 'park' as const,
      precision: 'county' as const,
    }));
    const { offsets } = placeMarkers(items, [], 9);
    const pts = items.map((i) => offsets.get(i.id) ?? [0, 0]);
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) {
        const a = pts[i] ?? [0, 0];
        const b = pts[j] ?? [0, 0];
        expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(SYMBOL_SIZE.park);
      }
  });
});

describe('web mercator', () => {
  it('round-trips a point and matches Leaflet at zoom 0', () => {
    const p: LatLngTuple = [23.05, 112.47];
    const back = unproject(project(p, 9.25), 9.25);
    expect(back[0]).toBeCloseTo(p[0], 9);
    expect(back[1]).toBeCloseTo(p[1], 9);
    // Leaflet: L.CRS.EPSG3857.latLngToPoint([0, 0], 0) = (128, 128).
    expect(project([0, 0], 0)).toEqual([128, 128]);
  });

  it('fits like Leaflet: a bigger box never gives a smaller zoom', () => {
    expect(fitZoom(bounds, [1200, 900])).toBeGreaterThanOrEqual(fitZoom(bounds, [600, 450]));
    expect(fitZoom(bounds, [600, 450]) % 0.25).toBe(0);
  });
});

describe('placement at scale', () => {
  it('remembers each zoom: the same zoom gives the very same placement', () => {
    const place = placementByZoom(placed, labelsFor('zh-Hans'), { within: bounds, regions });
    expect(place(DESKTOP_ZOOM)).toBe(place(DESKTOP_ZOOM));
    expect(place(DESKTOP_ZOOM + 1)).not.toBe(place(DESKTOP_ZOOM));
  });

  it('places 250 exact points (the most drawn as symbols) apart, in well under a second', () => {
    const many: MapItem[] = Array.from({ length: 250 }, (_, i) => ({
      ...(placed[0] as MapItem),
      id: `p${i}`,
      kind: 'entity',
      symbol: 'entity',
      layer: 'entities',
      precision: 'exact',
      anchor: [22.9 + (i % 25) * 0.02, 112.2 + Math.floor(i / 25) * 0.05],
      group: `exact:${i}`,
    }));
    const start = performance.now();
    const { offsets } = placeMarkers(many, labelsFor('zh-Hans'), 10, { within: bounds, regions });
    expect(performance.now() - start).toBeLessThan(timingBudget(1000));
    expect(offsets.size).toBe(250);
  });
});
