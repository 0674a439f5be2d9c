import type { Route } from '@playwright/test';
import { ALL_MESSAGES } from '../../src/i18n/all-messages';
import { expect, marker, screenshot, search, test, waitForLiveApp, type Page } from './fixtures';

/**
 * Faults stay local: with one lazy chunk unreachable (a flaky network, or a page left open across a
 * deployment that replaced the chunk), the page reloads once in case it is stale; then only that
 * part says it could not be loaded, with Retry, while the map, the park list and the figures keep
 * working; once the chunk is reachable again, Retry brings the part back. Production build.
 */

const zh = ALL_MESSAGES['zh-Hans'];
const CHARTS_CHUNK = /\/assets\/charts-panel-[\w-]+\.js$/;
const SHARE_CHUNK = /\/assets\/share-dialog-[\w-]+\.js$/;
const MAP_CHUNK = /\/assets\/map-[\w-]+\.js$/;
/** What the browser and React report about the blocked chunk itself; anything else is a failure. */
const CHUNK_NOISE = /dynamically imported module|Failed to load resource|ERR_FAILED/;

/** Blocks the chunks whose address matches `pattern`; counts the requests it refused. */
async function blockChunk(page: Page, pattern: RegExp) {
  const blocked = { count: 0 };
  const handler = (route: Route) => {
    blocked.count++;
    return route.abort('failed');
  };
  await page.route(pattern, handler);
  return { blocked, unblock: () => page.unroute(pattern, handler) };
}

/**
 * How this document was reached ('navigate', 'reload'); null while a navigation is under way.
 * (The Navigation Timing API's word: no element or attribute of the page holds it.)
 */
const navigationType = (page: Page) =>
  page
    .evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type)
    .catch(() => null);

/** Counts the page's top-level loads (the first one and every reload). */
function countLoads(page: Page) {
  const loads = { count: 0 };
  page.on('load', () => loads.count++);
  return loads;
}

/** The map, the park list and the figures all still answer. */
async function expectRestOfDashboardWorks(page: Page) {
  const param = (name: string) => new URLSearchParams(search(page)).get(name);

  // The map: its markers are drawn and open a park's details.
  expect(await page.locator('.leaflet-marker-pane .place-marker').count()).toBeGreaterThan(10);
  await marker(page, '肇庆高新区').click();
  await expect(page.locator('#place-details-heading')).toHaveText('肇庆高新区');
  expect(param('park')).toBe('high-tech-zone');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL((url) => !url.searchParams.has('park'));

  // The park list opens a park too.
  await page.getByRole('tab', { name: zh.panel.parks }).click();
  await page
    .locator('.park-list')
    .getByRole('button', { name: /^德庆风机装备园/ })
    .click();
  await expect(page.locator('#place-details-heading')).toHaveText('德庆风机装备园');
  expect(param('park')).toBe('deqing-wind');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL((url) => !url.searchParams.has('park'));

  // The figures.
  await page.getByRole('tab', { name: zh.panel.overview }).click();
  await expect(page.getByRole('heading', { name: zh.figures.heading })).toBeVisible();
  await expect(page.locator('.headline')).toHaveText(/\d/);
}

test.describe('a lazy chunk that cannot be loaded', () => {
  // What the browser and React report about the blocked chunk is the failure under test.
  test.beforeEach(({ watch }) => watch.allow(CHUNK_NOISE));

  test('charts: the page reloads once, the charts tab says so with Retry, the rest works, and Retry recovers', async ({
    page,
  }) => {
    const loads = countLoads(page);
    const { blocked, unblock } = await blockChunk(page, CHARTS_CHUNK);
    await page.goto('/?tab=charts');

    // The first failure may be a stale page: one reload, then the tab shows the failure.
    await expect.poll(() => navigationType(page)).toBe('reload');
    const failed = page.locator('.charts-load-failed[role="alert"]');
    await expect(failed).toContainText(zh.charts.loadFailed);
    // Refused on the first load and again on the reload (a modulepreload and the import each).
    const refused = blocked.count;
    expect(refused).toBeGreaterThanOrEqual(2);
    await waitForLiveApp(page);
    await screenshot(page, 'chunk-failure-charts');

    await expectRestOfDashboardWorks(page);

    // Back on the charts tab: still the message and Retry, and no further reload or request.
    await page.getByRole('tab', { name: zh.panel.charts }).click();
    await expect(failed).toBeVisible();
    expect(loads.count).toBe(2);
    expect(blocked.count).toBe(refused);

    // The chunk is reachable again: Retry loads it and the charts are drawn.
    await unblock();
    await failed.getByRole('button', { name: zh.charts.retry }).click();
    await expect(page.locator('figure[data-chart="industry-output"] g.chart-mark').first()).toBeVisible();
    await expect(page.locator('.charts-load-failed')).toHaveCount(0);
    expect(loads.count).toBe(2);
  });

  test('share dialog: the page reloads once, Share then says so with Retry, the rest works, and Retry opens the dialog', async ({
    page,
  }) => {
    const loads = countLoads(page);
    const { blocked, unblock } = await blockChunk(page, SHARE_CHUNK);
    await page.goto('/');
    await waitForLiveApp(page);
    const share = page.getByRole('button', { name: zh.share.button, exact: true });

    // Pointing at Share preloads the dialog; its failure may be a stale page: one reload.
    await share.click();
    await expect.poll(() => navigationType(page)).toBe('reload');
    await waitForLiveApp(page);
    expect(loads.count).toBe(2);

    // After that reload, Share says the dialog could not be loaded, beside the button.
    await share.click();
    const failed = page.locator('.share-load-failed[role="alert"]');
    await expect(failed).toContainText(zh.share.loadFailed);
    expect(blocked.count).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'chunk-failure-share');

    await expectRestOfDashboardWorks(page);
    expect(loads.count).toBe(2);

    // The chunk is reachable again: Retry opens the dialog with its QR code.
    await unblock();
    await failed.getByRole('button', { name: zh.share.retry }).click();
    const dialog = page.getByRole('dialog', { name: zh.shareDialog.title });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('img', { name: zh.shareDialog.qrLabel })).toBeVisible();
    await expect(page.locator('.share-load-failed')).toHaveCount(0);
    await dialog.getByRole('button', { name: zh.shareDialog.close }).click();
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    expect(loads.count).toBe(2);
  });

  test('map: the outline and the rest of the page stay, the map says so with Retry, and Retry draws it', async ({
    page,
  }) => {
    const loads = countLoads(page);
    const { blocked, unblock } = await blockChunk(page, MAP_CHUNK);
    await page.goto('/');
    await expect.poll(() => navigationType(page)).toBe('reload');
    const failed = page.locator('.map-load-failed[role="alert"]');
    await expect(failed).toContainText(zh.map.loadFailed);
    expect(blocked.count).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'chunk-failure-map');

    // The list, the details and the figures work without the map.
    await page.getByRole('tab', { name: zh.panel.parks }).click();
    await page
      .locator('.park-list')
      .getByRole('button', { name: /^德庆风机装备园/ })
      .click();
    await expect(page.locator('#place-details-heading')).toHaveText('德庆风机装备园');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: zh.panel.overview }).click();
    await expect(page.locator('.headline')).toHaveText(/\d/);

    await unblock();
    await failed.getByRole('button', { name: zh.map.retry }).click();
    await waitForLiveApp(page);
    await expect(page.locator('.map-load-failed')).toHaveCount(0);
    expect(loads.count).toBe(2);
  });
});
