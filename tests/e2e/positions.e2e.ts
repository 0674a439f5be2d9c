import { readFileSync } from 'node:fs';
import { expect, openApp, test, type Page } from './fixtures';
import { waitForMapSettled } from './map-view';

/**
 * Positions match their words (data audit 2026-12, N2), as drawn: at each screen size and in each
 * language, the High-tech Zone's published extent (the dashed box) holds no symbol that is not the
 * zone's own, and the zone's own symbols (its star, and the park, XPeng and CATL said to lie
 * within it) are inside the box, or beside it with a leader line that starts inside it.
 */

interface Located {
  location: { precision: string };
}
const data = JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as {
  parks: Located[];
  entities: Located[];
};
const drawn = [...data.parks, ...data.entities].filter((x) => x.location.precision !== 'unpublished');
const zoneOwn = drawn.filter((x) => ['area', 'within'].includes(x.location.precision)).length;

const SIZES = [
  [390, 844],
  [1280, 800],
  [1440, 1000],
  [1920, 1080],
  [3840, 2160],
] as const;

interface Drawn {
  label: string;
  precision: string;
  x: number;
  y: number;
  r: number;
}
interface Scene {
  box: { left: number; top: number; right: number; bottom: number };
  markers: Drawn[];
  /** Each leader line's two ends, in page pixels. */
  leaders: [number, number, number, number][];
}

/** The extent's box, every marker's symbol (centre and radius) and every leader line's ends. */
function readScene(page: Page): Promise<Scene> {
  return page.evaluate(() => {
    const extent = document.querySelector('path.park-extent');
    if (!extent) throw new Error('no extent box on the map');
    const b = extent.getBoundingClientRect();
    const markers = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane .place-marker')].map(
      (el) => {
        const symbol = (el.querySelector('svg') ?? el).getBoundingClientRect();
        const precision = [...el.classList].find((c) => /^place-marker-(county|within|area|exact)$/.test(c));
        return {
          label: el.getAttribute('aria-label') ?? '',
          precision: precision?.replace('place-marker-', '') ?? '?',
          x: symbol.x + symbol.width / 2,
          y: symbol.y + symbol.height / 2,
          r: Math.min(symbol.width, symbol.height) / 2,
        };
      },
    );
    const leaders = [...document.querySelectorAll<SVGPathElement>('path.place-leader')].map((path) => {
      const m = path.getScreenCTM();
      if (!m) throw new Error('a leader line with no screen position');
      const ends = [path.getPointAtLength(0), path.getPointAtLength(path.getTotalLength())].map((p) =>
        p.matrixTransform(m),
      );
      return [ends[0]?.x ?? 0, ends[0]?.y ?? 0, ends[1]?.x ?? 0, ends[1]?.y ?? 0] as [
        number,
        number,
        number,
        number,
      ];
    });
    return { box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom }, markers, leaders };
  });
}

for (const [width, height] of SIZES)
  test(`at ${width}×${height}, in each language, the published extent holds its own symbols and no other`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      await openApp(page, `/?lang=${lang}`);
      await expect(page.locator('.leaflet-marker-pane .place-marker')).toHaveCount(drawn.length);
      await waitForMapSettled(page);
      const { box, markers, leaders } = await readScene(page);
      const where = `${width}×${height} ${lang}`;
      expect(box.right - box.left, `${where}: the box is drawn`).toBeGreaterThan(2);
      const inBox = (x: number, y: number) => x > box.left && x < box.right && y > box.top && y < box.bottom;
      const clearOfBox = (m: Drawn) =>
        m.x + m.r <= box.left + 0.5 ||
        m.x - m.r >= box.right - 0.5 ||
        m.y + m.r <= box.top + 0.5 ||
        m.y - m.r >= box.bottom - 0.5;

      const own = markers.filter((m) => m.precision === 'area' || m.precision === 'within');
      expect(own, where).toHaveLength(zoneOwn);
      for (const m of markers.filter((x) => !own.includes(x)))
        expect(clearOfBox(m), `${where}: ${m.label} lies in the High-tech Zone's box`).toBe(true);

      const allInside = own.every(
        (m) =>
          m.x - m.r >= box.left - 0.5 &&
          m.x + m.r <= box.right + 0.5 &&
          m.y - m.r >= box.top - 0.5 &&
          m.y + m.r <= box.bottom + 0.5,
      );
      if (allInside) continue;
      // Beside the box: none of them half in it, and a leader line runs from inside the box.
      for (const m of own) expect(clearOfBox(m), `${where}: ${m.label} straddles the box`).toBe(true);
      const into = leaders.filter(([x0, y0, x1, y1]) => inBox(x0, y0) !== inBox(x1, y1));
      expect(into.length, `${where}: no leader line from the box to its symbols`).toBeGreaterThan(0);
    }
  });
