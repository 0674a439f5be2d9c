import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/domain/schema/dataset-schema';
import type { Geography } from '../../src/domain/schema/geo-schema';
import { DENSE_THRESHOLD } from '../../src/domain/map/dense-points';
import { ALL_MESSAGES } from '../../src/i18n/all-messages';
import { withSyntheticProjects } from '../fixtures/synthetic-projects.mjs';
import { expect, screenshot, test, twoFrames, waitForLiveApp, axe, type Page } from './fixtures';

/**
 * The first screen does not wait for the JavaScript (it is prerendered, in the reader's language;
 * the app's scripts and data download after its stylesheet, and the app runs after it has painted), and a project register of
 * thousands of places is drawn as counted cells, not as thousands of DOM markers. Production build.
 * The timings themselves are measured by `npm run bench`, not here (this machine is shared).
 */

const ENTRY = /\/assets\/index-[\w-]+\.js$/;

interface BootTimes {
  documentAt: number;
  entryAddedAt: number;
}
/**
 * Records in the page when its document began (before any script of it: the boot script runs
 * after) and when the boot script put the app's module script into it.
 */
const watchBoot = (page: Page) =>
  page.addInitScript(() => {
    const times = window as unknown as BootTimes;
    times.documentAt = performance.now();
    new MutationObserver((_, observer) => {
      if (!document.querySelector('head > script[type="module"]')) return;
      times.entryAddedAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
/** The first contentful paint and watchBoot's times, in page time (ms; NaN if never). */
const bootTimes = (page: Page) =>
  page.evaluate(() => {
    const times = window as unknown as Partial<BootTimes>;
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      documentAt: times.documentAt ?? NaN,
      entryAddedAt: times.entryAddedAt ?? NaN,
    };
  });

test.describe('the first screen', () => {
  for (const { locale, query, lang, title } of [
    { locale: 'en-US', query: '', lang: 'en', title: ALL_MESSAGES.en.app.title },
    { locale: 'en-US', query: '?lang=zh-Hant', lang: 'zh-Hant', title: ALL_MESSAGES['zh-Hant'].app.title },
    { locale: 'zh-CN', query: '', lang: 'zh-Hans', title: ALL_MESSAGES['zh-Hans'].app.title },
  ])
    test.describe(() => {
      test.use({ locale });
      test(`is painted in ${lang} for a ${locale} browser (${query}) with no app script at all`, async ({
        page,
        watch,
      }) => {
        // The entry script refused (the browser reports it): the first screen must stand without it.
        watch.allow(/^console: Failed to load resource: net::ERR_FAILED$/);
        await page.route(ENTRY, (route) => route.abort('failed'));
        await page.goto(`/${query}`);
        const screen = page.locator(`.first-screen[data-first-screen="${lang}"]`);
        await expect(screen.locator('h1')).toHaveText(title);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        // Only that language's screen is shown; the outline stands in for the map.
        await expect(page.locator('.first-screen:visible')).toHaveCount(1);
        // Inline, in each screen: the eight counties, drawn without a request.
        await expect(screen.locator('.map-outline svg')).toBeVisible();
        await expect(screen.locator('.map-outline svg path')).toHaveCount(8);
        // The filter as the app draws it: the leading sectors' toggles, the others behind one control.
        expect(await screen.locator('.sector-toggle').count()).toBe(3);
        await expect(screen.locator('.sector-more-toggle')).toBeVisible();
        if (lang === 'en') await screenshot(page, 'first-screen-prerendered-en');
      });
    });

  test('downloads the app’s scripts and data after the stylesheet at low priority, runs the app only after the first paint, then is replaced by the live app', async ({
    page,
  }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const priorities = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', ({ request }) => {
      const file = /\/(assets|data|geo)\/[^/?]+/.exec(request.url)?.[0];
      if (file && !priorities.has(file)) priorities.set(file, request.initialPriority);
    });
    await watchBoot(page);
    await page.goto('/');
    await waitForLiveApp(page);
    const { fcp, entryAddedAt } = await bootTimes(page);
    expect(fcp).toBeGreaterThan(0);
    expect(entryAddedAt).toBeGreaterThanOrEqual(fcp);
    const order = [...priorities.keys()];
    const stylesheet = order.findIndex((f) => /^\/assets\/index-[\w-]+\.css$/.test(f));
    expect(priorities.get(order[stylesheet] ?? '')).toBe('VeryHigh');
    for (const file of [
      ENTRY,
      /^\/data\/zhaoqing-2024\.json$/,
      /^\/geo\/zhaoqing\.json$/,
      /^\/assets\/map-[\w-]+\.js$/,
    ]) {
      const at = order.findIndex((f) => file.test(f));
      expect(at, `${file} after the stylesheet`).toBeGreaterThan(stylesheet);
      expect(priorities.get(order[at] ?? ''), `${file}'s priority`).toBe('Low');
    }
    // The live app has replaced every prerendered screen.
    await expect(page.locator('.first-screen')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-live', 'true');
  });

  test('on a slow network (the page itself late), starts the downloads before the first paint, still after the stylesheet, and still runs the app after it', async ({
    page,
  }) => {
    // The network, not a wait: the page arrives 0.7 s late and its stylesheet 1.5 s after that, as
    // on a phone on Fast 3G, where the first paint waits on the stylesheet.
    const late = (ms: number) => new Promise((done) => setTimeout(done, ms));
    await page.route(/\/(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      await late(700);
      await route.fulfill({ response });
    });
    await page.route(/\/assets\/index-[\w-]+\.css$/, async (route) => {
      const response = await route.fetch();
      await late(1500);
      await route.fulfill({ response });
    });
    await watchBoot(page);
    await page.goto('/');
    await waitForLiveApp(page);
    const { fcp, documentAt, entryAddedAt } = await bootTimes(page);
    const started = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => [new URL(r.name).pathname, r.startTime] as const),
    );
    const startOf = (file: RegExp) => started.find(([path]) => file.test(path))?.[1] ?? NaN;
    const stylesheet = startOf(/^\/assets\/index-[\w-]+\.css$/);
    for (const file of [ENTRY, /^\/data\/zhaoqing-2024\.json$/, /^\/geo\/zhaoqing\.json$/]) {
      expect(startOf(file), `${file} after the stylesheet`).toBeGreaterThanOrEqual(stylesheet);
      expect(startOf(file), `${file} before the first paint`).toBeLessThan(fcp);
      // Sooner than the half-second timer of a fast load could have started it.
      expect(startOf(file), `${file} at once`).toBeLessThan(documentAt + 500);
    }
    expect(entryAddedAt).toBeGreaterThanOrEqual(fcp);
  });

  test('comes as brotli, the build’s own copies: the page, its stylesheet, scripts and data', async ({
    page,
  }) => {
    const encodings = new Map<string, string>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      encodings.set(path, response.headers()['content-encoding'] ?? 'none');
    });
    await page.goto('/');
    await waitForLiveApp(page);
    const encodingOf = (file: RegExp) =>
      [...encodings].find(([path]) => file.test(path))?.[1] ?? `${file} not requested`;
    for (const file of [
      /^\/$/,
      /^\/assets\/index-[\w-]+\.css$/,
      ENTRY,
      /^\/assets\/react-[\w-]+\.js$/,
      /^\/assets\/map-[\w-]+\.js$/,
      /^\/data\/zhaoqing-2024\.json$/,
      /^\/geo\/zhaoqing\.json$/,
    ])
      expect(encodingOf(file), String(file)).toBe('br');
  });
});

