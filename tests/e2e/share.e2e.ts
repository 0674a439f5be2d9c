import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { create } from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, screenshot } from './browser';
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

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SECTOR_NAMES: Record<string, string> = {
  nev: '新能源汽车',
  storage: '新型储能',
  electronics: '电子信息',
};

async function open(page: Page, query = '') {
  await page.goto(new URL(query, baseUrl()).href);
  await page.locator('.county-label').first().waitFor();
}

const search = (page: Page) => new URL(page.url()).search;

/** Sector ids whose toggle is pressed, in screen order. */
const pressedSectors = (page: Page) =>
  page
    .locator('button[data-sector][aria-pressed="true"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-sector')));

/** A sector's toggle in the filter, by its name (exact: map markers' names contain sector names too). */
const sectorToggle = (page: Page, id: string) =>
  page.getByRole('button', { name: SECTOR_NAMES[id] ?? id, exact: true });

const selectedTab = (page: Page) => page.locator('[role="tab"][aria-selected="true"]').innerText();
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Resolves once the address matches `test` (the map write is debounced), with that address. */
async function waitForSearch(page: Page, test: (search: string) => boolean, timeout = 5_000) {
  let matched = '';
  await expect
    .poll(
      () => {
        matched = search(page);
        return test(matched);
      },
      { timeout, interval: 50, message: 'the address never matched' },
    )
    .toBe(true);
  return matched;
}

// --- Links ------------------------------------------------------------------------------------

