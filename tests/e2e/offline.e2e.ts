import { ALL_MESSAGES } from '../../src/i18n/all-messages';
import { expect, screenshot, test, waitForLazyParts, waitForLiveApp } from './fixtures';

/**
 * A day on a screen with the network unplugged (README, "Offline"): after one visit online, the
 * service worker has the app, its lazy chunks, the data and the geography, and a reload with no
 * network at all gives the live dashboard — markers, filter, figures, the charts (a lazy chunk)
 * and another language (another chunk). The only test that lets service workers run (the config blocks them for every other).
 */

const zh = ALL_MESSAGES['zh-Hans'];
const en = ALL_MESSAGES.en;

test.describe('offline after a first visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('reloads with no network and keeps working: map, filter, figures, charts, languages', async ({
    page,
    context,
    watch,
  }) => {
    // Offline, the worker still tries the network first for the data and geography (a deployment
    // may have corrected a figure), and Chromium reports each such attempt on the page's console:
    // allowed here, and each checked below to be one of those files.
    watch.allow(/^console: Failed to load resource/);
    const failedLoads: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && msg.text().startsWith('Failed to load resource'))
        failedLoads.push(new URL(msg.location().url).pathname);
    });
    await page.goto('/');
    await waitForLiveApp(page);

    // The worker is registered after `load`, installs (precache and data), then claims this page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cachedData = await page.evaluate(async () => {
      const cache = await caches.open('zq344-data');
      return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
    });
    expect(cachedData).toEqual([
      '/data/zhaoqing-2024.json',
      '/data/zhaoqing-followup.json',
      '/data/zhaoqing-parks.json',
      '/geo/zhaoqing.json',
    ]);

    await context.setOffline(true);
    await page.reload();
    await waitForLiveApp(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.locator('.leaflet-marker-pane .place-marker').count()).toBeGreaterThan(10);

    // The key figures.
    const headline = page.getByRole('region', { name: zh.figures.heading });
    await expect(headline.getByText('1675亿元')).toBeVisible();

    // The filter: a sector pressed, the address follows.
    const nev = page.locator('.sector-toggle[data-sector="nev"]');
    await nev.click();
    await expect(page).toHaveURL((url) => url.searchParams.get('sectors') === 'nev');
    await expect(nev).toHaveAttribute('aria-pressed', 'true');

    // The charts tab is a lazy chunk (and Recharts another): served by the worker.
    await page.getByRole('tab', { name: zh.panel.charts }).click();
    await expect(page.locator('.charts-panel figure[data-chart]').first()).toBeVisible();
    await waitForLazyParts(page);
    expect(await page.locator('.charts-panel g.chart-mark').count()).toBeGreaterThan(0);

    // Another language's strings are a chunk too.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('tab', { name: en.panel.charts, selected: true })).toBeVisible();

    // A link opened offline (any query) is the same cached page, in its own view.
    await page.goto('/?v=1&lang=zh-Hant&tab=parks');
    await waitForLiveApp(page);
    await expect(
      page.getByRole('tab', { name: ALL_MESSAGES['zh-Hant'].panel.parks, selected: true }),
    ).toBeVisible();

    await screenshot(page, 'offline-reload');
    expect(failedLoads.filter((path) => !/^\/(?:data|geo)\/[\w-]+\.json$/.test(path))).toEqual([]);
  });
});
