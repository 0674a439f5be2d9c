import {
  BIG_SCREEN,
  expect,
  openApp,
  PHONE,
  screenshot,
  search,
  sectorToggle,
  test,
  waitForLiveApp,
  type Page,
} from './fixtures';
import { mapParam, measuredMapArea, measuredMapView, showsArea, waitForMapSettled } from './map-view';

/**
 * Investor journeys between the features (issue 13): a link shared from one reader's screen must
 * arrive intact on another's — in the language it was read in, showing the same area on a phone
 * and on a desktop — and the Share dialog must say when no other device can open it.
 * Against the production build, served from 127.0.0.1.
 */

const DESKTOP = BIG_SCREEN;

/** The Share dialog's link, as the reader would copy it. */
async function sharedLink(page: Page, names: { share: string; title: string; field: string }) {
  await page.getByRole('button', { name: names.share }).click();
  const dialog = page.getByRole('dialog', { name: names.title });
  const field = dialog.getByRole('textbox', { name: names.field });
  await expect(field).toHaveValue(/^http/);
  const link = await field.inputValue();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  return link;
}
const ZH = { share: '分享', title: '分享此视图', field: '链接' };

/** Centres (in page pixels) of the markers that match the filter and that the reader can see. */
async function visibleMatches(page: Page): Promise<{ x: number; y: number }[]> {
  const map = await page.locator('.map').boundingBox();
  const viewport = page.viewportSize();
  if (!map || !viewport) throw new Error('no map');
  const centres = await page.locator('.leaflet-marker-pane .place-marker:not(.is-faded)').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }),
  );
  return centres.filter(
    (c) =>
      c.x >= Math.max(map.x, 0) &&
      c.x <= Math.min(map.x + map.width, viewport.width) &&
      c.y >= Math.max(map.y, 0) &&
      c.y <= Math.min(map.y + map.height, viewport.height),
  );
}

/**
 * Zooms in twice with the wheel over the visible match furthest from the map's centre, as a
 * reader does to look at one place: that place ends up well away from the centre of the view.
 */
async function zoomInOnAnEdgePlace(page: Page) {
  const map = await page.locator('.map').boundingBox();
  if (!map) throw new Error('no map');
  const cx = map.x + map.width / 2;
  const cy = map.y + map.height / 2;
  const matches = await visibleMatches(page);
  const far = matches.reduce((a, b) =>
    Math.hypot(b.x - cx, b.y - cy) > Math.hypot(a.x - cx, a.y - cy) ? b : a,
  );
  for (let i = 0; i < 2; i++) {
    const before = search(page);
    await page.mouse.move(far.x, far.y);
    await page.mouse.wheel(0, -200);
    await expect(page).toHaveURL((url) => url.search !== before && url.searchParams.has('map'));
    await waitForMapSettled(page);
  }
}

