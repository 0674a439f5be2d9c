import { readFileSync } from 'node:fs';
import { create } from 'qrcode';
import { expect, openApp, screenshot, search, sectorToggle, test, type Page } from './fixtures';
import {
  expectSameMapView,
  mapParam,
  measuredMapArea,
  measuredMapView,
  sameMapArea,
  showsArea,
  waitForMapSettled,
} from './map-view';

/**
 * Every view is shareable: links open views exactly, Back and Forward walk through
 * them without a reload, a damaged link opens its valid part with a notice, and the Share dialog
 * gives the link, copies it and shows its QR code. Against the production build.
 */

const SECTOR_NAMES: Record<string, string> = {
  nev: '新能源汽车',
  storage: '新型储能',
  electronics: '电子信息',
};

const open = openApp;

/** Sector ids whose toggle is pressed, in screen order. */
const pressedSectors = (page: Page) =>
  page
    .locator('button[data-sector][aria-pressed="true"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-sector')));

/** A sector's toggle in the filter, by its id. */
const sectorToggleOf = (page: Page, id: string) => sectorToggle(page, SECTOR_NAMES[id] ?? id);

/** The selected tab, as a locator for web-first assertions. */
const selectedTab = (page: Page) => page.getByRole('tab', { selected: true });
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Resolves once the address matches `matches` (the map write is debounced), with that address. */
async function waitForSearch(page: Page, matches: (search: string) => boolean) {
  await expect(page).toHaveURL((url) => matches(url.search));
  return search(page);
}

// --- Links ------------------------------------------------------------------------------------

test.describe('links open views', () => {
  test('opens a link with sectors, tab and language, and keeps it in canonical form', async ({ page }) => {
    await open(page, '?tab=charts&sectors=storage,NEV&lang=EN&utm_source=wechat');
    expect(search(page)).toBe('?v=2&lang=en&sectors=nev,storage&tab=charts');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await pressedSectors(page)).toEqual(['nev', 'storage']);
    await expect(selectedTab(page)).toHaveText('Charts');
    await expect(page.locator('.link-notice')).toHaveCount(0);
  });

  test('opens a view set by clicking, exactly, in a fresh page', async ({ page, openPage }) => {
    await open(page);
    await sectorToggleOf(page, 'storage').click();
    await sectorToggleOf(page, 'nev').click();
    await page.getByRole('tab', { name: '图表' }).click();
    await page.getByRole('button', { name: /^肇庆高新区（/ }).click();
    await page.getByRole('button', { name: 'English' }).click();
    const link = page.url();
    expect(new URL(link).search).toBe('?v=2&lang=en&sectors=nev,storage&park=high-tech-zone&tab=charts');
    // Measured at rest: the details opening and the language switch may re-fit the map a frame later.
    await waitForMapSettled(page);
    const mapBefore = await measuredMapView(page);

    const second = await openPage();
    await open(second.page, new URL(link).search);
    expect(second.page.url()).toBe(link);
    expect(await pressedSectors(second.page)).toEqual(['nev', 'storage']);
    await expect(second.page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      second.page.getByRole('button', { name: /^Zhaoqing National High-tech Zone .*selected/ }),
    ).toHaveCount(1);
    await waitForMapSettled(second.page);
    expectSameMapView(await measuredMapView(second.page), mapBefore);
    await screenshot(second.page, 'share-fresh-page-same-view');
  });

  test('shows the notice and the valid part of a damaged link, and runs nothing from it', async ({
    page,
  }) => {
    let alerted = false;
    page.on('dialog', (d) => {
      alerted = true;
      void d.dismiss();
    });
    await open(page, '?park=<script>alert(1)</script>&sectors=nev&map=NaN,112,99');
    const notice = page.locator('.link-notice');
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toContainText('园区 park=<script>alert(1)</script>', { useInnerText: true });
    await expect(notice).toContainText('地图位置 map=NaN,112,99', { useInnerText: true });
    expect(await pressedSectors(page)).toEqual(['nev']);
    expect(search(page)).toBe('?v=2&sectors=nev');
    // No inline script but the page's own boot script (allowed by its hash alone).
    await expect(page.locator('script:not([src]):not([data-boot])')).toHaveCount(0);
    // The notice sits above the map, not under it.
    const noticeBox = await notice.boundingBox();
    const mapBox = await page.locator('.map').boundingBox();
    expect(noticeBox && mapBox && noticeBox.y + noticeBox.height <= mapBox.y + 1).toBe(true);
    await screenshot(page, 'share-damaged-link-notice');

    await notice.getByRole('button', { name: '知道了' }).click();
    await expect(notice).toHaveCount(0);
    expect(await pressedSectors(page)).toEqual(['nev']);
    expect(alerted).toBe(false);
  });
});

