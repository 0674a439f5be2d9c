import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, screenshot } from './browser';

const COUNTY_NAMES_ZH = ['端州区', '鼎湖区', '高要区', '四会市', '广宁县', '怀集县', '封开县', '德庆县'];
const DATASET = '**/data/zhaoqing-2024.json';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function countyLabels(page: Page): Promise<string[]> {
  await page.locator('.county-label').first().waitFor();
  return page.locator('.county-label').allInnerTexts();
}

describe.each([
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
])('first screen on $name ($width×$height)', ({ name, width, height }) => {
  it('draws the eight counties, east and west apart, with the headline figures and their sources', async () => {
    const { page, errors, context } = await openPage(browser, { width, height });
    await page.goto(baseUrl());
    expect((await countyLabels(page)).sort()).toEqual([...COUNTY_NAMES_ZH].sort());

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
    const labelBoxes = await page
      .locator('.county-label')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(labelBoxes).toHaveLength(8);
    for (const b of labelBoxes) {
      expect(b.left).toBeGreaterThanOrEqual(mapBox.x - 1);
      expect(b.right).toBeLessThanOrEqual(mapBox.x + mapBox.width + 1);
    }

    const headline = page.getByRole('region', { name: '主要数字' });
    await expect(headline.getByText('1675亿元').isVisible()).resolves.toBe(true);
    await expect(headline.getByText('超800亿元').isVisible()).resolves.toBe(true);
    await expect(headline.getByText('接近500亿元').isVisible()).resolves.toBe(true);
    expect(await headline.getByText(/来源：/).count()).toBe(3);

    await screenshot(page, `first-screen-${name}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('data error screens', () => {
  async function withDataset(mutate: (json: Record<string, unknown>) => string | null, status = 200) {
    const { page, context } = await openPage(browser);
    const original = await (await fetch(new URL('data/zhaoqing-2024.json', baseUrl()))).json();
    await page.route(DATASET, (route) => {
      const body = mutate(structuredClone(original));
      return route.fulfill({ status, contentType: 'application/json', body: body ?? 'Not found' });
    });
    await page.goto(baseUrl());
    await page.getByRole('alert').waitFor();
    return { page, context };
  }

  it('names the file and the position for invalid JSON', async () => {
    const { page, context } = await withDataset((json) => JSON.stringify(json).slice(0, 200));
    await expect(
      page.getByRole('heading', { name: '无法加载 data/zhaoqing-2024.json' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText(/不是有效的 JSON/).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('names the path of a missing required field', async () => {
    const { page, context } = await withDataset((json) => {
      delete (json.meta as Record<string, unknown>).asOf;
      return JSON.stringify(json);
    });
    await expect(page.getByRole('alert').getByText('meta.asOf').isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByRole('alert')
        .getByText(/缺少必填字段/)
        .isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'error-missing-field');
    await context.close();
  });

  it('names the path of a field with the wrong type, and Retry recovers once the file is fixed', async () => {
    let broken = true;
    const { page, context } = await withDataset((json) => {
      if (broken)
        ((json.indicators as Record<string, unknown>[])[2] as Record<string, unknown>).value =
          'eight hundred';
      return JSON.stringify(json);
    });
    await expect(page.getByRole('alert').getByText('indicators[2].value').isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByRole('alert')
        .getByText(/类型错误：应为 number/)
        .isVisible(),
    ).resolves.toBe(true);
    broken = false;
    await page.getByRole('button', { name: '重试' }).click();
    await page.locator('.county-label').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('says the server answered 404', async () => {
    const { page, context } = await withDataset(() => null, 404);
    await expect(
      page.getByRole('heading', { name: '无法加载 data/zhaoqing-2024.json' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText('服务器返回 404。').isVisible()).resolves.toBe(true);
    await screenshot(page, 'error-404');
    await context.close();
  });
});