test.describe('links that arrive intact', () => {
  test('a link shared from an English view opens in English in a browser set to Chinese', async ({
    openPage,
  }) => {
    const reader = await openPage({ locale: 'en-US' });
    await openApp(reader.page, '?sectors=nev,storage&tab=parks');
    await expect(reader.page.locator('html')).toHaveAttribute('lang', 'en');
    // The reader never pressed a language button: the address says nothing of the language…
    expect(new URLSearchParams(search(reader.page)).has('lang')).toBe(false);
    const link = await sharedLink(reader.page, { share: 'Share', title: 'Share this view', field: 'Link' });
    // …but the shared link does.
    expect(new URL(link).searchParams.get('lang')).toBe('en');

    const colleague = await openPage({ locale: 'zh-CN' });
    await colleague.page.goto(link);
    await waitForLiveApp(colleague.page);
    await expect(colleague.page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(colleague.page.getByRole('heading', { level: 1 })).toContainText('Zhaoqing');
    await expect(colleague.page.getByRole('tab', { selected: true })).toHaveText('Parks');
  });

  test('a desktop link opened at 390×844 shows the whole desktop area, with a matching place', async ({
    openPage,
  }) => {
    const desk = await openPage(DESKTOP);
    await openApp(desk.page, '?sectors=nev');
    await zoomInOnAnEdgePlace(desk.page);
    expect((await visibleMatches(desk.page)).length).toBeGreaterThan(0);
    const deskZoom = (await measuredMapView(desk.page)).zoom;
    const link = await sharedLink(desk.page, ZH);
    const area = mapParam(new URL(link).search);
    if (!area) throw new Error('no map= in the shared link');

    const phone = await openPage(PHONE);
    await openApp(phone.page, new URL(link).search);
    await waitForMapSettled(phone.page);
    // The same area, fitted: all of it in view, zoomed out as far as the narrower screen needs.
    expect(showsArea(await measuredMapArea(phone.page), area)).toBe(true);
    expect((await measuredMapView(phone.page)).zoom).toBeLessThan(deskZoom);
    // Markers inside the visible part of the map, by their boxes: geometry no locator assertion states.
    await expect.poll(async () => (await visibleMatches(phone.page)).length).toBeGreaterThan(0);
    await screenshot(phone.page, 'journeys-desktop-link-on-phone');
  });

  test('a phone link opened at 1920×1080 shows the same area, not a wider one', async ({ openPage }) => {
    const phone = await openPage(PHONE);
    await openApp(phone.page, '?sectors=nev');
    await zoomInOnAnEdgePlace(phone.page);
    const link = await sharedLink(phone.page, ZH);
    const area = mapParam(new URL(link).search);
    if (!area) throw new Error('no map= in the shared link');

    const desk = await openPage(DESKTOP);
    await openApp(desk.page, new URL(link).search);
    await waitForMapSettled(desk.page);
    const seen = await measuredMapArea(desk.page);
    expect(showsArea(seen, area)).toBe(true);
    // Fitted, not merely contained: the area fills the desktop map's height but for the margin of
    // one zoom step (a quarter), where the phone's centre and zoom would have shown 838 / 449 =
    // 1.87 times its height (and 3.9 times its width) around it.
    expect(seen.north - seen.south).toBeLessThan(1.3 * (area.north - area.south));
    expect((await visibleMatches(desk.page)).length).toBeGreaterThan(0);
    await screenshot(desk.page, 'journeys-phone-link-on-desktop');
  });
});

test.describe('the Share dialog, served from 127.0.0.1', () => {
  for (const { lang, names, says } of [
    { lang: 'zh-Hans', names: ZH, says: /此链接指向这台设备本身（127\.0\.0\.1:\d+）：其他手机和电脑打不开/ },
    {
      lang: 'zh-Hant',
      names: { share: '分享', title: '分享此檢視', field: '連結' },
      says: /此連結指向這台裝置本身（127\.0\.0\.1:\d+）：其他手機和電腦打不開/,
    },
    {
      lang: 'en',
      names: { share: 'Share', title: 'Share this view', field: 'Link' },
      says: /This link points to this device itself \(127\.0\.0\.1:\d+\): other phones and computers cannot open it/,
    },
  ])
    test(`warns in ${lang} that other devices cannot open the link or its QR code`, async ({
      openPage,
      baseURL,
    }) => {
      expect(new URL(baseURL ?? '').hostname).toBe('127.0.0.1');
      for (const size of [
        { name: 'desktop', width: 1280, height: 800 },
        { name: 'phone', ...PHONE },
      ]) {
        const { page } = await openPage(size);
        await openApp(page, `?lang=${lang}&sectors=nev`);
        await page.getByRole('button', { name: names.share }).click();
        const dialog = page.getByRole('dialog', { name: names.title });
        const note = dialog.getByRole('note');
        await expect(note).toHaveText(says);
        await expect(note).toContainText('VITE_PUBLIC_URL');
        // Before the link and its code, and on screen as the dialog opens.
        const [noteBox, qrBox] = [await note.boundingBox(), await dialog.getByRole('img').boundingBox()];
        expect(noteBox && qrBox && noteBox.y < qrBox.y).toBe(true);
        expect(noteBox && noteBox.y >= 0 && noteBox.y + noteBox.height <= size.height).toBe(true);
        // Into test-results only: the warning names the server's random port, so a copy in docs/
        // would change on every run (the kept ones are in docs/screenshots/journeys-*).
        await screenshot(page, `journeys-share-warning-${lang}-${size.name}`);
      }
    });
});

test.describe('small breakages', () => {
  /** How far the chosen panel's top sits below the tab list (negative: scrolled under it). */
  const panelBelowList = (page: Page) =>
    page.evaluate(() => {
      const list = document.querySelector('[role="tablist"]')?.getBoundingClientRect();
      const panel = document.querySelector('[role="tabpanel"]')?.getBoundingClientRect();
      if (!list || !panel) throw new Error('no tabs');
      return panel.top - list.bottom;
    });

  for (const size of [
    { name: 'desktop', width: 1280, height: 800, tabs: ['Overview', 'Parks'] },
    { name: 'wide desktop', ...DESKTOP, tabs: ['Overview', 'Parks'] },
  ])
    test(`on ${size.name} each tab opens at its top, not at the previous tab’s scroll offset`, async ({
      openPage,
    }) => {
      const { page } = await openPage(size);
      await openApp(page, '?lang=en&tab=parks');
      await expect(page.locator('.park-list')).toBeVisible();
      // Scroll well into the park list (in the side panel, which scrolls on its own).
      await page.locator('.park-list .park-row').nth(12).scrollIntoViewIfNeeded();
      expect(await panelBelowList(page)).toBeLessThan(-200);
      for (const tab of [...size.tabs, 'Charts']) {
        await page.getByRole('tab', { name: tab }).click();
        await expect(page.getByRole('tab', { selected: true })).toHaveText(tab);
        // Its top right below the list (its 12 px margin), not scrolled under it.
        const below = await panelBelowList(page);
        expect(below, tab).toBeGreaterThanOrEqual(0);
        expect(below, tab).toBeLessThan(20);
        if (tab === 'Charts') break;
        // The overview's lower half (key figures, sources) is a chunk of its own: scroll once it is there.
        if (tab === 'Overview') await expect(page.locator('[role="tabpanel"] .sources-list')).toBeVisible();
        // Scroll this one down too, before the next switch.
        await page.locator('[role="tabpanel"]').hover();
        await page.mouse.wheel(0, 600);
        // A distance between two boxes: no locator assertion states it.
        await expect.poll(() => panelBelowList(page), { message: tab }).toBeLessThan(-100);
      }
    });

  test('the legend’s sticky title is opaque over the scrolled legend', async ({ page }) => {
    await openApp(page, '?lang=en');
    await page.locator('details.map-legend > summary').click();
    await expect(page.locator('details.map-legend')).toHaveAttribute('open', '');
    await expect(page.locator('details.map-legend > summary')).toHaveCSS(
      'background-color',
      'rgb(255, 255, 255)',
    );
  });

  test.describe(() => {
    test.use({ viewport: PHONE });
    test('on a phone the sector list closes after a choice, so the map is back on the first screen', async ({
      page,
    }) => {
      await openApp(page, '?lang=en');
      // The leading sectors are in view; the others open over the map from one control.
      await page.getByRole('button', { name: /^13 more sectors/ }).click();
      const paper = sectorToggle(page, 'Paper');
      await paper.click();
      await expect(page).toHaveURL((url) => url.searchParams.get('sectors') === 'paper');
      await expect(paper).toBeHidden();
      const more = page.getByRole('button', { name: '13 more sectors (1 chosen)' });
      await expect(more).toBeFocused();
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      // The choice stays in view while the list is closed.
      await expect(page.getByRole('button', { name: 'Remove Paper' })).toBeVisible();
      const map = await page.locator('.map').boundingBox();
      expect(map && map.y + map.height / 2 < PHONE.height).toBe(true);
      await screenshot(page, 'journeys-phone-after-sector-choice');
    });
  });
});
