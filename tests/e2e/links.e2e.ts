import type { Browser, Locator, Page } from 'playwright-core';
import { copyFileSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, screenshot } from './browser';

/**
 * The basis of links and firms on their own, in Chromium against the production build:
 * "sourced links only" changes what the map and the list show and survives a reload through the
 * address; a firm opens from its marker (click, Enter), from the list and from a link.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A marker (role=button) named "<name>（<kind>，<precision>…" or "<name> (<kind>, …". */
const marker = (page: Page, name: string): Locator =>
  page.locator('.leaflet-marker-pane').getByRole('button', { name: new RegExp(`^${escape(name)}[（ ]`) });
const search = (page: Page) => new URL(page.url()).search;
const heading = (page: Page) => page.locator('#place-details-heading');

async function open(page: Page, query = '') {
  await page.goto(new URL(query, baseUrl()).href);
  await page.locator('.leaflet-marker-pane .place-marker').first().waitFor();
}

describe('sourced links only', () => {
  it('fades what only an inferred link matches, on the map and in the list, and survives a reload', async () => {
    const { page, context, errors } = await openPage(browser);
    await open(page, '?sectors=storage&tab=parks');
    const htzMarker = marker(page, '肇庆高新区');
    const htzRow = page.locator('.park-row[data-park-id="high-tech-zone"]');
    const catlRow = page.locator('.park-row[data-entity-id="catl-ruiqing"]');
    await expect.poll(() => htzMarker.getAttribute('class')).not.toMatch(/is-faded/);
    await expect.poll(() => htzRow.innerText()).toMatch(/新型储能（推断）/);
    expect(await htzRow.getAttribute('class')).not.toMatch(/is-faded/);

    const toggle = page.getByRole('switch', { name: '只看有来源的关联' });
    await toggle.click();
    await expect.poll(() => search(page)).toContain('links=sourced');
    await expect.poll(() => htzMarker.getAttribute('class')).toMatch(/is-faded/);
    await expect.poll(() => htzRow.getAttribute('class')).toMatch(/is-faded/);
    // CATL's own link to storage is stated by the source: it still matches.
    expect(await catlRow.getAttribute('class')).not.toMatch(/is-faded/);
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('只计有来源的关联');

    await page.reload();
    await page.locator('.leaflet-marker-pane .place-marker').first().waitFor();
    expect(search(page)).toContain('links=sourced');
    expect(await page.getByRole('switch', { name: '只看有来源的关联' }).isChecked()).toBe(true);
    await expect.poll(() => marker(page, '肇庆高新区').getAttribute('class')).toMatch(/is-faded/);
    await expect
      .poll(() => page.locator('.park-row[data-park-id="high-tech-zone"]').getAttribute('class'))
      .toMatch(/is-faded/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a firm on its own', () => {
  it('opens from its marker by click and by Enter; Escape gives focus back to the marker', async () => {
    const { page, context, errors } = await openPage(browser);
    await open(page);
    await marker(page, '小鹏汽车').click();
    await expect.poll(() => heading(page).innerText()).toBe('小鹏汽车');
    expect(search(page)).toBe('?v=2&entity=xpeng');
    await expect.poll(() => marker(page, '小鹏汽车').getAttribute('class')).toMatch(/is-selected/);
    await page.keyboard.press('Escape');
    await expect.poll(() => heading(page).count()).toBe(0);
    expect(search(page)).toBe('');

    const gcl = marker(page, '协鑫集团肇庆项目');
    await gcl.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).innerText()).toBe('协鑫集团肇庆项目');
    expect(search(page)).toBe('?v=2&entity=gcl');
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.closest('.place-marker')?.getAttribute('aria-label') ?? '',
        ),
      )
      .toMatch(/^协鑫集团肇庆项目（/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens from its row in the list, and Back closes it', async () => {
    const { page, context, errors } = await openPage(browser);
    await open(page, '?tab=parks');
    // Chromium puts spaces between the row's name and details (they are laid out as blocks).
    await page.getByRole('button', { name: /^风华高科\s*，/ }).click();
    await expect.poll(() => heading(page).innerText()).toBe('风华高科');
    expect(search(page)).toBe('?v=2&entity=fenghua&tab=parks');
    await expect.poll(() => page.locator('.place-details').innerText()).toContain('后续资料');
    await page.goBack();
    await expect.poll(() => heading(page).count()).toBe(0);
    expect(search(page)).toBe('?v=2&tab=parks');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['zh-Hans', '小鹏汽车', '后续资料'],
    ['zh-Hant', '小鵬汽車', '後續資料'],
    ['en', 'XPeng Motors', 'Later source'],
  ])('opens from a link (%s), with its later facts', async (lang, name, later) => {
    const { page, context, errors } = await openPage(browser, { width: 1280, height: 800 });
    await open(page, `?entity=xpeng&lang=${lang}`);
    await expect.poll(() => heading(page).innerText()).toBe(name);
    const details = page.locator('.place-details');
    await expect.poll(() => details.innerText()).toContain(later);
    expect(await details.innerText()).toContain('[Y15]');
    await expect.poll(() => marker(page, name).getAttribute('class')).toMatch(/is-selected/);
    const shot = await screenshot(page, `firm-details-${lang}`);
    if (process.env.UPDATE_DOC_SCREENSHOTS) {
      mkdirSync('docs/screenshots', { recursive: true });
      copyFileSync(shot, `docs/screenshots/firm-details-${lang}.png`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
