import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/domain/schema/dataset-schema';
import { servePreview } from '../../scripts/bench/serve.mjs';
import {
  DESKTOP,
  escapeRegExp,
  expect,
  marker,
  openApp,
  PHONE,
  screenshot,
  search,
  test,
  type Page,
} from './fixtures';
import { measuredMapView, waitForMapSettled } from './map-view';

/**
 * The 344 map in Chromium against the production build: every park visible and told
 * apart at desktop and phone sizes, reachable by mouse, keyboard and list, details opened and
 * closed with focus returned, remounts and resizes survived, an unreachable tile server
 * tolerated, and no console errors.
 */

const dataset = datasetSchema.parse(JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')));
/** Every park with a location the sources publish (all of them today); unpublished ones are list-only. */
const drawnParks = dataset.parks.filter((p) => p.location.precision !== 'unpublished');
const coreParks = dataset.parks.filter((p) => p.tier === 'core' && p.parent === null);
const characteristicParks = dataset.parks.filter((p) => p.tier !== 'core');

type Box = { x: number; y: number; width: number; height: number };
const inside = (inner: Box, outer: Box, slack = 1) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;
/** Two round symbols, by their boxes: centres at least the sum of their radii apart. */
const apart = (a: Box, b: Box, slack = 1) =>
  Math.hypot(a.x + a.width / 2 - b.x - b.width / 2, a.y + a.height / 2 - b.y - b.height / 2) >=
  (a.width + b.width) / 2 - slack;

async function mapBox(page: Page): Promise<Box> {
  const box = await page.locator('.map').boundingBox();
  if (!box) throw new Error('the map has no box');
  return box;
}

/** The drawn boxes of every park marker, keyed by park id (from the name). */
async function parkBoxes(page: Page): Promise<Map<string, Box>> {
  const out = new Map<string, Box>();
  for (const park of drawnParks) {
    const m = marker(page, park.name['zh-Hans']);
    await expect(m, park.id).toHaveCount(1);
    const box = await m.boundingBox();
    if (!box) throw new Error(`${park.id} has no box`);
    out.set(park.id, box);
  }
  return out;
}

/** The place marker that holds the focus (itself or something in it). */
const focusedMarker = (page: Page) => page.locator('.place-marker:focus-within');

for (const { name, width, height } of [
  { name: 'desktop', ...DESKTOP },
  { name: 'phone', ...PHONE },
])
  test.describe(`every park on the first screen, ${name} (${width}×${height})`, () => {
    test.use({ viewport: { width, height } });

    test('draws the 3 core parks and every characteristic park inside the map, apart, approximate ones hollow', async ({
      page,
      baseURL,
    }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await openApp(page);
      // On a phone the map sits under the filter: the reader scrolls to it.
      await page.locator('.map').scrollIntoViewIfNeeded();
      const map = await mapBox(page);
      const viewport = { x: 0, y: 0, width, height };
      const boxes = await parkBoxes(page);
      expect(coreParks).toHaveLength(3);
      expect(characteristicParks.length).toBeGreaterThanOrEqual(9);
      for (const park of drawnParks) {
        const box = boxes.get(park.id);
        if (!box) throw new Error(park.id);
        expect(inside(box, map), `${park.id} inside the map`).toBe(true);
        expect(inside(box, viewport), `${park.id} on screen`).toBe(true);
        // Nothing covers it: the top element at its centre is the marker itself.
        const hit = await page.evaluate(
          ([x, y]) =>
            document
              .elementFromPoint(x ?? 0, y ?? 0)
              ?.closest('.place-marker')
              ?.getAttribute('aria-label') ?? null,
          [box.x + box.width / 2, box.y + box.height / 2],
        );
        expect(hit, park.id).toMatch(new RegExp(`^${escapeRegExp(park.name['zh-Hans'])}（`));
      }
      // No two symbols overlap (each is drawn within the circle its box inscribes).
      const all = [...boxes.entries()];
      for (let i = 0; i < all.length; i++)
        for (let j = i + 1; j < all.length; j++) {
          const [a, ba] = all[i] ?? ['', map];
          const [b, bb] = all[j] ?? ['', map];
          expect(apart(ba, bb), `${a} and ${b} overlap`).toBe(true);
        }

      // Told apart: core parks by a bigger star; county-level places hollow and dashed, the
      // High-tech Zone (known extent, X01) solid with its dashed box.
      for (const park of coreParks)
        await expect(marker(page, park.name['zh-Hans'])).toHaveClass(/\bplace-marker-core\b/);
      await expect(marker(page, '德庆风机装备园')).toHaveClass(/\bplace-marker-county\b/);
      await expect(marker(page, '肇庆新区')).toHaveClass(/\bplace-marker-county\b/);
      await expect(marker(page, '肇庆高新区')).toHaveClass(/\bplace-marker-area\b/);
      const extent = await page.locator('path.park-extent').boundingBox();
      expect(extent && inside(extent, map)).toBe(true);
      const coreSize = (await marker(page, '肇庆新区').boundingBox())?.width ?? 0;
      const parkSize = (await marker(page, '德庆风机装备园').boundingBox())?.width ?? 0;
      expect(coreSize).toBeGreaterThan(parkSize);

      // The embedded map is the default: nothing is fetched from anywhere but the app itself.
      expect(requests.filter((u) => !u.startsWith(baseURL ?? '') && !u.startsWith('data:'))).toEqual([]);
      expect(search(page)).toBe('');
      await screenshot(page, `map-first-screen-${name}`);
    });
  });

test.describe('keyboard and list', () => {
  test('reaches a marker by Tab, opens it with Enter, closes with Escape and returns focus to it', async ({
    page,
  }) => {
    await openApp(page);
    const map = page.getByRole('region', { name: '肇庆市“344”园区地图' });
    await map.focus();
    // Arrow keys pan and +/- zoom the focused map.
    const before = await measuredMapView(page);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('+');
    // Measured from where the county names are drawn: no element or attribute holds the zoom.
    await expect.poll(async () => (await measuredMapView(page)).zoom).toBeGreaterThan(before.zoom + 0.5);
    await waitForMapSettled(page);
    const after = await measuredMapView(page);
    expect(after.zoom).toBeGreaterThan(before.zoom + 0.5);
    await openApp(page);
    await map.focus();

    const target = /^肇庆新区（/;
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
      );
      found = target.test(name);
    }
    expect(found).toBe(true);
    await expect(page.locator(':focus')).not.toHaveCSS('outline-style', 'none');
    await screenshot(page, 'map-marker-focused');

    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: '肇庆新区' });
    await expect(heading).toBeFocused();
    const details = page.locator('.place-details');
    await expect(details).toContainText('位置近似（县级）');
    await expect(details).toContainText('来源：');
    await expect(page).toHaveURL((url) => url.searchParams.get('park') === 'new-area');
    await screenshot(page, 'map-details-open-by-keyboard');

    await page.keyboard.press('Escape');
    await expect(page.locator('.place-details')).toHaveCount(0);
    await expect(focusedMarker(page)).toHaveAttribute('aria-label', target);
    await expect(page).toHaveURL((url) => !url.searchParams.has('park'));
  });

  test.describe('on a phone', () => {
    test.use({ viewport: PHONE });

    test('opens the same details from the list and from a click, and closing returns focus to the row', async ({
      page,
    }) => {
      await openApp(page);
      await page.getByRole('tab', { name: '园区' }).click();
      // Chromium puts spaces between the row's name and details (they are laid out as blocks).
      const row = page.getByRole('button', { name: /^德庆风机装备园\s*，/ });
      await row.focus();
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { level: 2, name: '德庆风机装备园' });
      await expect(heading).toBeFocused();
      // On a phone the details are brought into view.
      await expect(heading).toBeInViewport();
      const box = await heading.boundingBox();
      expect(box && box.y >= 0 && box.y < 844).toBe(true);
      await screenshot(page, 'map-details-phone');
      await page.keyboard.press('Shift+Tab');
      await expect(page.locator(':focus')).toContainText('关闭详情');
      await page.keyboard.press('Enter');
      await expect(row).toBeFocused();

      // The map marker opens the very same panel.
      await marker(page, '德庆风机装备园').click();
      await expect(heading).toBeVisible();
      await page.getByRole('button', { name: '关闭详情' }).click();
      await expect(focusedMarker(page)).toHaveAttribute('aria-label', /^德庆风机装备园（/);
    });
  });

  test('opens a county from its shape, and says when none of its parks matches the filter', async ({
    page,
  }) => {
    await openApp(page, '?sectors=nev');
    const labelLocator = page.locator('.county-label [data-code="441225"]');
    await expect(labelLocator).toBeVisible();
    const label = await labelLocator.boundingBox();
    if (!label) throw new Error('no label');
    // Just above the name: the county's own shape (names and markers sit above it).
    await page.mouse.click(label.x + label.width / 2, label.y - 12);
    await expect(page.getByRole('heading', { level: 2, name: '封开县' })).toBeVisible();
    await expect(page.locator('.place-details')).toContainText('这里没有符合所选产业的园区');
    await expect(marker(page, '长岗绿色建材产业园')).toHaveClass(/\bis-faded\b/);
    await screenshot(page, 'map-county-no-match');
  });
});

