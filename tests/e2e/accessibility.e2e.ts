import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, waitForLazyParts } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The whole page, in the states people meet most, checked by axe (WCAG 2.x A/AA rules). */
describe('accessibility (axe) of the whole page', () => {
  it.each([
    { name: 'first screen, desktop', query: '', width: 1280, height: 800 },
    { name: 'park details in English', query: '?lang=en&park=high-tech-zone', width: 1280, height: 800 },
    { name: 'park list on a phone', query: '?tab=parks', width: 390, height: 844 },
    {
      name: 'county and charts, Traditional',
      query: '?lang=zh-Hant&county=441226&tab=charts',
      width: 1280,
      height: 800,
    },
    { name: 'filtered, big screen', query: '?sectors=nev,storage', width: 1920, height: 1080 },
  ])('$name has no violations', async ({ query, width, height }) => {
    const { page, context, errors } = await openPage(browser, { width, height });
    try {
      await page.goto(`${baseUrl()}${query}`);
      await page.locator('.county-label').first().waitFor();
      await waitForLazyParts(page); // lazy tabs (charts) drawn
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const violations = result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