// --- History ----------------------------------------------------------------------------------

test.describe('Back and Forward', () => {
  test('a language chosen by clicking is in the URL; Back restores the previous one without a reload', async ({
    page,
  }) => {
    await open(page);
    await page.evaluate(() => Object.assign(window, { __noReload: 'still here' }));
    const marker = () => page.evaluate(() => (window as Window & { __noReload?: string }).__noReload);

    await page.getByRole('button', { name: 'English' }).click();
    expect(search(page)).toBe('?v=2&lang=en');
    // The first switch to a language fetches its strings (a small chunk) before the page turns.
    const lang = page.locator('html');
    await expect(lang).toHaveAttribute('lang', 'en');
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('button', { name: '繁體中文' }).click();
    expect(search(page)).toBe('?v=2&lang=zh-Hant');

    await page.goBack();
    await expect(lang).toHaveAttribute('lang', 'en');
    expect(search(page)).toBe('?v=2&lang=en');
    await page.goBack();
    await expect(lang).toHaveAttribute('lang', 'zh-Hans');
    expect(search(page)).toBe('');
    await expect(page.getByRole('button', { name: '简体中文' })).toHaveAttribute('aria-pressed', 'true');
    await page.goForward();
    await expect(lang).toHaveAttribute('lang', 'en');
    expect(await marker()).toBe('still here');
  });

  test('walks sectors and tabs back and forth', async ({ page }) => {
    await open(page);
    await sectorToggleOf(page, 'electronics').click();
    await page.getByRole('tab', { name: '图表' }).click();
    expect(search(page)).toBe('?v=2&sectors=electronics&tab=charts');

    await page.goBack();
    await expect(page).toHaveURL((url) => url.search === '?v=2&sectors=electronics');
    await expect(selectedTab(page)).toHaveText('概览');
    expect(await pressedSectors(page)).toEqual(['electronics']);
    await page.goBack();
    await expect(page).toHaveURL((url) => url.search === '');
    expect(await pressedSectors(page)).toEqual([]);
    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL((url) => url.search === '?v=2&sectors=electronics&tab=charts');
    await expect(selectedTab(page)).toHaveText('图表');
    expect(await pressedSectors(page)).toEqual(['electronics']);
  });
});

// --- The map ----------------------------------------------------------------------------------

test.describe('the map view in links', () => {
  test('opens a version-1 map=lat,lng,zoom at its position and zoom on the screen it was made on', async ({
    page,
  }) => {
    await open(page, '?map=23.1,112.55,10');
    // Migrated to the area it showed at 1280×800, which this 1280×800 screen fits as before.
    const written = mapParam(search(page));
    expect(search(page)).toMatch(/^\?v=2&map=[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
    expect(written && (written.south + written.north) / 2).toBeCloseTo(23.1, 1);
    await waitForMapSettled(page);
    expectSameMapView(await measuredMapView(page), { lat: 23.1, lng: 112.55, zoom: 10 });
  });

  test('writes a drag and a wheel zoom into the current entry (replace), and the link reopens it', async ({
    page,
    openPage,
  }) => {
    await open(page);
    expect(search(page)).toBe('');
    const box = await page.locator('.map').boundingBox();
    if (!box) throw new Error('no map');
    const historyLength = await page.evaluate(() => history.length);

    // The middle of the part of the map on screen (the map may run below the fold on some layouts).
    const viewport = page.viewportSize();
    const cx = box.x + box.width / 2;
    const cy = (box.y + Math.min(box.y + box.height, viewport?.height ?? 800)) / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 160, cy + 90, { steps: 12 });
    await page.mouse.up();
    const afterDrag = await waitForSearch(page, (s) => s.includes('map='));
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -200);
    const afterWheel = await waitForSearch(page, (s) => s.includes('map=') && s !== afterDrag);
    // Still settling? Wait until the map is at rest and the address holds the area it shows.
    await waitForMapSettled(page);
    // The area the map shows is measured from where its names are drawn: no attribute holds it.
    await expect
      .poll(
        async () => {
          const written = mapParam(search(page));
          return written !== null && sameMapArea(await measuredMapArea(page), written);
        },
        { message: 'the address never caught up with the map' },
      )
      .toBe(true);
    const settled = search(page);
    const width = (q: string) => {
      const a = mapParam(q);
      return a ? a.east - a.west : NaN;
    };
    // Zoomed in: a smaller area.
    expect(width(settled)).toBeLessThan(width(afterDrag));
    expect(afterWheel).toContain('map=');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    const view = await measuredMapView(page);

    const fresh = await openPage();
    await open(fresh.page, settled);
    expect(search(fresh.page)).toBe(settled);
    await waitForMapSettled(fresh.page);
    expectSameMapView(await measuredMapView(fresh.page), view);
  });
});

