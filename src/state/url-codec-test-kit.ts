// The URL codec's tests (url-codec.test.ts, tables; url-codec.property.test.ts, properties) share this.
import { expect } from 'vitest';
import { shippedVocabulary } from '../../tests/fixtures/shipped-vocabulary';
import { LANGS } from '../domain/schema/vocabulary';
import {
  COMPARE_MAX,
  COMPARE_MIN,
  DEFAULT_VIEW,
  LAYER_IDS,
  MODES,
  REGION_AREA,
  TAB_IDS,
  type ViewState,
} from './view-state';

export const vocab = shippedVocabulary();

/** Whatever a link said: a view the app can show, of the shipped dataset's ids only. */
export function expectValidView(view: ViewState) {
  expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
  expect(Object.keys(view).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
  expect(view.lang === null || LANGS.includes(view.lang)).toBe(true);
  expect(view.sectors.every((s) => vocab.sectors.has(s))).toBe(true);
  expect(new Set(view.sectors).size).toBe(view.sectors.length);
  expect(view.park === null || vocab.parks.has(view.park)).toBe(true);
  expect(view.county === null || vocab.counties.has(view.county)).toBe(true);
  expect(view.park === null || view.county === null).toBe(true);
  expect(view.entity === null || vocab.entities.has(view.entity)).toBe(true);
  expect(view.entity === null || (view.park === null && view.county === null)).toBe(true);
  expect(['all', 'sourced']).toContain(view.links);
  if (view.map) {
    const { south, west, north, east } = view.map;
    for (const n of [south, west, north, east]) expect(Number.isFinite(n)).toBe(true);
    expect(south).toBeLessThan(north);
    expect(west).toBeLessThan(east);
    expect(south).toBeGreaterThanOrEqual(REGION_AREA.south);
    expect(north).toBeLessThanOrEqual(REGION_AREA.north);
    expect(west).toBeGreaterThanOrEqual(REGION_AREA.west);
    expect(east).toBeLessThanOrEqual(REGION_AREA.east);
  }
  expect(view.hidden.every((l) => LAYER_IDS.includes(l))).toBe(true);
  expect(TAB_IDS).toContain(view.tab);
  expect(MODES).toContain(view.mode);
  expect(view.compare.every((p) => vocab.parks.has(p))).toBe(true);
  expect(new Set(view.compare).size).toBe(view.compare.length);
  expect(view.compare.length).toBeLessThanOrEqual(COMPARE_MAX);
  if (view.tab === 'compare') expect(view.compare.length).toBeGreaterThanOrEqual(COMPARE_MIN);
  if (view.mode === 'present') expect(view.compare).toEqual([]);
}
