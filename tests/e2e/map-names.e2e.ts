import { readFileSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';
import { expect, openApp, PHONE, screenshot, test } from './fixtures';
import { boxesOverlap, measuredMapView, waitForMapSettled, type Box } from './map-view';

/**
 * A map that names its places and a phone that scrolls (issue 13): the core parks' names are on
 * the first screen in each language, clear of each other and of every symbol; one finger over the
 * map scrolls the page and leaves the map alone; two fingers move the map.
 */

interface Park {
  id: string;
  tier: string;
  parent: string | null;
  name: Record<'zh-Hans' | 'zh-Hant' | 'en', string>;
}
const parks = (JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as { parks: Park[] }).parks;
const core = parks.filter((p) => p.tier === 'core' && p.parent === null);

const overlap = (a: Box, b: Box) => boxesOverlap(a, b);

test.describe('a map that names its places', () => {
  for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const)
    test(`shows the core parks' names on the first screen at 1280×800 in ${lang}`, async ({ page }) => {
      await openApp(page, `/?lang=${lang}`);
      for (const park of core)
        await expect(page.locator(`.place-name [data-id="${park.id}"] .place-name-text`)).toBeVisible();
      await waitForMapSettled(page);
      const map = await page.locator('.map').boundingBox();
      if (!map) throw new Error('no map');
      const names = await page.locator('.place-name-text').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          const id = e.closest('[data-id]')?.getAttribute('data-id') ?? '';
          return { id, text: e.textContent ?? '', box: { x: r.x, y: r.y, width: r.width, height: r.height } };
        }),
      );
      const symbols = await page.locator('.leaflet-marker-pane .place-marker svg').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      );
      for (const park of core) {
        const name = names.find((n) => n.id === park.id);
        // The whole name in the reader's language, wrapped onto lines.
        expect(name?.text.replace(/\n/g, lang === 'en' ? ' ' : '')).toBe(park.name[lang]);
        const box = name?.box ?? { x: -1, y: -1, width: 0, height: 0 };
        // On the first screen, inside the map.
        expect(box.x).toBeGreaterThanOrEqual(map.x);
        expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
        expect(box.y).toBeGreaterThanOrEqual(map.y);
        expect(box.y + box.height).toBeLessThanOrEqual(800);
      }
      // No name covers another name or any symbol.
      names.forEach((a, i) => {
        for (const b of names.slice(i + 1)) expect(overlap(a.box, b.box), `${a.id} × ${b.id}`).toBe(false);
        for (const s of symbols) expect(overlap(a.box, s), `${a.id} covers a symbol`).toBe(false);
      });
      await screenshot(page, `map-names-1280-${lang}`);
    });
});

/** A touch gesture sent as the touch screen would: points pressed, moved in frames, released. */
async function gesture(
  cdp: CDPSession,
  from: readonly (readonly [number, number])[],
  by: readonly [number, number],
) {
  const at = (t: number) => from.map(([x, y], id) => ({ x: x + by[0] * t, y: y + by[1] * t, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= 12; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / 12) });
    // A frame between moves, as a finger gives: the browser recognises a scroll from their pace.
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('a phone that scrolls', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-GB' });

  test('one finger over the map scrolls the page and leaves the map where it was; two fingers move the map', async ({
    context,
    page,
  }) => {
    await openApp(page, '/?lang=en');
    await waitForMapSettled(page);
    const cdp = await context.newCDPSession(page);
    const map = await page.locator('.map').boundingBox();
    if (!map) throw new Error('no map');
    const before = await measuredMapView(page);
    const search = new URL(page.url()).search;

    await gesture(cdp, [[map.x + map.width / 2, map.y + map.height * 0.75]], [0, -300]);
    await page.waitForFunction(() => window.scrollY > 100);
    await expect(page.locator('.map-gesture-hint')).toHaveText('Use two fingers to move the map');
    await waitForMapSettled(page);
    const after = await measuredMapView(page);
    expect(after.lat).toBeCloseTo(before.lat, 6);
    expect(after.lng).toBeCloseTo(before.lng, 6);
    expect(after.zoom).toBeCloseTo(before.zoom, 6);
    // Nothing moved, so nothing was written to the link either.
    expect(new URL(page.url()).search).toBe(search);
    await expect(page.locator('.map-gesture-hint')).toBeEmpty();

    // Two fingers, side by side, moved together to the right: the map follows, the page stays.
    const scrolled = await page.evaluate(() => window.scrollY);
    const now = await page.locator('.map').boundingBox();
    if (!now) throw new Error('no map');
    const y = Math.max(now.y + 60, 60);
    const cx = now.x + now.width / 2;
    await gesture(
      cdp,
      [
        [cx - 50, y],
        [cx + 50, y],
      ],
      [80, 0],
    );
    await expect(page).toHaveURL((url) => url.searchParams.has('map'));
    await waitForMapSettled(page);
    expect((await measuredMapView(page)).lng).toBeLessThan(before.lng);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });
});
