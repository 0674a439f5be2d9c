import { BIG_SCREEN, expect, openApp, screenshot, test, type Page } from './fixtures';

/**
 * Presentation mode as an official uses it on a conference screen: in by a button, a key or a
 * link; the tour stepped by keys, paused and resumed, running by itself at its interval and
 * looping; a tour given in a link; and nothing left behind on leaving. Production build, Chromium.
 */

// A conference screen.
// Each test opens its own pages: the two workers may share this file's tests out.
test.describe.configure({ mode: 'parallel' });

test.use({ viewport: BIG_SCREEN });

const open = openApp;
const search = (page: Page) => new URL(page.url()).searchParams;
const caption = (page: Page) => page.locator('.presentation-caption').innerText();
/** Whether the page is in presentation mode (its root's class), as a web-first assertion. */
const expectPresenting = (page: Page, on: boolean) =>
  on
    ? expect(page.locator('html')).toHaveClass(/\bis-presenting\b/)
    : expect(page.locator('html')).not.toHaveClass(/\bis-presenting\b/);

/** Resolves once the caption reads `text` (contains the string, or matches the pattern). */
async function waitForCaption(page: Page, text: string | RegExp) {
  const shown = page.locator('.presentation-caption');
  if (typeof text === 'string') await expect(shown).toContainText(text, { useInnerText: true });
  else await expect(shown).toHaveText(text, { useInnerText: true });
}

test.describe('entering and leaving', () => {
  test.describe(() => {
    test.use({ locale: 'en-US' });
    test('enters by the header button and leaves by its Leave button, leaving nothing behind', async ({
      page,
    }) => {
      await open(page, '?lang=en');
      for (let round = 0; round < 2; round++) {
        await page.getByRole('button', { name: 'Present', exact: true }).click();
        await expect(page.locator('.presentation')).toBeVisible();
        await expectPresenting(page, true);
        expect(search(page).get('mode')).toBe('present');
        // Editing controls give way; the tour's own controls are visible buttons.
        await expect(page.locator('.layout-filter')).toBeHidden();
        await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
        // Body text from 5 m: at least 24 px on a 1920×1080 screen.
        const size = await page
          .locator('.layout-panel p')
          .first()
          .evaluate((el) => getComputedStyle(el).fontSize);
        expect(parseFloat(size)).toBeGreaterThanOrEqual(24);
        await page.getByRole('button', { name: 'Leave presentation' }).click();
        await expect(page.locator('.presentation')).toHaveCount(0);
        await expectPresenting(page, false);
        expect(search(page).get('mode')).toBeNull();
        expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
      }
      await expect(page.locator('.presentation')).toHaveCount(0);
    });
  });

  test('enters by the P key and leaves by Esc; opens from a link with ?mode=present', async ({ page }) => {
    await open(page);
    await page.locator('body').press('p');
    await expect(page.locator('.presentation')).toBeVisible();
    await waitForCaption(page, /^肇庆“344”园区布局/);
    await page.keyboard.press('Escape');
    await expect(page.locator('.presentation')).toHaveCount(0);
    await expectPresenting(page, false);

    await open(page, '?mode=present');
    await expect(page.locator('.presentation')).toBeVisible();
    await waitForCaption(page, /^肇庆“344”园区布局/);
    await expectPresenting(page, true);
    // The QR code of the view is in the corner by default; hidden, the link says so.
    await expect(page.locator('.presentation-qr svg.qr-code')).toBeVisible();
    await page.getByRole('button', { name: '隐藏二维码' }).click();
    await expect(page.locator('.presentation-qr')).toHaveCount(0);
    expect(search(page).get('qr')).toBe('0');
  });
});

