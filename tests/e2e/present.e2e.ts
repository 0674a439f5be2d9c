import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, screenshot } from './browser';

/**
 * Presentation mode as an official uses it on a conference screen: in by a button, a key or a
 * link; the tour stepped by keys, paused and resumed, running by itself at its interval and
 * looping; a tour given in a link; and nothing left behind on leaving. Production build, Chromium.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BIG = { width: 1920, height: 1080 };

async function open(page: Page, query = '') {
  await page.goto(new URL(query, baseUrl()).href);
  await page.locator('.leaflet-marker-pane .place-marker').first().waitFor();
}

const search = (page: Page) => new URL(page.url()).searchParams;
const caption = (page: Page) => page.locator('.presentation-caption').innerText();
const presenting = (page: Page) =>
  page.evaluate(() => document.documentElement.classList.contains('is-presenting'));

/** Resolves once the caption reads `text` (a string or a pattern), and returns it. */
async function waitForCaption(page: Page, text: string | RegExp) {
  await expect.poll(() => caption(page), { timeout: 10_000 }).toMatch(text);
}

describe('entering and leaving', () => {
  it('enters by the header button and leaves by its Leave button, leaving nothing behind', async () => {
    const { page, context, errors } = await openPage(browser, { ...BIG, locale: 'en-US' });
    try {
      await open(page, '?lang=en');
      for (let round = 0; round < 2; round++) {
        await page.getByRole('button', { name: 'Present', exact: true }).click();
        await page.locator('.presentation').waitFor();
        expect(await presenting(page)).toBe(true);
        expect(search(page).get('mode')).toBe('present');
        // Editing controls give way; the tour's own controls are visible buttons.
        await expect(page.locator('.layout-filter').isVisible()).resolves.toBe(false);
        await expect(page.getByRole('button', { name: 'Pause' }).isVisible()).resolves.toBe(true);
        // Body text from 5 m: at least 24 px on a 1920×1080 screen.
        const size = await page
          .locator('.layout-panel p')
          .first()
          .evaluate((el) => getComputedStyle(el).fontSize);
        expect(parseFloat(size)).toBeGreaterThanOrEqual(24);
        await page.getByRole('button', { name: 'Leave presentation' }).click();
        await page.locator('.presentation').waitFor({ state: 'detached' });
        expect(await presenting(page)).toBe(false);
        expect(search(page).get('mode')).toBeNull();
        expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
      }
      expect(await page.locator('.presentation').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('enters by the P key and leaves by Esc; opens from a link with ?mode=present', async () => {
    const { page, context, errors } = await openPage(browser, BIG);
    try {
      await open(page);
      await page.locator('body').press('p');
      await page.locator('.presentation').waitFor();
      await waitForCaption(page, /^肇庆“344”园区布局/);
      await page.keyboard.press('Escape');
      await page.locator('.presentation').waitFor({ state: 'detached' });
      expect(await presenting(page)).toBe(false);

      await open(page, '?mode=present');
      await page.locator('.presentation').waitFor();
      await waitForCaption(page, /^肇庆“344”园区布局/);
      expect(await presenting(page)).toBe(true);
      // The QR code of the view is in the corner by default; hidden, the link says so.
      await page.locator('.presentation-qr svg.qr-code').waitFor();
      await page.getByRole('button', { name: '隐藏二维码' }).click();
      await page.locator('.presentation-qr').waitFor({ state: 'detached' });
      expect(search(page).get('qr')).toBe('0');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the tour', () => {
  it('steps by →, PageDown and Space, back by ← and PageUp, in the default order, and loops', async () => {
    const { page, context, errors } = await openPage(browser, BIG);
    try {
      await open(page, '?mode=present&every=600');
      await waitForCaption(page, /^肇庆“344”园区布局/);
      await page.keyboard.press('ArrowRight');
      await waitForCaption(page, '主导产业：新能源汽车');
      expect(search(page).get('sectors')).toBe('nev');
      expect(search(page).get('scene')).toBe('2');
      await page.keyboard.press('PageDown');
      await waitForCaption(page, '主导产业：新型储能');
      await page.keyboard.press(' ');
      await waitForCaption(page, '主导产业：电子信息');
      await page.keyboard.press('ArrowRight');
      await waitForCaption(page, /^广东省\(肇庆\)大型产业集聚区/);
      await expect(page.locator('.place-details').isVisible()).resolves.toBe(true);
      await page.keyboard.press('ArrowLeft');
      await waitForCaption(page, '主导产业：电子信息');
      await page.keyboard.press('PageUp');
      await waitForCaption(page, '主导产业：新型储能');
      // Back from the first scene is the last one (the key figures and targets), and on again the first.
      await page.keyboard.press('PageUp');
      await page.keyboard.press('PageUp');
      await waitForCaption(page, /^肇庆“344”园区布局/);
      await page.keyboard.press('ArrowLeft');
      await waitForCaption(page, '主要数字与目标');
      expect(search(page).get('tab')).toBe('outcomes');
      await page.keyboard.press('ArrowRight');
      await waitForCaption(page, /^肇庆“344”园区布局/);
      // A tour's scenes replace the history entry: Back leaves the presentation.
      await page.goBack();
      await page.locator('.presentation').waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('moves on by itself at its interval (±10 %), and loops', async () => {
    const { page, context, errors } = await openPage(browser, BIG);
    try {
      await open(page, '?mode=present&every=3&tour=overview,east,west');
      await waitForCaption(page, /^肇庆“344”园区布局/);
      // When each caption appeared, from the page's clock.
      await page.evaluate(() => {
        const w = window as unknown as { __scenes: { at: number; text: string }[] };
        w.__scenes = [];
        new MutationObserver(() => {
          const text = document.querySelector('.presentation-caption')?.textContent ?? '';
          if (w.__scenes.at(-1)?.text !== text) w.__scenes.push({ at: performance.now(), text });
        }).observe(document.querySelector('.presentation') ?? document.body, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __scenes: unknown[] }).__scenes.length), {
          timeout: 15_000,
        })
        .toBeGreaterThanOrEqual(3);
      const scenes = await page.evaluate(
        () => (window as unknown as { __scenes: { at: number; text: string }[] }).__scenes,
      );
      // east → west → overview again (the loop), each 3 s after the one before.
      expect(scenes.slice(0, 3).map((s) => s.text.slice(0, 4))).toEqual(['东部4区', '西部4县', '肇庆“3']);
      for (const [a, b] of [
        [scenes[0], scenes[1]],
        [scenes[1], scenes[2]],
      ]) {
        const gap = (b?.at ?? 0) - (a?.at ?? 0);
        expect(gap).toBeGreaterThanOrEqual(2_700);
        expect(gap).toBeLessThanOrEqual(3_300);
      }

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('pauses on K and by its button, stays paused however long, and resumes', async () => {
    const { page, context, errors } = await openPage(browser, BIG);
    try {
      // The page's clock is Playwright's: time runs as usual, and can be jumped ahead at once.
      await page.clock.install();
      await open(page, '?mode=present&every=3&tour=overview,east,west');
      await waitForCaption(page, /^肇庆“344”园区布局/);
      await page.keyboard.press('k');
      await page.locator('.presentation-count', { hasText: '已暂停' }).waitFor();
      await page.clock.fastForward(60_000);
      expect(await caption(page)).toMatch(/^肇庆“344”园区布局/);
      await page.getByRole('button', { name: '继续' }).click();
      await page.clock.fastForward(3_100);
      await waitForCaption(page, /^东部4区/);
      await page.getByRole('button', { name: '暂停' }).click();
      await page.locator('.presentation-count', { hasText: '已暂停' }).waitFor();
      await page.clock.fastForward(60_000);
      expect(await caption(page)).toMatch(/^东部4区/);
      await page.keyboard.press('K');
      await page.clock.fastForward(3_100);
      await waitForCaption(page, /^西部4县/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('plays a custom tour from a link, in the link’s order and language', async () => {
    const { page, context, errors } = await openPage(browser, BIG);
    try {
      await open(
        page,
        '?lang=en&mode=present&every=600&tour=park.high-tech-zone,sector.storage,county.441226',
      );
      await waitForCaption(page, /High-tech Zone/);
      await expect(page.locator('.place-details h2').first().innerText()).resolves.toMatch(/High-tech Zone/);
      expect(await page.locator('.presentation-count').innerText()).toMatch(/^Scene 1 of 3/);
      await page.keyboard.press('ArrowRight');
      await waitForCaption(page, 'Leading sector: New-type energy storage');
      await expect(page.locator('.presentation-chip').innerText()).resolves.toBe('New-type energy storage');
      await page.keyboard.press('ArrowRight');
      await waitForCaption(page, 'Deqing County');
      await screenshot(page, 'present-custom-tour-en');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('changes scenes without motion when the screen asks for reduced motion', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { page, context, errors } = await openPage(browser, BIG);
      try {
        await page.emulateMedia({ reducedMotion });
        await open(page, '?mode=present&every=600');
        await page.keyboard.press('ArrowRight');
        await waitForCaption(page, '主导产业：新能源汽车');
        const animation = await page
          .locator('.presentation-caption')
          .evaluate((el) => getComputedStyle(el).animationName);
        expect(animation).toBe(reducedMotion === 'reduce' ? 'none' : 'presentation-in');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});
