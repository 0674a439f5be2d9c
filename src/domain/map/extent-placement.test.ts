import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../schema/dataset-schema';
import { boundsOf, counties, toLatLng, type BoundsTuple, type LatLngTuple } from './geo';
import { countyRegions, placeMarkers } from './park-placement';
import { fitZoom, project } from './web-mercator';
import { labelBox, mapLabel, type LabelBox } from './map-labels';
import { mapItems, SYMBOL_SIZE, type MapItem } from './map-items';
import { shippedDataset, shippedGeography } from '../../testing/shipped-data';

/**
 * Positions match their words (data audit 2026-12, N2): the High-tech Zone's published extent holds
 * the zone's own symbols (or a leader line runs from them into it), and never a symbol of another
 * group, at every zoom from the phone's start to the closest.
 */
const geography = shippedGeography;
const labelPoints = new Map<string, LatLngTuple>(
  counties(geography).map((f) => [f.properties.code, toLatLng(f.properties.labelPoint)]),
);
const { placed } = mapItems(shippedDataset, labelPoints);
const regions = countyRegions(counties(geography));
const bounds = boundsOf(counties(geography));
const PHONE_ZOOM = fitZoom(bounds, [390, 360], { min: 6, max: 14 });
const zooms = Array.from({ length: (14 - PHONE_ZOOM) / 0.25 + 1 }, (_, i) => PHONE_ZOOM + i * 0.25);
const labelsFor = (lang: Lang): LabelBox[] =>
  geography.features.map((f) =>
    labelBox(
      toLatLng(f.properties.labelPoint),
      mapLabel(f.properties.name, lang),
      f.properties.role === 'county' ? 13 : 12,
    ),
  );

const zone = placed.find((p) => p.id === 'high-tech-zone') as MapItem;
const extent = zone.extent as BoundsTuple;

/** The extent in pixels at `zoom`: [left, top, right, bottom]. */
function box(zoom: number) {
  const [[s, w], [n, e]] = extent;
  const [x0, y0] = project([n, w], zoom);
  const [x1, y1] = project([s, e], zoom);
  return [x0, y0, x1, y1] as const;
}

function at(item: MapItem, offsets: ReadonlyMap<string, readonly [number, number]>, zoom: number) {
  const [x, y] = project(item.anchor, zoom);
  const [dx, dy] = offsets.get(item.id) ?? [0, 0];
  return [x + dx, y + dy] as const;
}

describe('the High-tech Zone’s published extent (N2)', () => {
  it('is the only extent, and three items are said to lie within it', () => {
    expect(placed.filter((p) => p.extent).map((p) => p.id)).toEqual(['high-tech-zone']);
    expect(placed.filter((p) => p.precision === 'within').map((p) => p.id)).toEqual([
      'dawang-nev-park',
      'xpeng',
      'catl-ruiqing',
    ]);
  });

  it.each(LANGS)(
    'holds its own symbols, or a leader line from them ends inside it, at every zoom (%s)',
    (lang) => {
      const labels = labelsFor(lang);
      let inside = 0;
      let led = 0;
      for (const zoom of zooms) {
        const { offsets, leaders } = placeMarkers(placed, labels, zoom, { within: bounds, regions });
        const [x0, y0, x1, y1] = box(zoom);
        const own = placed.filter((p) => p.group === zone.group);
        const allInside = own.every((it) => {
          const [x, y] = at(it, offsets, zoom);
          const r = SYMBOL_SIZE[it.symbol] / 2;
          return x - r >= x0 && x + r <= x1 && y - r >= y0 && y + r <= y1;
        });
        const leader = leaders.find((l) => l.group === zone.group);
        if (allInside) {
          inside += 1;
          expect(leader, `zoom ${zoom}: a leader although the symbols are inside`).toBeUndefined();
          continue;
        }
        led += 1;
        expect(leader, `zoom ${zoom}: symbols outside the box with no leader`).toBeDefined();
        const [ax, ay] = project(leader?.anchor ?? [0, 0], zoom);
        expect(ax > x0 && ax < x1 && ay > y0 && ay < y1, `zoom ${zoom}: leader starts outside`).toBe(true);
        // Beside the box, none of them half in it: the box is kept clear.
        for (const it of own) {
          const [x, y] = at(it, offsets, zoom);
          const r = SYMBOL_SIZE[it.symbol] / 2;
          const clear = x + r <= x0 || x - r >= x1 || y + r <= y0 || y - r >= y1;
          expect(clear, `zoom ${zoom}: ${it.id} straddles the box`).toBe(true);
        }
      }
      // Both cases happen: a small box at the start zooms, a large one closer in.
      expect(led).toBeGreaterThan(0);
      expect(inside).toBeGreaterThan(0);
    },
  );

  it.each(LANGS)('never holds a symbol of another group, at any zoom (%s)', (lang) => {
    const labels = labelsFor(lang);
    for (const zoom of zooms) {
      const { offsets } = placeMarkers(placed, labels, zoom, { within: bounds, regions });
      const [x0, y0, x1, y1] = box(zoom);
      for (const it of placed.filter((p) => p.group !== zone.group)) {
        const [x, y] = at(it, offsets, zoom);
        const r = SYMBOL_SIZE[it.symbol] / 2;
        const clear = x + r <= x0 || x - r >= x1 || y + r <= y0 || y - r >= y1;
        expect(clear, `zoom ${zoom}: ${it.id} (${it.precision}) inside the zone’s box`).toBe(true);
      }
    }
  });
});
