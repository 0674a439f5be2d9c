import { ALL_MESSAGES } from '../../src/i18n/all-messages';
import { axe, DESKTOP, expect, openApp, PHONE, screenshot, search, test, type Page } from './fixtures';

/**
 * The comparison in Chromium against the production build: parks chosen from three places (the
 * overview's matches, a map marker's details, a park-list row), seen side by side; its link opens
 * it again in another language and on a phone; four parks fit 1280×800 without sideways page
 * scroll; a park whose area no source publishes says so; axe finds nothing. Words come from the
 * UI strings.
 */

const en = ALL_MESSAGES.en;
const hant = ALL_MESSAGES['zh-Hant'];
const hans = ALL_MESSAGES['zh-Hans'];

/** No sideways scroll of the page itself (the table may wrap, a phone's columns scroll in their box). */
const noPageScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** The text of a park's cell in a row of the comparison. */
async function cellText(page: Page, rowId: string, parkId: string): Promise<string> {
  return page.evaluate(
    ([row, park]) => {
      const table = document.querySelector('.compare-table');
      const heads = [...(table?.querySelectorAll('thead th') ?? [])].map((th) =>
        th.getAttribute('data-park'),
      );
      const tr = table?.querySelector(`tr[data-row="${row}"]`);
      return tr?.querySelectorAll('td')[heads.indexOf(park)]?.textContent ?? '';
    },
    [rowId, parkId] as const,
  );
}

test.describe('Compare parks side by side', () => {
  test('choose parks from the overview, the map and the list; four fit 1280×800; axe finds nothing', async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page, '/?lang=en&sectors=nev');

    // 1. The overview's matches.
    await page
      .getByRole('list', { name: /^Parks \(/ })
      .getByRole('button', { name: /^Compare: add Zhaoqing National High-tech Zone/ })
      .click();
    const tray = page.getByRole('region', { name: 'Parks chosen (1/4)' });
    await expect(tray).toBeVisible();
    await expect(tray.getByRole('button', { name: 'Compare (1)' })).toHaveAttribute('aria-disabled', 'true');

    // 2. The map: a marker's details.
    await page
      .locator('.leaflet-marker-pane')
      .getByRole('button', { name: /^Zhaoqing New Area \(/ })
      .click();
    const details = page.locator('.place-details');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Zhaoqing New Area');
    await expect(details.getByRole('button', { name: en.compare.print })).toBeVisible();
    await details.getByRole('button', { name: /^Compare: add Zhaoqing New Area/ }).click();
    await details.getByRole('button', { name: en.parks.details.close }).click();

    // 3. A row of the park list.
    await page.getByRole('tab', { name: en.panel.parks }).click();
    await page.getByRole('button', { name: /^Compare: add Huaiji Food/ }).click();

    await page.getByRole('button', { name: 'Compare (3)' }).click();
    const heading = page.getByRole('heading', { name: en.compareView.heading });
    await expect(heading).toBeFocused();
    expect(search(page)).toContain('tab=compare&compare=high-tech-zone,new-area,huaiji-food');
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText([
      /Zhaoqing National High-tech Zone/,
      /Zhaoqing New Area/,
      /Huaiji Food/,
    ]);
    await expect(table.getByRole('rowheader', { name: /^Area/ })).toBeVisible();
    // No source publishes the New Area's area: its cell says so.
    expect(await cellText(page, 'area', 'new-area')).toBe(en.parks.details.notPublished);
    await screenshot(page, 'compare-desktop-en');

    // Back to the map, a fourth park, and the four side by side.
    await page.getByRole('button', { name: en.compareView.back }).click();
    await expect(page.getByRole('button', { name: 'Compare (3)' })).toBeFocused();
    await page.getByRole('button', { name: /^Compare: add Deqing Wind/ }).click();
    await page.getByRole('button', { name: 'Compare (4)' }).click();
    await expect(table.getByRole('columnheader')).toHaveCount(4);
    expect(await noPageScroll(page)).toBe(true);
    const results = await axe(page).include('.compare-view').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

    // Escape closes it too; the choice stays in the tray.
    await heading.focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Parks chosen (4/4)' })).toBeVisible();
  });

  test('the link reopens the comparison in another language and on a phone', async ({ openPage }) => {
    const link = '/?v=2&tab=compare&compare=high-tech-zone,new-area,huaiji-food';
    const { page } = await openPage({ ...PHONE, isMobile: true, hasTouch: true });
    await page.goto(`${link}&lang=zh-Hant`);
    await expect(page.getByRole('heading', { name: hant.compareView.heading })).toBeVisible();
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(3);
    await expect(
      page.getByRole('rowheader', { name: new RegExp(`^${hant.compareView.rows.area}`) }),
    ).toBeVisible();
    expect(await cellText(page, 'area', 'new-area')).toBe(hant.parks.details.notPublished);
    expect(await noPageScroll(page)).toBe(true);

    // Another language keeps the comparison, and the link says so.
    await page.getByRole('button', { name: '简体中文' }).click();
    await expect(page.getByRole('heading', { name: hans.compareView.heading })).toBeVisible();
    expect(search(page)).toContain('compare=high-tech-zone,new-area,huaiji-food');
    await screenshot(page, 'compare-phone-zh-Hans');
  });
});
