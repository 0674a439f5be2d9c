import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_MESSAGES } from '../../src/i18n/all-messages';
import { baseUrl, launchBrowser, openPage, screenshot, waitForLazyParts } from './browser';

/**
 * A day on a screen with the network unplugged (README, "Offline"): after one visit online, the
 * service worker has the app, its lazy chunks, the data and the geography, and a reload with no
 * network at all gives the live dashboard — markers, filter, figures, the charts (a lazy chunk)
 * and another language (another chunk). The only test that lets service workers run (openPage).
 */

const zh = ALL_MESSAGES['zh-Hans'];
const en = ALL_MESSAGES.en;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The live app (not only the prerendered first screen) with its map's markers drawn. */
async function waitForLiveDashboard(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.live === 'true');
  await page.locator('.leaflet-marker-pane .place-marker').first().waitFor();
}

describe('offline after a first visit', () => {
  it('reloads with no network and keeps working: map, filter, figures, charts, languages', async () => {
    const { page, context, errors } = await openPage(browser, { serviceWorkers: 'allow' });
    // Offline, the worker still tries the network first for the data and geography (a deployment
    // may have corrected a figure), and Chromium reports each such attempt on the page's console.
    const failedLoads: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && msg.text().startsWith('Failed to load resource'))
        failedLoads.push(new URL(msg.location().url).pathname);
    });
    await page.goto(baseUrl());
    await waitForLiveDashboard(page);

    // The worker is registered after `load`, installs (precache and data), then claims this page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cachedData = await page.evaluate(async () => {
      const cache = await caches.open('zq344-data');
      return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
    });
    expect(cachedData).toEqual([
      '/data/zhaoqing-2024.json',
      '/data/zhaoqing-followup.json',
      '/geo/zhaoqing.json',
    ]);

    await context.setOffline(true);
    await page.reload();
    await waitForLiveDashboard(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.locator('.leaflet-marker-pane .place-marker').count()).toBeGreaterThan(10);

    // The key figures.
    const headline = page.getByRole('region', { name: zh.figures.heading });
    await headline.getByText('1675亿元').waitFor();

    // The filter: a sector pressed, the address follows.
    const nev = page.locator('.sector-toggle[data-sector="nev"]');
    await nev.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sectors') === 'nev');
    expect(await nev.getAttribute('aria-pressed')).toBe('true');

    // The charts tab is a lazy chunk (and Recharts another): served by the worker.
    await page.getByRole('tab', { name: zh.panel.charts }).click();
    await page.locator('.charts-panel figure[data-chart]').first().waitFor();
    await waitForLazyParts(page);
    expect(await page.locator('.charts-panel g.chart-mark').count()).toBeGreaterThan(0);

    // Another language's strings are a chunk too.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('tab', { name: en.panel.charts, selected: true }).waitFor();

    // A link opened offline (any query) is the same cached page, in its own view.
    await page.goto(`${baseUrl()}?v=1&lang=zh-Hant&tab=parks`);
    await waitForLiveDashboard(page);
    await page.getByRole('tab', { name: ALL_MESSAGES['zh-Hant'].panel.parks, selected: true }).waitFor();

    await screenshot(page, 'offline-reload');
    expect(errors.filter((e) => !e.startsWith('console: Failed to load resource'))).toEqual([]);
    expect(failedLoads.filter((path) => !/^\/(?:data|geo)\/[\w-]+\.json$/.test(path))).toEqual([]);
    await context.close();
  });
});
