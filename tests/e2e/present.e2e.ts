import { BIG_SCREEN, expect, openApp, screenshot, test, type Page } from './fixtures';
import { sceneSettled } from './map-view';

/**
 * Presentation mode as an official uses it on a conference screen: in by a button, a key or a
 * link; the tour stepped by keys, paused and resumed, running by itself at its interval and
 * looping; a tour given in a link; and nothing left behind on leaving. Production build, Chromium.
 */

// A conference screen.
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

test.describe('the QR code on the screen', () => {
  /** The link the code on screen encodes (the figure carries it, as the code is drawn from it). */
  const qrLink = async (page: Page) =>
    new URL((await page.locator('.presentation-qr').getAttribute('data-link')) ?? '');

  test('opens the scene’s browsing view, holds still for 30 s, follows a step by hand at once, and warns on this address', async ({
    page,
  }) => {
    await page.clock.install();
    await open(page, '?lang=en&mode=present&every=20&tour=sector.nev,sector.storage');
    await waitForCaption(page, 'Leading sector: New energy vehicles');
    const first = await qrLink(page);
    for (const p of ['mode', 'scene', 'tour', 'every', 'qr'])
      expect(first.searchParams.has(p), p).toBe(false);
    expect(first.searchParams.get('sectors')).toBe('nev');
    expect(first.searchParams.get('lang')).toBe('en');
    // Served from 127.0.0.1: other devices cannot open it, and the screen says so.
    await expect(page.locator('.presentation-qr-reach')).toContainText('other phones cannot open it');

    // The tour moves on at 20 s; the code stays until it has been up for 30 s.
    await page.clock.fastForward(20_500);
    await waitForCaption(page, 'Leading sector: New-type energy storage');
    expect((await qrLink(page)).searchParams.get('sectors')).toBe('nev');
    await page.clock.fastForward(10_000);
    await expect.poll(async () => (await qrLink(page)).searchParams.get('sectors')).toBe('storage');

    // A step by hand: the code follows at once.
    await page.keyboard.press('ArrowRight');
    await waitForCaption(page, 'Leading sector: New energy vehicles');
    await expect.poll(async () => (await qrLink(page)).searchParams.get('sectors')).toBe('nev');
  });
});

test.describe('a clicker’s keys, and no network', () => {
  test('Home and End go to the first and last scene, B and . blank the screen and bring it back, offline is said', async ({
    page,
    context,
  }) => {
    await open(page, '?lang=en&mode=present&every=600&tour=overview,east,west');
    await waitForCaption(page, /^Zhaoqing’s “344” park layout/);
    await page.keyboard.press('End');
    await waitForCaption(page, /^The western four/);
    await page.keyboard.press('Home');
    await waitForCaption(page, /^Zhaoqing’s “344” park layout/);

    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      await expect(page.locator('.presentation-blank')).toBeVisible();
      // Black, over everything, and the tour holds still meanwhile.
      expect(
        await page.locator('.presentation-blank').evaluate((el) => getComputedStyle(el).backgroundColor),
      ).toBe('rgb(0, 0, 0)');
      await expect(page.locator('.presentation-count')).toContainText('Paused');
      await page.keyboard.press(key);
      await expect(page.locator('.presentation-blank')).toHaveCount(0);
      await expect(page.locator('.presentation-count')).not.toContainText('Paused');
    }

    await expect(page.locator('.presentation-offline')).toHaveCount(0);
    await context.setOffline(true);
    await expect(page.locator('.presentation-offline')).toHaveText('Offline: this screen’s saved copy');
    await context.setOffline(false);
    await expect(page.locator('.presentation-offline')).toHaveCount(0);
  });
});

