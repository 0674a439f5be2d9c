import { copyFileSync, mkdirSync } from 'node:fs';
import {
  DESKTOP,
  expect,
  marker,
  openApp,
  screenshot,
  search,
  test,
  waitForLiveApp,
  type Page,
} from './fixtures';

/**
 * The basis of links and firms on their own, in Chromium against the production build:
 * "sourced links only" changes what the map and the list show and survives a reload through the
 * address; a firm opens from its marker (click, Enter), from the list and from a link.
 */

const heading = (page: Page) => page.locator('#place-details-heading');

test.describe('sourced links only', () => {
  test('fades what only an inferred link matches, on the map and in the list, and survives a reload', async ({
    page,
  }) => {
    await openApp(page, '?sectors=storage&tab=parks');
    const htzMarker = marker(page, '肇庆高新区');
    const htzRow = page.locator('.park-row[data-park-id="high-tech-zone"]');
    const catlRow = page.locator('.park-row[data-entity-id="catl-ruiqing"]');
    await expect(htzMarker).not.toHaveClass(/is-faded/);
    await expect(htzRow).toContainText(/新型储能（推断）/);
    await expect(htzRow).not.toHaveClass(/is-faded/);

    const toggle = page.getByRole('switch', { name: '只看有来源的关联' });
    await toggle.click();
    await expect(page).toHaveURL(/links=sourced/);
    await expect(htzMarker).toHaveClass(/is-faded/);
    await expect(htzRow).toHaveClass(/is-faded/);
    // CATL's own link to storage is stated by the source: it still matches.
    await expect(catlRow).not.toHaveClass(/is-faded/);
    await expect(page.getByRole('status').first()).toContainText('只计有来源的关联');

    await page.reload();
    await waitForLiveApp(page);
    expect(search(page)).toContain('links=sourced');
    await expect(page.getByRole('switch', { name: '只看有来源的关联' })).toBeChecked();
    await expect(marker(page, '肇庆高新区')).toHaveClass(/is-faded/);
    await expect(page.locator('.park-row[data-park-id="high-tech-zone"]')).toHaveClass(/is-faded/);
  });
});

test.describe('a firm on its own', () => {
  test('opens from its marker by click and by Enter; Escape gives focus back to the marker', async ({
    page,
  }) => {
    await openApp(page);
    await marker(page, '小鹏汽车').click();
    await expect(heading(page)).toHaveText('小鹏汽车');
    expect(search(page)).toBe('?v=2&entity=xpeng');
    await expect(marker(page, '小鹏汽车')).toHaveClass(/is-selected/);
    await page.keyboard.press('Escape');
    await expect(heading(page)).toHaveCount(0);
    expect(search(page)).toBe('');

    const gcl = marker(page, '协鑫集团肇庆项目');
    await gcl.focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('协鑫集团肇庆项目');
    expect(search(page)).toBe('?v=2&entity=gcl');
    await page.keyboard.press('Escape');
    await expect(page.locator('.place-marker:focus-within')).toHaveAttribute(
      'aria-label',
      /^协鑫集团肇庆项目（/,
    );
  });

  test('opens from its row in the list, and Back closes it', async ({ page }) => {
    await openApp(page, '?tab=parks');
    // Chromium puts spaces between the row's name and details (they are laid out as blocks).
    await page.getByRole('button', { name: /^风华高科\s*，/ }).click();
    await expect(heading(page)).toHaveText('风华高科');
    expect(search(page)).toBe('?v=2&entity=fenghua&tab=parks');
    await expect(page.locator('.place-details')).toContainText('后续资料');
    await page.goBack();
    await expect(heading(page)).toHaveCount(0);
    expect(search(page)).toBe('?v=2&tab=parks');
  });

  test.describe(() => {
    test.use({ viewport: DESKTOP });
    for (const [lang, name, later] of [
      ['zh-Hans', '小鹏汽车', '后续资料'],
      ['zh-Hant', '小鵬汽車', '後續資料'],
      ['en', 'XPeng Motors', 'Later source'],
    ] as const)
      test(`opens from a link (${lang}), with its later facts`, async ({ page }) => {
        await openApp(page, `?entity=xpeng&lang=${lang}`);
        await expect(heading(page)).toHaveText(name);
        const details = page.locator('.place-details');
        await expect(details).toContainText(later);
        await expect(details).toContainText('[Y15]');
        await expect(marker(page, name)).toHaveClass(/is-selected/);
        const shot = await screenshot(page, `firm-details-${lang}`);
        if (process.env.UPDATE_DOC_SCREENSHOTS) {
          mkdirSync('docs/screenshots', { recursive: true });
          copyFileSync(shot, `docs/screenshots/firm-details-${lang}.png`);
        }
      });
  });
});