test.describe('what must hold', () => {
  test('survives re-rendering in every language and switching layers, with one map and no errors', async ({
    page,
  }) => {
    await openApp(page);
    const count = await page.locator('.place-marker').count();
    for (const lang of ['English', '繁體中文', '简体中文']) {
      await page.getByRole('button', { name: lang, exact: true }).click();
      await expect(page.locator('.leaflet-container')).toHaveCount(1);
      await expect(page.locator('.place-marker')).toHaveCount(count);
    }
    // Names follow once the language's placement arrives from its worker.
    await expect(marker(page, '肇庆高新区')).toHaveCount(1);
    // Below 1600 px the legend starts folded to its title: open it as a reader would.
    await page.locator('details.map-legend > summary').click();
    const core = page.getByRole('checkbox', { name: '核心园区' });
    await core.uncheck();
    await expect(page.locator('.place-marker-core')).toHaveCount(0);
    await core.check();
    await expect(page.locator('.place-marker-core')).toHaveCount(3);
    await expect(page.locator('.leaflet-container')).toHaveCount(1);
  });

  test('stays whole and fitted when the window is resized (no grey, nothing misplaced, no map= written)', async ({
    page,
  }) => {
    await openApp(page);
    for (const [width, height] of [
      [1000, 700],
      [1440, 900],
      [390, 844],
      [844, 390],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await waitForMapSettled(page);
      await page.locator('.map').scrollIntoViewIfNeeded();
      const map = await mapBox(page);
      // Leaflet re-measured: its vector layer covers the whole map, so no part is left undrawn.
      const svg = await page.locator('.leaflet-overlay-pane svg').boundingBox();
      expect(svg && inside(map, svg), `${width}×${height}: shapes drawn over the whole map`).toBe(true);
      // Still fitted to Zhaoqing: every county's name is inside the map.
      const labels = await page
        .locator('.county-label')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
      expect(labels).toHaveLength(8);
      for (const l of labels) expect(inside(l, map), `${width}×${height}: a county name`).toBe(true);
      const boxes = await parkBoxes(page);
      for (const [id, b] of boxes) expect(inside(b, map), `${width}×${height}: ${id}`).toBe(true);
    }
    await screenshot(page, 'map-after-resizes');
    expect(search(page)).toBe('');
  });
});

// --- An online base map that cannot be reached -------------------------------------------------

/**
 * The base map is configured at build time (VITE_TILE_*), so this test builds its own copy of the
 * app with a tile layer, into test-results/, and serves it: the shipped build and the code stay
 * free of any test switch. The tile host is then made unreachable with page.route.
 */
const TILE_HOST = 'tiles.invalid';
const TILE_ENV = {
  VITE_TILE_URL: `https://${TILE_HOST}/{z}/{x}/{y}.png`,
  VITE_TILE_ATTRIBUTION: 'Test tiles',
  VITE_TILE_DATUM: 'wgs84',
};

test.describe('with an online base map', () => {
  // One build for the describe: its tests run in order in one worker, never split across two.
  test.describe.configure({ mode: 'default' });
  const outDir = 'test-results/e2e-dist-tiles';
  let served: { url: string; stop: () => void } | undefined;

  test.beforeAll(async () => {
    // A whole `vite build` and prerender, beside the other worker's tests on two cores.
    test.setTimeout(300_000);
    const build = spawnSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      { env: { ...process.env, ...TILE_ENV }, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`tile build failed: ${build.stderr}`);
    // As `npm run build` does: the first screen and the Content-Security-Policy, whose img-src
    // names the tile host (else the browser would refuse the tiles and report it).
    const prerender = spawnSync(process.execPath, ['scripts/prerender.mjs', outDir], {
      env: { ...process.env, ...TILE_ENV },
      encoding: 'utf8',
    });
    if (prerender.status !== 0) throw new Error(`tile prerender failed: ${prerender.stderr}`);
    served = await servePreview(outDir);
  });
  test.afterAll(() => {
    served?.stop();
  });

  test('keeps the data layers and says the base map is unavailable when the tile server fails', async ({
    page,
    watch,
  }) => {
    // Chromium logs each refused tile ("Failed to load resource"); that is the failure under test.
    watch.allow(/Failed to load resource/);
    let tileRequests = 0;
    await page.route(`https://${TILE_HOST}/**`, (route) => {
      tileRequests++;
      return route.abort('connectionrefused');
    });
    await page.goto(served?.url ?? '');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      new RegExp(escapeRegExp(`img-src 'self' data: blob: https://${TILE_HOST};`)),
    );
    await expect(page.getByRole('status').filter({ hasText: '在线底图暂时无法加载' })).toBeVisible();
    expect(tileRequests).toBeGreaterThan(0);
    await expect(page.locator('path.county')).toHaveCount(8);
    // The places are drawn once their placement arrives from its worker.
    await expect(marker(page, '肇庆高新区')).toHaveCount(1);
    expect(await page.locator('.place-marker').count()).toBeGreaterThanOrEqual(drawnParks.length);
    await expect(page.locator('.leaflet-control-attribution')).toContainText('Test tiles');
    await expect(page.locator('.map-legend')).toContainText('在线底图：Test tiles');
    // Still usable: a marker opens its details.
    await marker(page, '肇庆高新区').click();
    await expect(page.getByRole('heading', { level: 2, name: '肇庆高新区' })).toBeVisible();
    await screenshot(page, 'map-tiles-unreachable');
  });
});