test.describe('leaving after scenes', () => {
  test('Esc after three scenes returns to exactly the view presenting began from', async ({ page }) => {
    await open(page, '?v=2&sectors=nev&tab=charts&county=441226&hide=neighbours');
    const start = new URL(page.url()).search;
    await page.locator('body').press('p');
    await waitForCaption(page, /^肇庆“344”园区布局/);
    for (const scene of ['2', '3', '4']) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => search(page).get('scene')).toBe(scene);
    }
    // The scenes changed the view the presentation shows (the third is a sector of its own).
    expect(new URL(page.url()).search).not.toBe(start);
    await page.keyboard.press('Escape');
    await expect(page.locator('.presentation')).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).search).toBe(start);
    await expect(page.locator('.place-details h2').first()).toHaveText(/德庆县/);
    await expect(page.locator('.layout-filter')).toBeVisible();
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
    // The park's presentation card, not the browsing panel's details.
    await expect(page.locator('.scene-card[data-card="park"] h2')).toHaveText('广东省(肇庆)大型产业集聚区');
    await expect(page.locator('.place-details')).toBeHidden();
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

  async function pauseSoon(page: Page): Promise<void> {
    for (;;) {
      const now = await page.evaluate(() => Date.now());
      const paused = await page.clock.pauseAt(now + 50).then(
        () => true,
        (error: unknown) => {
          if (String(error).includes('to the past')) return false;
          throw error;
        },
      );
      if (paused) return;
    }
  }

  test('moves on by itself at its interval (±10 %), and loops', async ({ page }) => {
    // The page's clock is Playwright's, stopped once the tour is on screen and then moved on by
    // the test: the interval is measured in the page's own time, which a slow render on a loaded
    // machine does not stretch (measured by the wall clock, the painted captions came 2.6 s or
    // 3.4 s apart on a shared two-core box).
    await page.clock.install();
    await open(page, '?mode=present&every=3&tour=overview,east,west');
    await waitForCaption(page, /^肇庆“344”园区布局/);
    // Stopped a moment ahead of the page's time, which keeps running until then (the overview has
    // just appeared: its 3 s are far from over). On a loaded machine that moment can pass before
    // the pause arrives (Playwright refuses to go back): then a moment ahead of the new time.
    await pauseSoon(page);
    // A step by hand starts the scene's full interval again: there and back, so that the overview's
    // interval starts now, at a known time.
    await page.keyboard.press('ArrowRight');
    await waitForCaption(page, /^东部4区/);
    await page.keyboard.press('ArrowLeft');
    await waitForCaption(page, /^肇庆“344”园区布局/);
    // overview → east → west → overview again (the loop), each 3 s (±10 %) after the one before,
    // in the page's time, moved on in steps of 0.1 s. The tour's timer writes the scene it moves to
    // into the address at once (the caption follows a render later): read from the page itself.
    const scene = () => page.evaluate(() => new URLSearchParams(location.search).get('scene'));
    const pageTime = () => page.evaluate(() => Date.now());
    let last = await scene();
    let since = await pageTime();
    for (const next of [/^东部4区/, /^西部4县/, /^肇庆“344”园区布局/]) {
      let waited = 0;
      while ((await scene()) === last) {
        expect(waited, 'not moved on by 110 % of its interval').toBeLessThanOrEqual(3_300);
        await page.clock.runFor(100);
        waited = (await pageTime()) - since;
      }
      expect(waited, 'moved on before 90 % of its interval').toBeGreaterThanOrEqual(2_700);
      await waitForCaption(page, next);
      last = await scene();
      since = await pageTime();
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
    await expect(page.locator('.scene-card[data-card="sector"] h2')).toHaveText('New-type energy storage');
    await page.keyboard.press('ArrowRight');
    await waitForCaption(page, 'Deqing County');
    // The picture of the scene at rest, not of the map flying to it.
    await sceneSettled(page);
    await screenshot(page, 'present-custom-tour-en');
  });

  test('changes scenes without motion when the screen asks for reduced motion', async ({ openPage }) => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { page } = await openPage(BIG_SCREEN);
      await page.emulateMedia({ reducedMotion });
      await open(page, '?mode=present&every=600');
      // The presentation (a lazy part) listens for its keys once its first scene is on screen.
      await waitForCaption(page, /^肇庆“344”园区布局/);
      await page.keyboard.press('ArrowRight');
      await waitForCaption(page, '主导产业：新能源汽车');
      await expect(page.locator('.presentation-caption')).toHaveCSS(
        'animation-name',
        reducedMotion === 'reduce' ? 'none' : 'presentation-in',
      );
    }
  });
});
