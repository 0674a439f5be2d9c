import { DESKTOP, expect, PHONE, screenshot, test, waitForLiveApp, type Page } from './fixtures';

const COUNTY_NAMES_ZH = ['端州区', '鼎湖区', '高要区', '四会市', '广宁县', '怀集县', '封开县', '德庆县'];
const DATASET = '**/data/zhaoqing-2024.json';

for (const { name, width, height } of [
  { name: 'desktop', ...DESKTOP },
  { name: 'phone', ...PHONE },
])
  test.describe(`first screen on ${name} (${width}×${height})`, () => {
    test.use({ viewport: { width, height } });

    test('draws the eight counties, east and west apart, with the headline figures and their sources', async ({
      page,
    }) => {
      await page.goto('/');
      await waitForLiveApp(page);
      const labels = page.locator('.county-label');
      await expect(labels).toHaveCount(8);
      expect((await labels.allInnerTexts()).sort()).toEqual([...COUNTY_NAMES_ZH].sort());

      // The county shapes are SVG paths; east and west must not share a fill colour.
      const fillsOf = (selector: string) =>
        page.locator(selector).evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));
      const eastFills = await fillsOf('.leaflet-overlay-pane path.county-east');
      const westFills = await fillsOf('.leaflet-overlay-pane path.county-west');
      expect(eastFills).toHaveLength(4);
      expect(westFills).toHaveLength(4);
      expect(new Set(eastFills).size).toBe(1);
      expect(new Set(westFills).size).toBe(1);
      expect(eastFills[0]).not.toBe(westFills[0]);

      // Every label of a county must be inside the visible map (fit to Zhaoqing at every size).
      const mapBox = await page.locator('.map').boundingBox();
      if (!mapBox) throw new Error('map has no box');
      const labelBoxes = await labels.evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      );
      expect(labelBoxes).toHaveLength(8);
      for (const b of labelBoxes) {
        expect(b.left).toBeGreaterThanOrEqual(mapBox.x - 1);
        expect(b.right).toBeLessThanOrEqual(mapBox.x + mapBox.width + 1);
      }

      const headline = page.getByRole('region', { name: '主要数字' });
      await expect(headline.getByText('1675亿元')).toBeVisible();
      await expect(headline.getByText('超800亿元')).toBeVisible();
      await expect(headline.getByText('接近500亿元')).toBeVisible();
      await expect(headline.getByText(/来源：/)).toHaveCount(3);

      await screenshot(page, `first-screen-${name}`);
    });
  });

test.describe('data error screens', () => {
  /**
   * Opens the app with the dataset answered by `mutate` (null: the body "Not found") and `status`.
   * The browser reports a file that failed to load on the console: that is the failure under test.
   */
  async function withDataset(
    page: Page,
    mutate: (json: Record<string, unknown>) => string | null,
    status = 200,
  ) {
    const original = (await (await page.request.get('/data/zhaoqing-2024.json')).json()) as Record<
      string,
      unknown
    >;
    await page.route(DATASET, (route) => {
      const body = mutate(structuredClone(original));
      return route.fulfill({ status, contentType: 'application/json', body: body ?? 'Not found' });
    });
    await page.goto('/');
    await expect(page.getByRole('alert')).toBeVisible();
  }

  test('names the file and the position for invalid JSON', async ({ page }) => {
    await withDataset(page, (json) => JSON.stringify(json).slice(0, 200));
    await expect(page.getByRole('heading', { name: '无法加载 data/zhaoqing-2024.json' })).toBeVisible();
    await expect(page.getByText(/不是有效的 JSON/)).toBeVisible();
  });

  test('names the path of a missing required field', async ({ page }) => {
    await withDataset(page, (json) => {
      delete (json.meta as Record<string, unknown>).asOf;
      return JSON.stringify(json);
    });
    await expect(page.getByRole('alert').getByText('meta.asOf')).toBeVisible();
    await expect(page.getByRole('alert').getByText(/缺少必填字段/)).toBeVisible();
    await screenshot(page, 'error-missing-field');
  });

  test('names the path of a field with the wrong type, and Retry recovers once the file is fixed', async ({
    page,
  }) => {
    let broken = true;
    await withDataset(page, (json) => {
      if (broken)
        ((json.indicators as Record<string, unknown>[])[2] as Record<string, unknown>).value =
          'eight hundred';
      return JSON.stringify(json);
    });
    await expect(page.getByRole('alert').getByText('indicators[2].value')).toBeVisible();
    await expect(page.getByRole('alert').getByText(/类型错误：应为 number/)).toBeVisible();
    broken = false;
    await page.getByRole('button', { name: '重试' }).click();
    await waitForLiveApp(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('says the server answered 404', async ({ page, watch }) => {
    watch.allow(/^console: Failed to load resource: the server responded with a status of 404/);
    await withDataset(page, () => null, 404);
    await expect(page.getByRole('heading', { name: '无法加载 data/zhaoqing-2024.json' })).toBeVisible();
    await expect(page.getByText('服务器返回 404。')).toBeVisible();
    await screenshot(page, 'error-404');
  });
});