test.describe('the tour', () => {
  test('steps by →, PageDown and Space, back by ← and PageUp, in the default order, and loops', async ({
    page,
  }) => {
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
    await expect(page.locator('.place-details')).toBeVisible();
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
    await expect(page.locator('.presentation')).toHaveCount(0);
  });

  test('moves on by itself at its interval (±10 %), and loops', async ({ page }) => {
    await open(page, '?mode=present&every=3&tour=overview,east,west');
    await waitForCaption(page, /^肇庆“344”园区布局/);
    type Seen = { at: number; text: string };
    await page.evaluate(() => {
      const w = window as unknown as { __scenes: Seen[]; __steps: Seen[] };
      // When each caption appeared, from the page's clock: the order of the scenes.
      w.__scenes = [];
      new MutationObserver(() => {
        const text = document.querySelector('.presentation-caption')?.textContent ?? '';
        if (w.__scenes.at(-1)?.text !== text) w.__scenes.push({ at: performance.now(), text });
      }).observe(document.querySelector('.presentation') ?? document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
      // When the tour moved on: its timer writes the next scene into the address at once (a running
      // presentation replaces its history entry). The caption is painted after a render of the
      // new scene (the map moves, the filter changes), whose length on a loaded machine is no
      // part of the interval: measured from the captions, a slow first render of one scene
      // shortened the next gap by ~350 ms.
      const scene = () => new URLSearchParams(location.search).get('scene') ?? '';
      w.__steps = [{ at: NaN, text: scene() }];
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        replace(...args);
        if (w.__steps.at(-1)?.text !== scene()) w.__steps.push({ at: performance.now(), text: scene() });
      };
    });
    // Three captions and three steps recorded: the page's own records, which no element holds.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const w = window as unknown as { __scenes: Seen[]; __steps: Seen[] };
          return Math.min(w.__scenes.length, w.__steps.length - 1);
        }),
      )
      .toBeGreaterThanOrEqual(3);
    const { scenes, steps } = await page.evaluate(() => {
      const w = window as unknown as { __scenes: Seen[]; __steps: Seen[] };
      return { scenes: w.__scenes, steps: w.__steps.slice(1) };
    });
    // east → west → overview again (the loop), each 3 s after the one before.
    expect(scenes.slice(0, 3).map((s) => s.text.slice(0, 4))).toEqual(['东部4区', '西部4县', '肇庆“3']);
    for (const [a, b] of [
      [steps[0], steps[1]],
      [steps[1], steps[2]],
    ]) {
      const gap = (b?.at ?? 0) - (a?.at ?? 0);
      expect(gap).toBeGreaterThanOrEqual(2_700);
      expect(gap).toBeLessThanOrEqual(3_300);
    }
  });

  test('pauses on K and by its button, stays paused however long, and resumes', async ({ page }) => {
    // The page's clock is Playwright's: time runs as usual, and can be jumped ahead at once.
    await page.clock.install();
    await open(page, '?mode=present&every=3&tour=overview,east,west');
    await waitForCaption(page, /^肇庆“344”园区布局/);
    await page.keyboard.press('k');
    await expect(page.locator('.presentation-count')).toContainText('已暂停');
    await page.clock.fastForward(60_000);
    expect(await caption(page)).toMatch(/^肇庆“344”园区布局/);
    await page.getByRole('button', { name: '继续' }).click();
    await page.clock.fastForward(3_100);
    await waitForCaption(page, /^东部4区/);
    await page.getByRole('button', { name: '暂停' }).click();
    await expect(page.locator('.presentation-count')).toContainText('已暂停');
    await page.clock.fastForward(60_000);
    expect(await caption(page)).toMatch(/^东部4区/);
    await page.keyboard.press('K');
    await page.clock.fastForward(3_100);
    await waitForCaption(page, /^西部4县/);
  });

  test('plays a custom tour from a link, in the link’s order and language', async ({ page }) => {
    await open(page, '?lang=en&mode=present&every=600&tour=park.high-tech-zone,sector.storage,county.441226');
    await waitForCaption(page, /High-tech Zone/);
    await expect(page.locator('.place-details h2').first()).toHaveText(/High-tech Zone/);
    await expect(page.locator('.presentation-count')).toHaveText(/^Scene 1 of 3/);
    await page.keyboard.press('ArrowRight');
    await waitForCaption(page, 'Leading sector: New-type energy storage');
    await expect(page.locator('.presentation-chip')).toHaveText('New-type energy storage');
    await page.keyboard.press('ArrowRight');
    await waitForCaption(page, 'Deqing County');
    await screenshot(page, 'present-custom-tour-en');
  });

  test('changes scenes without motion when the screen asks for reduced motion', async ({ openPage }) => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { page } = await openPage(BIG_SCREEN);
      await page.emulateMedia({ reducedMotion });
      await open(page, '?mode=present&every=600');
      await page.keyboard.press('ArrowRight');
      await waitForCaption(page, '主导产业：新能源汽车');
      await expect(page.locator('.presentation-caption')).toHaveCSS(
        'animation-name',
        reducedMotion === 'reduce' ? 'none' : 'presentation-in',
      );
    }
  });
});