describe('links open views', () => {
  it('opens a link with sectors, tab and language, and keeps it in canonical form', async () => {
    const { page, context, errors } = await openPage(browser);
    await open(page, '?tab=charts&sectors=storage,NEV&lang=EN&utm_source=wechat');
    expect(search(page)).toBe('?v=2&lang=en&sectors=nev,storage&tab=charts');
    expect(await htmlLang(page)).toBe('en');
    expect(await pressedSectors(page)).toEqual(['nev', 'storage']);
    expect(await selectedTab(page)).toBe('Charts');
    expect(await page.locator('.link-notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a view set by clicking, exactly, in a fresh page', async () => {
    const first = await openPage(browser);
    await open(first.page);
    await sectorToggle(first.page, 'storage').click();
    await sectorToggle(first.page, 'nev').click();
    await first.page.getByRole('tab', { name: '图表' }).click();
    await first.page.getByRole('button', { name: /^肇庆高新区（/ }).click();
    await first.page.getByRole('button', { name: 'English' }).click();
    const link = first.page.url();
    expect(new URL(link).search).toBe('?v=2&lang=en&sectors=nev,storage&park=high-tech-zone&tab=charts');
    // Measured at rest: the details opening and the language switch may re-fit the map a frame later.
    await waitForMapSettled(first.page);
    const mapBefore = await measuredMapView(first.page);

    const second = await openPage(browser);
    await open(second.page, new URL(link).search);
    expect(second.page.url()).toBe(link);
    expect(await pressedSectors(second.page)).toEqual(['nev', 'storage']);
    expect(await htmlLang(second.page)).toBe('en');
    await expect(
      second.page.getByRole('button', { name: /^Zhaoqing National High-tech Zone .*selected/ }).count(),
    ).resolves.toBe(1);
    await waitForMapSettled(second.page);
    expectSameMapView(await measuredMapView(second.page), mapBefore);
    await screenshot(second.page, 'share-fresh-page-same-view');
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.context.close();
    await second.context.close();
  });

  it('shows the notice and the valid part of a damaged link, and runs nothing from it', async () => {
    const { page, context, errors } = await openPage(browser);
    let alerted = false;
    page.on('dialog', (d) => {
      alerted = true;
      void d.dismiss();
    });
    await open(page, '?park=<script>alert(1)</script>&sectors=nev&map=NaN,112,99');
    const notice = page.locator('.link-notice');
    await expect(notice.getAttribute('role')).resolves.toBe('status');
    await expect(notice.innerText()).resolves.toContain('园区 park=<script>alert(1)</script>');
    await expect(notice.innerText()).resolves.toContain('地图位置 map=NaN,112,99');
    expect(await pressedSectors(page)).toEqual(['nev']);
    expect(search(page)).toBe('?v=2&sectors=nev');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    // The notice sits above the map, not under it.
    const noticeBox = await notice.boundingBox();
    const mapBox = await page.locator('.map').boundingBox();
    expect(noticeBox && mapBox && noticeBox.y + noticeBox.height <= mapBox.y + 1).toBe(true);
    await screenshot(page, 'share-damaged-link-notice');

    await notice.getByRole('button', { name: '知道了' }).click();
    expect(await notice.count()).toBe(0);
    expect(await pressedSectors(page)).toEqual(['nev']);
    expect(alerted).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

// --- History ----------------------------------------------------------------------------------

describe('Back and Forward', () => {
  it('a language chosen by clicking is in the URL; Back restores the previous one without a reload', async () => {
    const { page, context } = await openPage(browser);
    await open(page);
    await page.evaluate(() => Object.assign(window, { __noReload: 'still here' }));
    const marker = () => page.evaluate(() => (window as Window & { __noReload?: string }).__noReload);

    await page.getByRole('button', { name: 'English' }).click();
    expect(search(page)).toBe('?v=2&lang=en');
    // The first switch to a language fetches its strings (a small chunk) before the page turns.
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('button', { name: '繁體中文' }).click();
    expect(search(page)).toBe('?v=2&lang=zh-Hant');

    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(search(page)).toBe('?v=2&lang=en');
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    expect(search(page)).toBe('');
    await expect(page.getByRole('button', { name: '简体中文' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await page.goForward();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await marker()).toBe('still here');
    await context.close();
  });

  it('walks sectors and tabs back and forth', async () => {
    const { page, context } = await openPage(browser);
    await open(page);
    await sectorToggle(page, 'electronics').click();
    await page.getByRole('tab', { name: '图表' }).click();
    expect(search(page)).toBe('?v=2&sectors=electronics&tab=charts');

    await page.goBack();
    await page.waitForFunction(() => location.search === '?v=2&sectors=electronics');
    expect(await selectedTab(page)).toBe('概览');
    expect(await pressedSectors(page)).toEqual(['electronics']);
    await page.goBack();
    await page.waitForFunction(() => location.search === '');
    expect(await pressedSectors(page)).toEqual([]);
    await page.goForward();
    await page.goForward();
    await page.waitForFunction(() => location.search === '?v=2&sectors=electronics&tab=charts');
    expect(await selectedTab(page)).toBe('图表');
    expect(await pressedSectors(page)).toEqual(['electronics']);
    await context.close();
  });
});

// --- The map ----------------------------------------------------------------------------------

describe('the map view in links', () => {
  it('opens a version-1 map=lat,lng,zoom at its position and zoom on the screen it was made on', async () => {
    const { page, context } = await openPage(browser);
    await open(page, '?map=23.1,112.55,10');
    // Migrated to the area it showed at 1280×800, which this 1280×800 screen fits as before.
    const written = mapParam(search(page));
    expect(search(page)).toMatch(/^\?v=2&map=[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
    expect(written && (written.south + written.north) / 2).toBeCloseTo(23.1, 1);
    await waitForMapSettled(page);
    expectSameMapView(await measuredMapView(page), { lat: 23.1, lng: 112.55, zoom: 10 });
    await context.close();
  });

  it('writes a drag and a wheel zoom into the current entry (replace), and the link reopens it', async () => {
    const { page, context } = await openPage(browser);
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
    await expect
      .poll(
        async () => {
          const written = mapParam(search(page));
          return written !== null && sameMapArea(await measuredMapArea(page), written);
        },
        { timeout: 5_000, interval: 100, message: 'the address never caught up with the map' },
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

    const fresh = await openPage(browser);
    await open(fresh.page, settled);
    expect(search(fresh.page)).toBe(settled);
    await waitForMapSettled(fresh.page);
    expectSameMapView(await measuredMapView(fresh.page), view);
    await fresh.context.close();
    await context.close();
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
  lang: async (page) => expect(await htmlLang(page)).toBe('en'),
  sectors: async (page) => expect(await pressedSectors(page)).toEqual(['nev', 'storage']),
  // The marker is restyled a frame after the markers appear (as for `entity`): wait for it.
  park: async (page) =>
    expect.poll(() => page.getByRole('button', { name: /^肇庆高新区（.*已选中$/ }).count()).toBe(1),
  county: async (page) => expect(await page.locator('path.county.is-selected').count()).toBe(1),
  links: async (page) =>
    expect(await page.getByRole('switch', { name: '只看有来源的关联' }).isChecked()).toBe(true),
  entity: async (page) => {
    expect(await page.locator('#place-details-heading').innerText()).toBe('小鹏汽车');
    // Its marker is restyled a frame after the markers appear.
    await expect.poll(() => page.getByRole('button', { name: /^小鹏汽车（.*已选中$/ }).count()).toBe(1);
  },
  map: async (page) => {
    await waitForMapSettled(page);
    expect(
      showsArea(await measuredMapArea(page), { south: 22.9, west: 112.3, north: 23.2, east: 112.8 }),
    ).toBe(true);
  },
  hide: async (page) => {
    expect(await page.locator('.neighbour-label').count()).toBe(0);
    expect(await page.locator('.county-label').count()).toBe(8);
  },
  tab: async (page) => expect(await selectedTab(page)).toBe('图表'),
  order: async (page) => {
    await page.getByRole('tab', { name: '园区' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: '资料最多的在前' }).getAttribute('aria-pressed'))
      .toBe('true');
    // The ranking's first row: the park with the most sources.
    expect(await page.locator('.park-list ol .park-row').first().getAttribute('data-park-id')).toBe(
      'high-tech-zone',
    );
  },
  mode: async (page) =>
    expect(await page.locator('.presentation-caption').innerText()).toMatch(/^肇庆“344”园区布局/),
  // The presentation's settings act with mode=present (tests/e2e/present.e2e.ts); alone, the link
  // keeps them (checked for every param below).
  tour: async () => undefined,
  every: async () => undefined,
  scene: async () => undefined,
  qr: async () => undefined,
};

describe('each documented param, alone in a link, opens the view it documents', () => {
  it('the doc lists every param this test knows how to see', () => {
    expect(docExamples.map((e) => e.param).sort()).toEqual(Object.keys(SEES).sort());
  });

  it.each(docExamples)('$example', async ({ param, example }) => {
    const { page, context, errors } = await openPage(browser);
    await open(page, example);
    // Accepted as it is: canonical form, nothing ignored.
    expect(search(page)).toBe(`?v=2&${example.slice(1)}`);
    expect(await page.locator('.link-notice').count()).toBe(0);
    await SEES[param]?.(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

// --- The Share dialog -------------------------------------------------------------------------

/** The QR modules drawn in the dialog, rebuilt from its rects (quiet zone of 4 removed). */
async function drawnQrModules(page: Page): Promise<{ size: number; data: number[] }> {
  const svg = page.locator('dialog svg.qr-code');
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

describe('the Share dialog', () => {
  it.each([
    { name: 'desktop', width: 1280, height: 800, minQr: 256 },
    { name: 'phone', width: 390, height: 844, minQr: 256 },
    { name: 'presentation', width: 1920, height: 1080, minQr: 600 },
  ])(
    'on $name: shows the link, copies it, draws its QR code ≥ $minQr px, closes with Escape',
    async ({ name, width, height, minQr }) => {
      const { page, context, errors } = await openPage(browser, { width, height });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseUrl()).origin,
      });
      await open(page, '?sectors=nev,storage&tab=charts');
      const share = page.getByRole('button', { name: '分享' });
      await share.click();
      const dialog = page.getByRole('dialog', { name: '分享此视图' });
      await dialog.waitFor();
      expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);

      const field = dialog.getByRole('textbox', { name: '链接' });
      // The view's link, naming the language on screen though no language button was pressed.
      const href = new URL('?v=2&lang=zh-Hans&sectors=nev,storage&tab=charts', baseUrl()).href;
      expect(await page.evaluate(() => location.search)).toBe('?v=2&sectors=nev,storage&tab=charts');
      expect(await field.inputValue()).toBe(href);

      await dialog.getByRole('button', { name: '复制链接' }).click();
      await dialog.getByText('已复制链接。').waitFor();
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
      await dialog.waitFor({ state: 'detached' });
      expect(await share.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('keeps the focus inside while open, and closes on a click outside', async () => {
    const { page, context } = await openPage(browser);
    await open(page);
    await page.getByRole('button', { name: '分享' }).click();
    const dialog = page.getByRole('dialog', { name: '分享此视图' });
    await dialog.waitFor();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const inside = await dialog.evaluate((d) => d.contains(document.activeElement));
      const onPage = await page.evaluate(() => document.activeElement === document.body);
      // Chromium may pass through the browser's own UI (body) between cycles, never into the page.
      expect(inside || onPage).toBe(true);
    }
    // A click on the backdrop closes it, as Escape does.
    await page.mouse.click(5, 795);
    await dialog.waitFor({ state: 'detached' });
    await context.close();
  });

  it('copies by the fallback when the Clipboard API refuses', async () => {
    const { page, context } = await openPage(browser);
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
    await dialog.getByText('已复制链接。').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL('?v=2&lang=zh-Hans&tab=parks', baseUrl()).href,
    );
    await context.close();
  });

  it('keeps qrcode out of the first download', async () => {
    const { page, context } = await openPage(browser);
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.url());
    });
    await open(page);
    const before = [...scripts];
    expect(before.some((s) => s.includes('share-dialog'))).toBe(false);
    await page.getByRole('button', { name: '分享' }).click();
    await page.getByRole('dialog').waitFor();
    expect(scripts.some((s) => s.includes('share-dialog'))).toBe(true);
    await context.close();
  });
});
