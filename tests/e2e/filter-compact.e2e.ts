import { readFileSync } from 'node:fs';
import { axe, expect, openApp, screenshot, sectorToggle, test, type Page } from './fixtures';

/**
 * Room on a laptop (issue 23, item 4): at 1366×768 the sector filter takes at most 120 px above the
 * map in each language, the "more sectors" list closed, also with a busy choice (sourced links only,
 * a leading sector and three behind the control). A sector behind the control is chosen through it
 * and stays in view, as a chip, once the list is closed; the open list passes axe.
 */
const LAPTOP = { width: 1366, height: 768 };
const LIMIT = 120;
const data = JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as {
  sectors: { id: string; group: string; name: Record<string, string> }[];
};
const leading = data.sectors.filter((s) => s.group === 'leading').length;
const LANGS = [
  { lang: 'zh-Hans', more: /^其他 13 个行业/, chosen: '其他 13 个行业（已选 1 个）', remove: '移除' },
  { lang: 'zh-Hant', more: /^其他 13 個行業/, chosen: '其他 13 個行業（已選 1 個）', remove: '移除' },
  { lang: 'en', more: /^13 more sectors/, chosen: '13 more sectors (1 chosen)', remove: 'Remove' },
] as const;

/** The room the filter takes above the map: its own box, and the map's top below the header. */
async function filterRoom(page: Page) {
  return page.evaluate(() => {
    const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
    const filter = box('.sector-filter');
    const header = box('.app-header');
    const map = box('.layout-map');
    if (!filter || !header || !map) throw new Error('no filter, header or map');
    return { filter: filter.height, aboveMap: map.top - header.bottom };
  });
}

test.use({ viewport: LAPTOP });

test('the filter takes at most 120 px above the map at 1366×768 in each language; a sector behind “more” stays in view', async ({
  page,
}) => {
  expect(data.sectors.length - leading).toBe(13);
  for (const { lang, more, chosen, remove } of LANGS) {
    await openApp(page, `?lang=${lang}`);
    const room = await filterRoom(page);
    expect(room.filter, `${lang}: the filter's height`).toBeLessThanOrEqual(LIMIT);
    expect(room.aboveMap, `${lang}: from the header to the map`).toBeLessThanOrEqual(LIMIT);
    await expect(page.locator('.sector-toggle')).toHaveCount(leading);
    if (lang === 'en') await screenshot(page, 'filter-1366-en');

    // A characteristic sector, chosen through the control, then shown as chosen with it closed.
    const control = page.getByRole('button', { name: more });
    await control.click();
    const paper = sectorToggle(page, data.sectors.find((s) => s.id === 'paper')?.name[lang] ?? '');
    await paper.click();
    await expect(paper).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(paper).toHaveCount(0);
    await expect(page.getByRole('button', { name: chosen })).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: chosen })).toBeFocused();
    const name = data.sectors.find((s) => s.id === 'paper')?.name[lang] ?? '';
    await expect(page.getByRole('button', { name: `${remove} ${name}` })).toBeVisible();
    await expect(page).toHaveURL((url) => url.searchParams.get('sectors') === 'paper');

    // A busy choice keeps the height: sourced links only, a leading sector, three behind "more".
    await openApp(page, `?lang=${lang}&links=sourced&sectors=storage,paper,wind-equipment,ai`);
    await expect(page.locator('.chosen-chip')).toHaveCount(3);
    const busy = await filterRoom(page);
    expect(busy.filter, `${lang}: the filter's height with a busy choice`).toBeLessThanOrEqual(LIMIT);
    expect(busy.aboveMap).toBeCloseTo(room.aboveMap, 0);
    if (lang !== 'zh-Hant') await screenshot(page, `filter-1366-${lang}-busy`);
  }

  // The open list, over the map: no axe violation in the page (label in name included).
  await page.getByRole('button', { name: /^13 more sectors/ }).click();
  await expect(page.getByRole('group', { name: 'Characteristic industries' })).toBeVisible();
  await screenshot(page, 'filter-1366-en-open');
  const results = await axe(page).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
