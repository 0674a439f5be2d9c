import { readFileSync } from 'node:fs';
import type { Route } from '@playwright/test';
import { ALL_MESSAGES } from '../../src/i18n/all-messages';
import {
  DESKTOP,
  expect,
  marker,
  PHONE,
  sectorToggle,
  test,
  waitForLiveApp,
  axe,
  type Page,
} from './fixtures';

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

/** One target per kind of verdict (src/domain/outcomes/outcomes.test.ts pins all of them). */
const ONE_PER_VERDICT = {
  met: 'urban-jobs-2024',
  'not-reached-implied': 'nev-output-2024',
  'same-measure-again': 'manufacturing-investment',
  'missed-scopes-differ': 'nev-parts-2025',
  'partial-year': 'gdp-growth-2025',
  'not-yet-published': 'gdp-2025',
  'scope-differs': 'emerging-output',
  'no-comparable-figure': 'electronics-cluster',
} as const;

const card = (page: Page, id: string) => page.locator(`article[data-pair="${id}"]`);

test.describe('Targets & outcomes', () => {
  test('opens from ?tab=outcomes with one card per kind of verdict, each a word and a reason', async ({
    page,
  }) => {
    await page.goto('/?lang=en&tab=outcomes');
    await expect(card(page, 'nev-output-2024')).toBeVisible(); // the live app, not the first screen painted before it
    const tab = page.getByRole('tab', { name: en.panel.outcomes });
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('article[data-pair]')).toHaveCount(followup.pairs.length);
    for (const [verdict, id] of Object.entries(ONE_PER_VERDICT)) {
      const pair = followup.pairs.find((p) => p.id === id);
      const c = card(page, id);
      await expect(c, id).toHaveAttribute('data-verdict', verdict);
      await expect(c.getByRole('heading', { level: 3 })).toHaveText(pair?.title.en ?? '?');
      // A verdict that rests on a basis names it ("Not reached — implied by {{basis}}"): the words before it.
      const words = en.outcomesPanel.verdict[verdict as keyof typeof en.outcomesPanel.verdict];
      await expect(c.locator('.verdict-badge')).toContainText(words.split('{{')[0] ?? words);
      await expect(c.locator('.outcome-reason')).toHaveText(pair?.reason.en ?? '?');
    }
    // The C5 figure reads "year not stated"; the tier reads as a class, never a number.
    const storage = card(page, 'storage-output').locator('[data-figure="Y19-storage"]');
    await expect(storage).toContainText('year not stated');
    await expect(
      card(page, 'electronics-cluster').locator('[data-figure="Y27-tier"] .figure-text'),
    ).toHaveText('50-bn-yuan class (五百亿级)');
    // Text only: no chart, bar or line in this view.
    await expect(page.locator('.outcomes svg, .outcomes canvas')).toHaveCount(0);
    // The header states the range of the sources' dates, the follow-up file's included.
    await expect(page.locator('.app-asof')).toHaveText('Sources dated 2013 – Jan 2026');
    // Accessible as a whole (axe, WCAG 2.2 A/AA), as every other tab is (accessibility.e2e.ts).
    const found = await axe(page).include('.layout-panel').analyze();
    expect(
      found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  test('reports a failing follow-up file in this view only, with Retry; the rest works; Retry recovers', async ({
    page,
    watch,
  }) => {
    // The browser reports the failed file on the console: that is the failure under test.
    watch.allow(/^console: Failed to load resource: the server responded with a status of 500/);
    let failing = true;
    await page.route(FOLLOWUP, (route: Route) =>
      failing ? route.fulfill({ status: 500, body: 'down' }) : route.continue(),
    );
    await page.goto('/?tab=outcomes');
    const alert = page.locator('.outcomes-load-failed[role="alert"]');
    await expect(alert).toContainText('data/zhaoqing-followup.json');
    await expect(alert).toContainText('500');

    // The rest of the dashboard: the map's markers open a park, the filter filters, the overview shows.
    await waitForLiveApp(page);
    expect(await page.locator('.leaflet-marker-pane .place-marker').count()).toBeGreaterThan(10);
    await marker(page, '肇庆高新区').click();
    await expect(page.locator('#place-details-heading')).toHaveText('肇庆高新区');
    await page.keyboard.press('Escape');
    await sectorToggle(page.getByRole('region', { name: '按行业筛选' }), '新能源汽车').click();
    await expect(page).toHaveURL((url) => url.searchParams.get('sectors') === 'nev');
    await page.getByRole('tab', { name: zh.panel.overview }).click();
    await expect(page.getByRole('heading', { name: zh.figures.heading })).toBeVisible();
    await expect(page.locator('.app-header [role="alert"], .layout-map [role="alert"]')).toHaveCount(0);
    // Without the file the header keeps the dataset's own range (its latest source is YS01, Jan 2026).
    await expect(page.locator('.app-asof')).toHaveText('资料来源日期：2013年—2026年1月');

    // Back on the tab, the file is asked for again and fails again; then it is reachable and Retry brings the view.
    await page.getByRole('tab', { name: zh.panel.outcomes }).click();
    await expect(alert).toBeVisible();
    failing = false;
    await alert.getByRole('button', { name: zh.outcomes.retry }).click();
    await expect(card(page, 'nev-output-2024')).toBeVisible();
    await expect(alert).toHaveCount(0);
    // With the NEV filter on, the NEV targets and the city-wide ones show.
    await expect(card(page, 'electronics-cluster')).toHaveCount(0);
    await expect(card(page, 'gdp-2025')).toHaveCount(1);
  });

  for (const { name, ...size } of [
    { name: 'desktop', ...DESKTOP },
    { name: 'phone', ...PHONE },
  ])
    test.describe(() => {
      test.use({ viewport: size });
      test(`moves nothing on screen when the follow-up file arrives late (${name})`, async ({
        page,
        context,
      }) => {
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
        await page.goto('/');
        await expect(page.locator('html')).toHaveAttribute('data-live', 'true');
        await expect(page.locator('.county-label').first()).toBeVisible();
        await expect(page.locator('.key-figures')).toBeVisible();
        const before = await page.evaluate(
          () => (window as unknown as { __shifts: number[] }).__shifts.length,
        );
        release();
        await expect(page.locator('[data-later="Y37-planned"]')).toBeVisible();
        await expect(page.locator('.app-asof')).toContainText('2026');
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
      });
    });
});
