import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/**
 * The map's view in a browser test, measured from what is drawn: no reaching into Leaflet.
 */

export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

const labelPoints = new Map<string, [number, number]>(
  (
    JSON.parse(readFileSync('public/geo/zhaoqing.json', 'utf8')) as {
      features: { properties: { role: string; code: string; labelPoint: [number, number] } }[];
    }
  ).features
    .filter((f) => f.properties.role === 'county')
    .map((f) => [f.properties.code, f.properties.labelPoint]),
);

/** Web Mercator in world units (0..1), as Leaflet's default CRS. */
const mercator = (lng: number, lat: number) => ({
  u: (lng + 180) / 360,
  v: 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI),
});

/**
 * Where the map looks, without reaching into Leaflet: each county's name is drawn centred on a
 * known point, so two names give the scale (hence the zoom) and the offset (hence the centre).
 */
export async function measuredMapView(page: Page): Promise<MapView> {
  // The map's box and the names' in one read, in one frame: read apart, a scroll between the two
  // reads (a phone's page scrolls under the map) would count as the map moving.
  const { map, labels } = await page.evaluate(() => {
    const maps = document.querySelectorAll('.map');
    if (maps.length !== 1) throw new Error(`${maps.length} maps`);
    const box = (maps[0] as Element).getBoundingClientRect();
    return {
      map: { x: box.x, y: box.y, width: box.width, height: box.height },
      labels: [...document.querySelectorAll('.county-label [data-code]')].map((e) => {
        const r = (e.closest('.leaflet-tooltip') ?? e).getBoundingClientRect();
        return { code: e.getAttribute('data-code') ?? '', x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }),
    };
  });
  const points = labels.map((l) => {
    const p = labelPoints.get(l.code);
    if (!p) throw new Error(`unknown county ${l.code}`);
    return { ...l, ...mercator(p[0], p[1]) };
  });
  // The two names furthest apart (east–west) measure the scale most precisely.
  const west = points.reduce((a, b) => (b.u < a.u ? b : a));
  const east = points.reduce((a, b) => (b.u > a.u ? b : a));
  const pixelsPerWorld =
    Math.hypot(east.x - west.x, east.y - west.y) / Math.hypot(east.u - west.u, east.v - west.v);
  const zoom = Math.log2(pixelsPerWorld / 256);
  const u = west.u + (map.x + map.width / 2 - west.x) / pixelsPerWorld;
  const v = west.v + (map.y + map.height / 2 - west.y) / pixelsPerWorld;
  const lat = ((2 * Math.atan(Math.exp(Math.PI * (1 - 2 * v))) - Math.PI / 2) * 180) / Math.PI;
  return { lat, lng: u * 360 - 180, zoom };
}

/** The area a link's `map=south,west,north,east` asks for. */
export interface MapArea {
  south: number;
  west: number;
  north: number;
  east: number;
}

export function mapParam(query: string): MapArea | null {
  const raw = new URLSearchParams(query).get('map');
  if (!raw) return null;
  const [south, west, north, east] = raw.split(',').map(Number);
  return { south: south ?? NaN, west: west ?? NaN, north: north ?? NaN, east: east ?? NaN };
}

const latOf = (v: number) => ((2 * Math.atan(Math.exp(Math.PI * (1 - 2 * v))) - Math.PI / 2) * 180) / Math.PI;

/**
 * The area of the map a reader can see: the map's box, cut to the window (a map may run below
 * the fold), measured from where the county names are drawn.
 */
export async function measuredMapArea(page: Page): Promise<MapArea> {
  const view = await measuredMapView(page);
  const map = await page.locator('.map').boundingBox();
  const viewport = page.viewportSize();
  if (!map || !viewport) throw new Error('no map');
  const pixelsPerWorld = 256 * 2 ** view.zoom;
  const centre = mercator(view.lng, view.lat);
  const cx = map.x + map.width / 2;
  const cy = map.y + map.height / 2;
  const top = Math.max(map.y, 0);
  const bottom = Math.min(map.y + map.height, viewport.height);
  const left = Math.max(map.x, 0);
  const right = Math.min(map.x + map.width, viewport.width);
  const u = (x: number) => (centre.u + (x - cx) / pixelsPerWorld) * 360 - 180;
  const v = (y: number) => latOf(centre.v + (y - cy) / pixelsPerWorld);
  return { south: v(bottom), west: u(left), north: v(top), east: u(right) };
}

/** Whether the reader sees all of `area` (to within `slack` degrees: a pixel or two of labels). */
export const showsArea = (seen: MapArea, area: MapArea, slack = 0.01) =>
  seen.south <= area.south + slack &&
  seen.north >= area.north - slack &&
  seen.west <= area.west + slack &&
  seen.east >= area.east - slack;

/** Same area, to what label placement allows at the zoom it was taken. */
export const sameMapArea = (a: MapArea, b: MapArea, slack = 0.01) =>
  showsArea(a, b, slack) && showsArea(b, a, slack);

/** Same view within what a pixel or two of label placement allows. */
const TOLERANCE = { zoom: 0.05, lat: 0.005, lng: 0.005 };

/** Same view (see TOLERANCE), as a test. */
export const sameMapView = (actual: MapView, expected: MapView) =>
  Math.abs(actual.zoom - expected.zoom) < TOLERANCE.zoom &&
  Math.abs(actual.lat - expected.lat) < TOLERANCE.lat &&
  Math.abs(actual.lng - expected.lng) < TOLERANCE.lng;

/**
 * Resolves once the map has come to rest: no Leaflet animation running and the map, its drawn
 * shapes and every county name in the same place for `frames` animation frames in a row (after a
 * pan, a zoom or a resize, whose re-fit runs in the next frame).
 */
export async function waitForMapSettled(page: Page, frames = 5): Promise<void> {
  await page.evaluate(() => {
    delete (window as { __mapSettle?: unknown }).__mapSettle;
  });
  await page.waitForFunction(
    (need) => {
      const w = window as { __mapSettle?: { last: string; same: number } };
      const boxes = [...document.querySelectorAll('.map, .leaflet-overlay-pane svg, .county-label')]
        .map((el) => {
          const r = el.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height].map((n) => n.toFixed(1)).join(',');
        })
        .join(' ');
      const moving = document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim') !== null;
      const state = (w.__mapSettle ??= { last: '', same: 0 });
      if (!moving && boxes === state.last) state.same++;
      else Object.assign(state, { last: moving ? '' : boxes, same: 0 });
      return state.same >= need;
    },
    frames,
    { polling: 'raf', timeout: 15_000 },
  );
}

