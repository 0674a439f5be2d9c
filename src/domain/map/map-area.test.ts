import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaAround, clipArea, fitArea, isAreaWithin, roundArea, sameArea, type MapArea } from './map-area';
import { project } from './web-mercator';

/** The maps of the dashboard at these window sizes (measured in Chromium). */
const DESKTOP_1920: [number, number] = [1520, 838];
const DESKTOP_1280: [number, number] = [880, 536];
const PHONE: [number, number] = [390, 448];
const FIT = { snap: 0.25, min: 6, max: 14 };

/** Whether `inner` lies inside `outer`, to link precision. */
const contains = (outer: MapArea, inner: MapArea) =>
  inner.south >= outer.south - 1e-4 &&
  inner.north <= outer.north + 1e-4 &&
  inner.west >= outer.west - 1e-4 &&
  inner.east <= outer.east + 1e-4;

/** What a map of `size` shows once `area` is fitted into it. */
const shown = (area: MapArea, size: [number, number]) => {
  const { center, zoom } = fitArea(area, size, FIT);
  return { zoom, area: areaAround(center, zoom, size) };
};

const HIGH_TECH_DESKTOP = roundArea(areaAround([23.3, 112.75], 11, DESKTOP_1920));

describe('map areas', () => {
  it('shows all of a desktop area on a phone, zoomed out just enough', () => {
    const phone = shown(HIGH_TECH_DESKTOP, PHONE);
    expect(contains(phone.area, HIGH_TECH_DESKTOP)).toBe(true);
    // 1520 px of width into 390: two zoom steps out (less would cut it, more would waste the screen).
    expect(phone.zoom).toBe(9);
  });

  it('shows a phone area on a desktop with more around it, never less of it', () => {
    const phoneArea = roundArea(areaAround([23.05, 112.47], 12, PHONE));
    const desktop = shown(phoneArea, DESKTOP_1920);
    expect(contains(desktop.area, phoneArea)).toBe(true);
    // The height decides: 448 px of area into 838 px of map, less than one step in.
    expect(desktop.zoom).toBe(12.75);
  });

  it('opens an area written at a zoom step on the same screen at that step again', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 21.5, max: 25, noNaN: true }),
        fc.double({ min: 110, max: 114, noNaN: true }),
        fc.integer({ min: 6 * 4, max: 14 * 4 }).map((q) => q / 4),
        fc.constantFrom(DESKTOP_1920, DESKTOP_1280, PHONE),
        (lat, lng, zoom, size) => {
          // Rounded to link precision, as the link carries it.
          const area = roundArea(areaAround([lat, lng], zoom, size));
          const fitted = fitArea(area, size, FIT);
          expect(fitted.zoom).toBe(zoom);
          // The centre to within a pixel.
          const [x0, y0] = project([lat, lng], zoom);
          const [x1, y1] = project(fitted.center, zoom);
          expect(Math.hypot(x1 - x0, y1 - y0)).toBeLessThan(1);
        },
      ),
    );
  });

  it('keeps to the allowed zooms: a tiny area opens at the deepest, a huge one at the widest', () => {
    expect(fitArea({ south: 23, west: 112, north: 23.0001, east: 112.0001 }, PHONE, FIT).zoom).toBe(14);
    expect(fitArea({ south: 18, west: 104, north: 30, east: 120 }, PHONE, FIT).zoom).toBe(6);
    expect(fitArea({ south: 23, west: 112, north: 23.5, east: 112.5 }, [0, 0], FIT).zoom).toBe(6);
  });

  it('cuts an area to the region, and tells an area from a crossed or outside one', () => {
    const region = { south: 18, west: 104, north: 30, east: 120 };
    expect(clipArea({ south: 10, west: 100, north: 24, east: 130 }, region)).toEqual({
      south: 18,
      west: 104,
      north: 24,
      east: 120,
    });
    expect(isAreaWithin({ south: 23, west: 112, north: 23.5, east: 112.5 }, region)).toBe(true);
    expect(isAreaWithin({ south: 23.5, west: 112, north: 23, east: 112.5 }, region)).toBe(false);
    expect(isAreaWithin({ south: 23, west: 112.5, north: 23.5, east: 112.5 }, region)).toBe(false);
    expect(isAreaWithin({ south: 17, west: 112, north: 23.5, east: 112.5 }, region)).toBe(false);
  });

  it('counts areas equal to link precision as the same area', () => {
    const a = { south: 23, west: 112, north: 23.5, east: 112.5 };
    expect(sameArea(a, { ...a, north: 23.50001 })).toBe(true);
    expect(sameArea(a, { ...a, north: 23.5002 })).toBe(false);
    expect(roundArea({ south: 23.123456, west: 112.98765, north: 23.5, east: 113 })).toEqual({
      south: 23.1235,
      west: 112.9877,
      north: 23.5,
      east: 113,
    });
  });
});