test.describe('a register of 10,000 projects', () => {
  const shipped = JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as Dataset;
  const geography = JSON.parse(readFileSync('public/geo/zhaoqing.json', 'utf8')) as Geography;
  const data = withSyntheticProjects(shipped, geography, 10_000);
  const body = JSON.stringify(data);
  const zh = ALL_MESSAGES['zh-Hans'];

  test('draws counted cells on one canvas, keeps the filter working, and lists the firms as a virtual list', async ({
    page,
  }) => {
    await page.route(/\/data\/zhaoqing-2024\.json$/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto('/');
    await expect(page.locator('canvas.dense-points')).toBeVisible();
    // Symbols are drawn once their placement arrives from its worker.
    await waitForLiveApp(page);
    // The parks and the named firms are still symbols; the 10,000 points are not DOM markers.
    const symbols = await page.locator('.leaflet-marker-pane .place-marker').count();
    expect(symbols).toBeGreaterThan(10);
    expect(symbols).toBeLessThan(DENSE_THRESHOLD);
    // (The legend starts folded on this screen: its text is there, not shown.)
    await expect(page.locator('.map-legend')).toContainText(zh.map.denseCells);
    // Cells with counts are drawn: the canvas is not blank.
    const inked = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('canvas.dense-points');
      const data = c?.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(1000);

    await page.locator('.sector-toggle[data-sector="nev"]').click();
    await expect(page).toHaveURL((url) => url.searchParams.get('sectors') === 'nev');
    await page.getByRole('tab', { name: zh.panel.parks }).click();

    // One list, named with its length; only the rows in view (and a few more) are in the DOM.
    const total = data.entities.length;
    const list = page.getByRole('list', {
      name: zh.entityList.label.replace('{{total}}', total.toLocaleString('zh-CN')),
    });
    const rows = list.getByRole('listitem');
    await expect(rows.first()).toBeVisible();
    await expect(page.locator('.entity-rows')).toHaveCount(0);
    expect(await rows.count()).toBeLessThan(40);
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(total));
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
    const stop = list.locator('button[tabindex="0"]');
    await expect(stop).toHaveCount(1);

    // End reaches the last project: focused, in view, faded if outside the filter.
    const row = (n: number) => list.locator(`[aria-posinset="${n}"] button`);
    /** The row that holds the focus. */
    const focusedRow = list.locator('[role="listitem"]:focus-within');
    /** Whether row `n` is drawn wholly inside the list's scroll box now (no waiting for it). */
    const inBox = (n: number) =>
      page.evaluate((n) => {
        const b = document.querySelector(`[role="listitem"][aria-posinset="${n}"] button`);
        const box = b?.closest('[role="list"]')?.parentElement?.getBoundingClientRect();
        const r = b?.getBoundingClientRect();
        return r !== undefined && box !== undefined && r.top >= box.top && r.bottom <= box.bottom;
      }, n);
    await stop.focus();
    await page.keyboard.press('End');
    const last = data.entities[total - 1];
    await expect(focusedRow).toHaveAttribute('aria-posinset', String(total));
    await expect(row(total).getByText(last?.name['zh-Hans'] ?? '?', { exact: true })).toBeVisible();
    // Wholly inside the list's own scroll box (toBeInViewport reads the window's, not the box's).
    await expect.poll(() => inBox(total)).toBe(true);
    if (last?.sectors.includes('nev')) await expect(row(total)).not.toHaveClass(/\bis-faded\b/);
    else await expect(row(total)).toHaveClass(/\bis-faded\b/);
    expect(await rows.count()).toBeLessThan(40);
    await expect(list.locator('button[tabindex="0"]')).toHaveCount(1);

    // A row opens its details; closing them gives the focus back to it, in place, with the rows
    // before it drawn above it (the arrow keys brought it to the bottom of the box).
    await page.keyboard.press('Home');
    await expect(focusedRow).toHaveAttribute('aria-posinset', '1');
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    await expect(focusedRow).toHaveAttribute('aria-posinset', '41');
    // Once the box has stopped scrolling (the same position 10 frames running).
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const box = document.querySelector('.entity-list-box');
          let last = -1;
          let same = 0;
          const tick = () => {
            same = box?.scrollTop === last ? same + 1 : 0;
            last = box?.scrollTop ?? -1;
            if (same >= 10) resolve(true);
            else requestAnimationFrame(tick);
          };
          tick();
        }),
    );
    await page.keyboard.press('Enter');
    await expect(page.locator('#place-details-heading')).toHaveText(
      data.entities[40]?.name['zh-Hans'] ?? '?',
    );
    // Hidden, the box reads its position as 0 (when a scroll settles after it was hidden: forced
    // here); shown again, the list must read it anew, or only the focused row is drawn.
    await page.evaluate(() => document.querySelector('.entity-list-box')?.dispatchEvent(new Event('scroll')));
    await page.keyboard.press('Escape');
    await expect(focusedRow).toHaveAttribute('aria-posinset', '41');
    // Drawn at once, not after some later scroll: two frames on, its neighbours are in view.
    await twoFrames(page);
    for (const n of [39, 40, 41]) expect(await inBox(n), `row ${n}`).toBe(true);

    const found = await axe(page).include('.park-list').analyze();
    expect(
      found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await screenshot(page, 'synthetic-10000-projects');
  });
});