// --- Each documented param alone ---------------------------------------------------------------

const docExamples = readFileSync('README.md', 'utf8')
  .split('\n')
  .map((line) => /^\| `(\w+)`\s*\| `(\?[^`]+)`/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map(([, param, example]) => ({ param: param ?? '', example: example ?? '' }));

/** What a reader sees for each documented example (README.md). */
const SEES: Record<string, (page: Page) => Promise<void>> = {
  lang: async (page) => expect(page.locator('html')).toHaveAttribute('lang', 'en'),
  sectors: async (page) => expect(await pressedSectors(page)).toEqual(['nev', 'storage']),
  // The marker is restyled a frame after the markers appear (as for `entity`): wait for it.
  park: async (page) => expect(page.getByRole('button', { name: /^肇庆高新区（.*已选中$/ })).toHaveCount(1),
  county: async (page) => expect(page.locator('path.county.is-selected')).toHaveCount(1),
  links: async (page) => expect(page.getByRole('switch', { name: '只看有来源的关联' })).toBeChecked(),
  entity: async (page) => {
    await expect(page.locator('#place-details-heading')).toHaveText('小鹏汽车');
    // Its marker is restyled a frame after the markers appear.
    await expect(page.getByRole('button', { name: /^小鹏汽车（.*已选中$/ })).toHaveCount(1);
  },
  map: async (page) => {
    await waitForMapSettled(page);
    expect(
      showsArea(await measuredMapArea(page), { south: 22.9, west: 112.3, north: 23.2, east: 112.8 }),
    ).toBe(true);
  },
  hide: async (page) => {
    await expect(page.locator('.neighbour-label')).toHaveCount(0);
    await expect(page.locator('.county-label')).toHaveCount(8);
  },
  tab: async (page) => expect(selectedTab(page)).toHaveText('图表'),
  // The compare tray with both parks; the comparison itself opens with tab=compare (compare.e2e.ts).
  compare: async (page) => {
    const tray = page.getByRole('region', { name: '已选园区（2/4）' });
    await expect(tray).toContainText('肇庆高新区');
    await expect(tray).toContainText('肇庆新区');
  },
  order: async (page) => {
    await page.getByRole('tab', { name: '园区' }).click();
    await expect(page.getByRole('button', { name: '资料最多的在前' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The ranking's first row: the park with the most sources.
    await expect(page.locator('.park-list ol .park-row').first()).toHaveAttribute(
      'data-park-id',
      'high-tech-zone',
    );
  },
  mode: async (page) =>
    expect(page.locator('.presentation-caption')).toHaveText(/^肇庆“344”园区布局/, { useInnerText: true }),
  // The presentation's settings act with mode=present (tests/e2e/present.e2e.ts); alone, the link
  // keeps them (checked for every param below).
  tour: async () => undefined,
  every: async () => undefined,
  scene: async () => undefined,
  qr: async () => undefined,
};

test.describe('each documented param, alone in a link, opens the view it documents', () => {
  test('the doc lists every param this test knows how to see', () => {
    expect(docExamples.map((e) => e.param).sort()).toEqual(Object.keys(SEES).sort());
  });

  for (const { param, example } of docExamples)
    test(example, async ({ page }) => {
      await open(page, example);
      // Accepted as it is: canonical form, nothing ignored.
      expect(search(page)).toBe(`?v=2&${example.slice(1)}`);
      await expect(page.locator('.link-notice')).toHaveCount(0);
      await SEES[param]?.(page);
    });
});

// --- The Share dialog -------------------------------------------------------------------------

/** The QR modules drawn in the dialog, rebuilt from its rects (quiet zone of 4 removed). */
async function drawnQrModules(page: Page): Promise<{ size: number; data: number[] }> {
  const svg = page.locator('dialog svg.qr-code');
  // Once its worker has encoded it (blank and busy until then).
  await expect(svg).toHaveAttribute('data-extent', /^\d+$/);
  const extent = Number(await svg.getAttribute('data-extent'));
  const runs = await svg
    .locator('rect.qr-dark')
    .evaluateAll((rects) => rects.map((r) => ['x', 'y', 'width'].map((a) => Number(r.getAttribute(a)))));
  const size = extent - 8;
  const data = new Array<number>(size * size).fill(0);
  for (const [x = 0, y = 0, w = 0] of runs)
    for (let c = x; c < x + w; c++) data[(y - 4) * size + (c - 4)] = 1;
  return { size, data };
}

test.describe('the Share dialog', () => {
  for (const { name, width, height, minQr } of [
    { name: 'desktop', width: 1280, height: 800, minQr: 256 },
    { name: 'phone', width: 390, height: 844, minQr: 256 },
    { name: 'presentation', width: 1920, height: 1080, minQr: 600 },
  ])
    test.describe(() => {
      test.use({ viewport: { width, height } });
      test(`on ${name}: shows the link, copies it, draws its QR code ≥ ${minQr} px, closes with Escape`, async ({
        page,
        context,
        baseURL,
      }) => {
        const baseUrl = () => baseURL ?? '';
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: new URL(baseUrl()).origin,
        });
        await open(page, '?sectors=nev,storage&tab=charts');
        const share = page.getByRole('button', { name: '分享' });
        await share.click();
        const dialog = page.getByRole('dialog', { name: '分享此视图' });
        await expect(dialog).toBeVisible();
        expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);

        const field = dialog.getByRole('textbox', { name: '链接' });
        // The view's link, naming the language on screen though no language button was pressed.
        const href = new URL('?v=2&lang=zh-Hans&sectors=nev,storage&tab=charts', baseUrl()).href;
        expect(await page.evaluate(() => location.search)).toBe('?v=2&sectors=nev,storage&tab=charts');
        await expect(field).toHaveValue(href);

        await dialog.getByRole('button', { name: '复制链接' }).click();
        await expect(dialog.getByText('已复制链接。')).toBeVisible();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);

        const qr = dialog.getByRole('img', { name: '此视图链接的二维码' });
        const box = await qr.boundingBox();
        expect(box?.width).toBeGreaterThanOrEqual(minQr);
        expect(box?.height).toBeGreaterThanOrEqual(minQr);
        const { modules } = create(href, { errorCorrectionLevel: 'M' });
        expect(await drawnQrModules(page)).toEqual({ size: modules.size, data: [...modules.data] });
        // The whole dialog fits on screen: nothing to scroll to reach the code.
        const dialogBox = await dialog.boundingBox();
        expect(dialogBox && dialogBox.y >= 0 && dialogBox.y + dialogBox.height <= height).toBe(true);
        await screenshot(page, `share-dialog-${name}`);

        await page.keyboard.press('Escape');
        await expect(dialog).toHaveCount(0);
        await expect(share).toBeFocused();
      });
    });

  test('keeps the focus inside while open, and closes on a click outside', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: '分享' }).click();
    const dialog = page.getByRole('dialog', { name: '分享此视图' });
    await expect(dialog).toBeVisible();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const inside = await dialog.evaluate((d) => d.contains(document.activeElement));
      const onPage = await page.evaluate(() => document.activeElement === document.body);
      // Chromium may pass through the browser's own UI (body) between cycles, never into the page.
      expect(inside || onPage).toBe(true);
    }
    // A click on the backdrop closes it, as Escape does.
    await page.mouse.click(5, 795);
    await expect(dialog).toHaveCount(0);
  });

  test('copies by the fallback when the Clipboard API refuses', async ({ page, context, baseURL }) => {
    const baseUrl = () => baseURL ?? '';
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl()).origin,
    });
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await open(page, '?tab=parks');
    await page.getByRole('button', { name: '分享' }).click();
    const dialog = page.getByRole('dialog', { name: '分享此视图' });
    await dialog.getByRole('button', { name: '复制链接' }).click();
    await expect(dialog.getByText('已复制链接。')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL('?v=2&lang=zh-Hans&tab=parks', baseUrl()).href,
    );
  });

  test('keeps qrcode out of the first download', async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.url());
    });
    await open(page);
    const before = [...scripts];
    expect(before.some((s) => s.includes('share-dialog'))).toBe(false);
    await page.getByRole('button', { name: '分享' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(scripts.some((s) => s.includes('share-dialog'))).toBe(true);
  });
});
