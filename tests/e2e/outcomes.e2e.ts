import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_MESSAGES } from '../../src/i18n/all-messages';
import { baseUrl, launchBrowser, openPage } from './browser';

/**
 * Targets & outcomes in Chromium against the production build: `?tab=outcomes` opens it, one card
 * per kind of verdict; a follow-up file that fails (HTTP 500) is reported by this view alone, with
 * Retry, while the rest of the dashboard works; and its late arrival moves nothing on screen.
 * Expected words come from the shipped files and the UI strings, not from lists written here.
 */

interface RawPair {
  id: string;
  title: Record<string, string>;
  reason: Record<string, string>;
}
const followup = JSON.parse(readFileSync('public/data/zhaoqing-followup.json', 'utf8')) as {
  pairs: RawPair[];
};
const zh = ALL_MESSAGES['zh-Hans'];
const en = ALL_MESSAGES.en;
const FOLLOWUP = /\/data\/zhaoqing-followup\.json$/;

/** One target per kind of verdict (src/domain/outcomes.test.ts pins all of them). */
const ONE_PER_VERDICT = {
  met: 'manufacturing-investment',
  'not-reached': 'nev-output-2024',
  'partial-year': 'gdp-growth-2025',
  'not-yet-published': 'gdp-2025',
  'scope-differs': 'emerging-output',
  'no-comparable-figure': 'electronics-cluster',
} as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const card = (page: Page, id: string) => page.locator(`article[data-pair="${id}"]`);

describe('Targets & outcomes', () => {
  it('opens from ?tab=outcomes with one card per kind of verdict, each a word and a reason', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${baseUrl()}?lang=en&tab=outcomes`);
    await card(page, 'nev-output-2024').waitFor(); // the live app, not the first screen painted before it
    const tab = page.getByRole('tab', { name: en.panel.outcomes });
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('article[data-pair]').count()).toBe(followup.pairs.length);
    for (const [verdict, id] of Object.entries(ONE_PER_VERDICT)) {
      const pair = followup.pairs.find((p) => p.id === id);
      const c = card(page, id);
      expect(await c.getAttribute('data-verdict'), id).toBe(verdict);
      expect(await c.getByRole('heading', { level: 3 }).innerText()).toBe(pair?.title.en);
      expect(await c.locator('.verdict-badge').innerText()).toContain(
        en.outcomesPanel.verdict[verdict as 'met'],
      );
      expect(await c.locator('.outcome-reason').innerText()).toBe(pair?.reason.en);
    }
    // The C5 figure reads "year not stated"; the tier reads as a class, never a number.
    const storage = card(page, 'storage-output').locator('[data-figure="Y19-storage"]');
    expect(await storage.innerText()).toContain('year not stated');
    expect(
      await card(page, 'electronics-cluster').locator('[data-figure="Y27-tier"] .figure-text').innerText(),
    ).toBe('50-bn-yuan class (五百亿级)');
    // Text only: no chart, bar or line in this view.
    expect(await page.locator('.outcomes svg, .outcomes canvas').count()).toBe(0);
    // The header states the range of the sources' dates, the follow-up file's included.
    await page.locator('.app-asof', { hasText: 'Jan 2026' }).waitFor();
    expect(await page.locator('.app-asof').innerText()).toBe('Sources dated 2013 – Jan 2026');
    // Accessible as a whole (axe, WCAG 2.2 A/AA), as every other tab is (accessibility.e2e.ts).
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .include('.layout-panel')
      .analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reports a failing follow-up file in this view only, with Retry; the rest works; Retry recovers', async () => {
    const { page, context } = await openPage(browser);
    let failing = true;
    await page.route(FOLLOWUP, (route: Route) =>
      failing ? route.fulfill({ status: 500, body: 'down' }) : route.continue(),
    );
    await page.goto(`${baseUrl()}?tab=outcomes`);
    const alert = page.locator('.outcomes-load-failed[role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('data/zhaoqing-followup.json');
    expect(await alert.innerText()).toContain('500');

    // The rest of the dashboard: the map's markers open a park, the filter filters, the overview shows.
    await page.locator('.county-label').first().waitFor();
    // Markers follow the labels once the placement worker answers: wait for them, then count.
    await page.locator('.leaflet-marker-pane .place-marker').first().waitFor();
    expect(await page.locator('.leaflet-marker-pane .place-marker').count()).toBeGreaterThan(10);
    await page
      .locator('.leaflet-marker-pane')
      .getByRole('button', { name: /^肇庆高新区（/ })
      .click();
    await page.locator('#place-details-heading', { hasText: '肇庆高新区' }).waitFor();
    await page.keyboard.press('Escape');
    await page
      .getByRole('region', { name: '按行业筛选' })
      .getByRole('button', { name: '新能源汽车', exact: true })
      .click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sectors') === 'nev');
    await page.getByRole('tab', { name: zh.panel.overview }).click();
    await page.getByRole('heading', { name: zh.figures.heading }).waitFor();
    expect(await page.locator('.app-header [role="alert"], .layout-map [role="alert"]').count()).toBe(0);
    // Without the file the header keeps the dataset's own range (its latest source is YS01, Jan 2026).
    expect(await page.locator('.app-asof').innerText()).toBe('资料来源日期：2013年—2026年1月');

    // Back on the tab, the file is asked for again and fails again; then it is reachable and Retry brings the view.
    await page.getByRole('tab', { name: zh.panel.outcomes }).click();
    await alert.waitFor();
    failing = false;
    await alert.getByRole('button', { name: zh.outcomes.retry }).click();
    await card(page, 'nev-output-2024').waitFor();
    expect(await alert.count()).toBe(0);
    // With the NEV filter on, the NEV targets and the city-wide ones show.
    expect(await card(page, 'electronics-cluster').count()).toBe(0);
    expect(await card(page, 'gdp-2025').count()).toBe(1);
    await context.close();
  });

  it.each([
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ])('moves nothing on screen when the follow-up file arrives late ($name)', async ({ width, height }) => {
    const { page, context } = await openPage(browser, { width, height });
    await context.addInitScript(() => {
      const w = window as unknown as { __shifts: number[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!e.hadRecentInput) w.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(FOLLOWUP, async (route: Route) => {
      await arrived;
      await route.continue();
    });
    await page.goto(baseUrl());
    await page.locator('.county-label').first().waitFor();
    await page.locator('.key-figures').waitFor();
    const before = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.length);
    release();
    await page.locator('[data-later="Y37-planned"]').waitFor();
    await page.locator('.app-asof', { hasText: '2026' }).waitFor();
    // Layout-shift entries are queued once the frames with the new lines are painted: wait for two
    // frames and then the observer's task, not for a fixed time.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
        ),
    );
    const late = await page.evaluate(
      (n) => (window as unknown as { __shifts: number[] }).__shifts.slice(n),
      before,
    );
    expect(late.reduce((a, b) => a + b, 0)).toBe(0);
    await context.close();
  });
});