export function expectSameMapView(actual: MapView, expected: MapView) {
  expect(Math.abs(actual.zoom - expected.zoom), `zoom ${actual.zoom} vs ${expected.zoom}`).toBeLessThan(
    TOLERANCE.zoom,
  );
  expect(Math.abs(actual.lat - expected.lat), `lat ${actual.lat} vs ${expected.lat}`).toBeLessThan(
    TOLERANCE.lat,
  );
  expect(Math.abs(actual.lng - expected.lng), `lng ${actual.lng} vs ${expected.lng}`).toBeLessThan(
    TOLERANCE.lng,
  );
}

/** A box on the page, as getBoundingClientRect gives it. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes overlap by more than `slack` pixels (anti-aliased edges may touch). */
export const boxesOverlap = (a: Box, b: Box, slack = 0) =>
  a.x + slack < b.x + b.width &&
  b.x + slack < a.x + a.width &&
  a.y + slack < b.y + b.height &&
  b.y + slack < a.y + a.height;

/**
 * Resolves once the scene is at rest: its symbols placed for this zoom (the map is not aria-busy),
 * no Leaflet animation, and the map's names, symbols and the card in the same place for 5 frames.
 */
export async function sceneSettled(page: Page) {
  await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false');
  await page.waitForFunction(() => {
    const w = window as { __sceneSettle?: { last: string; same: number } };
    const boxes = [
      ...document.querySelectorAll('.place-marker svg, .place-name-text, .county-label, .presentation-side'),
    ]
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${r.x.toFixed(1)},${r.y.toFixed(1)},${r.width.toFixed(1)}`;
      })
      .join(' ');
    const moving = document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim') !== null;
    const state = (w.__sceneSettle ??= { last: '', same: 0 });
    if (!moving && boxes === state.last) state.same++;
    else Object.assign(state, { last: boxes, same: 0 });
    return state.same >= 5;
  }, undefined);
  await page.evaluate(() => delete (window as { __sceneSettle?: unknown }).__sceneSettle);
}
