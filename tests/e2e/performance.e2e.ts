import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset-schema';
import type { Geography } from '../../src/domain/geo-schema';
import { DENSE_THRESHOLD } from '../../src/domain/dense-points';
import { ALL_MESSAGES } from '../../src/i18n/all-messages';
import { withSyntheticProjects } from '../fixtures/synthetic-projects.mjs';
import { baseUrl, launchBrowser, openPage, screenshot } from './browser';

/**
 * The first screen does not wait for the JavaScript (it is prerendered, in the reader's language,
 * and the app's scripts and data start only after it has painted), and a project register of
 * thousands of places is drawn as counted cells, not as thousands of DOM markers. Production build.
 * The timings themselves are measured by `npm run bench`, not here (this machine is shared).
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ENTRY = /\/assets\/index-[\w-]+\.js$/;

describe('the first screen', () => {
  it.each([
    { locale: 'en-US', query: '', lang: 'en', title: ALL_MESSAGES.en.app.title },
    { locale: 'en-US', query: '?lang=zh-Hant', lang: 'zh-Hant', title: ALL_MESSAGES['zh-Hant'].app.title },
    { locale: 'zh-CN', query: '', lang: 'zh-Hans', title: ALL_MESSAGES['zh-Hans'].app.title },
  ])(
    'is painted in $lang for a $locale browser ($query) with no app script at all',
    async ({ locale, query, lang, title }) => {
      const { page, context } = await openPage(browser, { locale });
      try {
        await page.route(ENTRY, (route) => route.abort('failed'));
        await page.goto(`${baseUrl()}${query}`);
        const screen = page.locator(`.first-screen[data-first-screen="${lang}"]`);
        await screen.locator('h1').waitFor();
        expect(await screen.locator('h1').innerText()).toBe(title);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        // Only that language's screen is shown; the outline image stands in for the map.
        expect(await page.locator('.first-screen:visible').count()).toBe(1);
        await page.waitForFunction((l) => {
          const img = document.querySelector<HTMLImageElement>(
            `.first-screen[data-first-screen="${l}"] .map-outline img`,
          );
          return img !== null && img.complete && img.naturalWidth > 0 && img.checkVisibility();
        }, lang);
        expect(await screen.locator('.sector-toggle').count()).toBeGreaterThan(10);
        if (lang === 'en') await screenshot(page, 'first-screen-prerendered-en');
      } finally {
        await context.close();
      }
    },
  );

  it('starts the app’s scripts and data only after it has painted, then is replaced by the live app', async () => {
    const { page, context, errors } = await openPage(browser);
    try {
      await page.goto(baseUrl());
      await page.locator('.leaflet-marker-pane .place-marker').first().waitFor();
      const timing = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        const start = (re: RegExp) =>
          (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) =>
            re.test(r.name),
          )?.startTime ?? NaN;
        return { fcp, entry: start(/assets\/index-[\w-]+\.js$/), data: start(/data\/zhaoqing-2024\.json$/) };
      });
      expect(timing.fcp).toBeGreaterThan(0);
      expect(timing.entry).toBeGreaterThanOrEqual(timing.fcp);
      expect(timing.data).toBeGreaterThanOrEqual(timing.fcp);
      // The live app has replaced every prerendered screen.
      expect(await page.locator('.first-screen').count()).toBe(0);
      expect(await page.locator('html').getAttribute('data-live')).toBe('true');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a register of 10,000 projects', () => {
  const shipped = JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as Dataset;
  const geography = JSON.parse(readFileSync('public/geo/zhaoqing.json', 'utf8')) as Geography;
  const data = withSyntheticProjects(shipped, geography, 10_000);
  const body = JSON.stringify(data);
  const zh = ALL_MESSAGES['zh-Hans'];

  it('draws counted cells on one canvas, keeps the filter working, and lists the firms as a virtual list', async () => {
    const { page, context, errors } = await openPage(browser);
    try {
      await page.route(/\/data\/zhaoqing-2024\.json$/, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
      await page.goto(baseUrl());
      await page.locator('canvas.dense-points').waitFor();
      // Symbols are drawn once their placement arrives from its worker.
      await page.locator('.leaflet-marker-pane .place-marker').first().waitFor();
      // The parks and the named firms are still symbols; the 10,000 points are not DOM markers.
      const symbols = await page.locator('.leaflet-marker-pane .place-marker').count();
      expect(symbols).toBeGreaterThan(10);
      expect(symbols).toBeLessThan(DENSE_THRESHOLD);
      // (The legend starts folded on this screen: its text is there, not shown.)
      expect(await page.locator('.map-legend').textContent()).toContain(zh.map.denseCells);
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
      await page.waitForFunction(() => new URL(location.href).searchParams.get('sectors') === 'nev');
      await page.getByRole('tab', { name: zh.panel.parks }).click();

      // One list, named with its length; only the rows in view (and a few more) are in the DOM.
      const total = data.entities.length;
      const list = page.getByRole('list', {
        name: zh.entityList.label.replace('{{total}}', total.toLocaleString('zh-CN')),
      });
      const rows = list.getByRole('listitem');
      await rows.first().waitFor();
      expect(await page.locator('.entity-rows').count()).toBe(0);
      expect(await rows.count()).toBeLessThan(40);
      expect(await rows.first().getAttribute('aria-setsize')).toBe(String(total));
      expect(await rows.first().getAttribute('aria-posinset')).toBe('1');
      const stop = list.locator('button[tabindex="0"]');
      expect(await stop.count()).toBe(1);

      // End reaches the last project: focused, in view, faded if outside the filter.
      const row = (n: number) => list.locator(`[aria-posinset="${n}"] button`);
      const focused = () =>
        page.evaluate(() =>
          Number(document.activeElement?.closest('[role="listitem"]')?.getAttribute('aria-posinset') ?? 0),
        );
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
      await expect.poll(focused).toBe(total);
      await row(total)
        .getByText(last?.name['zh-Hans'] ?? '?', { exact: true })
        .waitFor();
      await expect.poll(() => inBox(total)).toBe(true);
      expect(await row(total).evaluate((b) => b.classList.contains('is-faded'))).toBe(
        !last?.sectors.includes('nev'),
      );
      expect(await rows.count()).toBeLessThan(40);
      expect(await list.locator('button[tabindex="0"]').count()).toBe(1);

      // A row opens its details; closing them gives the focus back to it, in place, with the rows
      // before it drawn above it (the arrow keys brought it to the bottom of the box).
      await page.keyboard.press('Home');
      await expect.poll(focused).toBe(1);
      for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
      await expect.poll(focused).toBe(41);
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
      await page.locator('#place-details-heading').waitFor();
      expect(await page.locator('#place-details-heading').innerText()).toBe(
        data.entities[40]?.name['zh-Hans'],
      );
      // Hidden, the box reads its position as 0 (when a scroll settles after it was hidden: forced
      // here); shown again, the list must read it anew, or only the focused row is drawn.
      await page.evaluate(() =>
        document.querySelector('.entity-list-box')?.dispatchEvent(new Event('scroll')),
      );
      await page.keyboard.press('Escape');
      await expect.poll(focused).toBe(41);
      // Drawn at once, not after some later scroll: two frames on, its neighbours are in view.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      for (const n of [39, 40, 41]) expect(await inBox(n), `row ${n}`).toBe(true);

      const axe = await new AxeBuilder({ page })
        .include('.park-list')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      await screenshot(page, 'synthetic-10000-projects');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
