import type { Page } from '@playwright/test';
import { SIMPLIFIED_ONLY } from '../fixtures/simplified-only';
import { axe, expect, test } from './fixtures';

/**
 * The prerendered first screen on its own, as a reader sees it while the app's scripts are still
 * on their way (or never come): only the blocking language picker runs, every module chunk is
 * refused. In each language the screen must be whole: no id twice in the document (three language
 * screens share it), every landmark named in the reader's language, the skip link landing on
 * something visible, and nothing for axe to report.
 */
const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const;
type Lang = (typeof LANGS)[number];
const LANDMARKS = new Set([
  'banner',
  'complementary',
  'contentinfo',
  'form',
  'main',
  'navigation',
  'region',
  'search',
]);
const HAN = /\p{Script=Han}/u;

/** English has no Han character; Traditional Chinese no Simplified-only one. */
function writtenIn(name: string, lang: Lang): boolean {
  if (lang === 'en') return !HAN.test(name);
  return HAN.test(name) && (lang === 'zh-Hans' || !SIMPLIFIED_ONLY.some((c) => name.includes(c)));
}

async function openFirstScreenOnly(page: Page, lang: Lang): Promise<void> {
  // The picker (assets/first-screen-*.js) runs; the app's own modules never arrive.
  await page.route(/\/assets\/(?!first-screen-)[^/]+\.js$/, (route) => route.abort());
  await page.goto(`/?lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', lang);
  await expect(page.locator(`.first-screen[data-first-screen="${lang}"]`)).toBeVisible();
}

/** The landmarks in Chromium's accessibility tree (hidden screens are not in it), with their names. */
async function landmarks(page: Page): Promise<{ role: string; name: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && LANDMARKS.has(n.role?.value ?? ''))
    .map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '' }));
}

test.describe('the prerendered first screen without the app', () => {
  for (const lang of LANGS) {
    test(`${lang}: unique ids, landmarks named in ${lang}, a skip link that lands, no axe finding`, async ({
      page,
      watch,
    }) => {
      // The refused chunks are the point of the test.
      watch.allow(/Failed to load resource|net::ERR_FAILED/);
      await openFirstScreenOnly(page, lang);

      const repeated = await page.evaluate(() => {
        const seen = new Map<string, number>();
        for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
        return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
      });
      expect(repeated, 'ids used more than once').toEqual([]);

      const named = await landmarks(page);
      expect(named.length, 'landmarks on the first screen').toBeGreaterThan(0);
      for (const { role, name } of named) {
        expect(name, `the ${role} landmark has a name`).not.toBe('');
        expect(writtenIn(name, lang), `the ${role} landmark "${name}" is named in ${lang}`).toBe(true);
      }

      // The skip link is the first stop of the keyboard; following it lands on a visible element.
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip-link:focus');
      await expect(skip).toBeVisible();
      expect(writtenIn((await skip.textContent()) ?? '', lang)).toBe(true);
      const target = (await skip.getAttribute('href')) ?? '';
      expect(target).toMatch(/^#./);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeVisible();

      const { violations } = await axe(page).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
