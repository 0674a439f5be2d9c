import { axe, BIG_SCREEN, expect, openApp, screenshot, search, test, type Page } from './fixtures';

/**
 * "A tour is easy to make": in the Share dialog an official picks, orders and captions the scenes
 * of a presentation, copies the tour link, and the link plays exactly that tour; or starts it on
 * this screen and leaves back to where they were. Production build, Chromium.
 */

test.use({ locale: 'en-US' });

const caption = (page: Page) => page.locator('.presentation-caption');
const KEEP = ['county.441226', 'sector.storage', 'park.new-area'];
const DEQING = 'Wind turbines on the Xi River, since 2025';

/** The Share dialog of `?lang=en&county=441226` (Deqing), its tour editor open and made. */
async function makeTour(page: Page) {
  await openApp(page, '?lang=en&county=441226');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await dialog.getByText('Make a presentation tour').click();
  const scenes = dialog.getByRole('list', { name: 'Scenes of the tour' });
  await expect(scenes.getByRole('listitem')).toHaveCount(11);
  // The view on screen comes first, marked, then the tour built from the data.
  await expect(scenes.getByRole('listitem').first()).toHaveAttribute('data-scene', 'county.441226');
  await expect(scenes.getByRole('checkbox', { name: 'Deqing County this view' })).toBeChecked();

  // Only three scenes stay in.
  for (const row of await scenes.getByRole('listitem').all())
    if (!KEEP.includes((await row.getAttribute('data-scene')) ?? ''))
      await row.getByRole('checkbox').uncheck();

  // The New Area to the top, by keyboard: each press is announced, the focus stays with the row.
  const up = dialog.getByRole('button', { name: 'Move up: Zhaoqing New Area' });
  await up.focus();
  for (let n = 7; n >= 2; n--) {
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('status').filter({ hasText: 'Zhaoqing New Area: now' })).toHaveText(
      `Zhaoqing New Area: now ${n} of 11`,
    );
    await expect(up).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Zhaoqing New Area: now 1 of 11')).toBeAttached();
  await expect(dialog.getByRole('button', { name: 'Move down: Zhaoqing New Area' })).toBeFocused();

  await dialog.getByRole('textbox', { name: 'Caption (optional): Deqing County' }).fill(DEQING);
  await dialog.getByRole('spinbutton', { name: 'Seconds per scene (3–600)' }).fill('600');
  return dialog;
}

test('builds a tour of three scenes, ordered and captioned, and its link plays it in that order', async ({
  page,
  context,
  baseURL,
  openPage,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL ?? '').origin,
  });
  const dialog = await makeTour(page);

  const link = dialog.getByRole('textbox', { name: 'Tour link' });
  const expected = new URL(
    '?v=2&lang=en&mode=present&every=600' +
      '&tour=park.new-area,county.441226_Wind+turbines+on+the+Xi+River%252C+since+2025,sector.storage',
    baseURL,
  );
  // The codec writes `every` after `tour`: compare the parameters, then the whole.
  await expect(link).toHaveValue(/tour=park\.new-area,county\.441226_Wind\+turbines/);
  const written = new URL(await link.inputValue());
  expect(Object.fromEntries(written.searchParams)).toEqual(Object.fromEntries(expected.searchParams));

  await dialog.getByRole('button', { name: 'Copy tour link' }).click();
  await expect(dialog.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(written.href);

  // No accessibility violation in the dialog with the editor open (WCAG 2.2 A/AA).
  const { violations } = await axe(page).include('dialog').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await dialog.getByText('Make a presentation tour').scrollIntoViewIfNeeded();
  await screenshot(page, 'tour-editor-en');
  await dialog.getByRole('button', { name: 'Start presenting' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'tour-editor-en-link');

  // The copied link, on a conference screen: these scenes, in this order, with the caption.
  const screen = (await openPage(BIG_SCREEN)).page;
  await screen.goto(written.pathname + written.search);
  await expect(caption(screen)).toHaveText('Zhaoqing New Area');
  await expect(screen.locator('.presentation-count')).toHaveText(/^Scene 1 of 3/);
  await screen.keyboard.press('ArrowRight');
  await expect(caption(screen)).toHaveText(DEQING);
  await expect(screen.locator('.presentation-count')).toHaveText(/^Scene 2 of 3/);
  await screen.keyboard.press('ArrowRight');
  await expect(caption(screen)).toHaveText('Leading sector: New-type energy storage');
  await screen.keyboard.press('ArrowRight');
  await expect(caption(screen)).toHaveText('Zhaoqing New Area');
  await screenshot(screen, 'tour-editor-link-played');
});

test('starts the tour on this screen, and leaving comes back to the view it was made on', async ({
  page,
}) => {
  const dialog = await makeTour(page);
  await dialog.getByRole('button', { name: 'Start presenting' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(caption(page)).toHaveText('Zhaoqing New Area');
  await expect(page.locator('.presentation-count')).toHaveText(/^Scene 1 of 3/);
  expect(new URL(page.url()).searchParams.get('tour')).toBe(
    'park.new-area,county.441226_Wind turbines on the Xi River%2C since 2025,sector.storage',
  );
  await page.keyboard.press('ArrowRight');
  await expect(caption(page)).toHaveText(DEQING);
  // Its button, not Esc: a place's scene puts the focus in the place's details, whose Esc closes them.
  await page.getByRole('button', { name: 'Leave presentation' }).click();
  await expect(page.locator('.presentation')).toHaveCount(0);
  await expect(page).toHaveURL((url) => url.search === '?v=2&lang=en&county=441226');
  expect(search(page)).toBe('?v=2&lang=en&county=441226');
});
