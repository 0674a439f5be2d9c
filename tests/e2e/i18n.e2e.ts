import { ALL_MESSAGES } from '../../src/i18n/all-messages';
import { SIMPLIFIED_ONLY } from '../fixtures/simplified-only';
import { expect, openApp, screenshot, test, waitForLazyParts, type Page } from './fixtures';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
const keys = leaves(ALL_MESSAGES.en as Tree).map(([k]) => k);
const englishStrings = leaves(ALL_MESSAGES.en as Tree)
  .filter(([k]) => !k.startsWith('lang.'))
  .map(([, v]) => v.replace(/\{\{\w+\}\}.*$/, '').trim())
  .filter((v) => v.length >= 6);

/** Latin words allowed in a Chinese view: product names, codes and the language switcher's "English". */
const LATIN_ALLOWED = new Set([
  'English',
  'Leaflet',
  'echarts',
  'china',
  'cities',
  'MIT',
  'JSON',
  'CSV',
  'zip',
  'PNG',
  'SVG',
  'CNY',
  'OpenStreetMap',
  'GCJ',
  'WGS',
]);

/** Everything a person or a screen reader meets: visible text and the accessible-name attributes. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label],[title],[alt],[placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.body.innerText, ...attrs, document.title].join('\n');
  });
}

/**
 * Text outside elements marked as another language: source titles stay in their original
 * (Simplified) script by design and are marked lang="zh-Hans", as is the switcher's "简体中文".
 */
async function textOutside(page: Page, otherLang: string): Promise<string> {
  return page.evaluate((l) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll(`[lang="${l}"]`).forEach((el) => el.remove());
    return clone.textContent ?? '';
  }, otherLang);
}

const TABS = {
  'zh-Hans': ['概览', '园区', '图表'],
  'zh-Hant': ['概覽', '園區', '圖表'],
  en: ['Overview', 'Parks', 'Charts'],
};

test.describe('three languages', () => {
  test.describe(() => {
    test.use({ locale: 'zh-HK' });
    test('opens in Traditional Chinese for a Hong Kong browser without any click', async ({ page }) => {
      await openApp(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('肇慶');
    });
  });

  for (const [locale, lang] of [
    ['en-US', 'en'],
    ['zh-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
  ] as const)
    test.describe(() => {
      test.use({ locale });
      test(`a ${locale} browser gets ${lang}`, async ({ page }) => {
        await openApp(page);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
      });
    });

  test.describe(() => {
    test.use({ locale: 'en-US' });
    test('switches among the languages with the visible switcher and leaves no untranslated text', async ({
      page,
    }) => {
      await openApp(page);
      // A visit that never changed language leaves the language to whoever opens the address.
      expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
      for (const [button, lang] of [
        ['简体中文', 'zh-Hans'],
        ['繁體中文', 'zh-Hant'],
        ['English', 'en'],
      ] as const) {
        await page.getByRole('button', { name: button, exact: true }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        // The address bar carries the language chosen: copying it gives the same language.
        await expect(page).toHaveURL((url) => url.searchParams.get('lang') === lang);
        // Visit every tab so that their strings are checked too.
        for (const tab of TABS[lang]) {
          await page.getByRole('tab', { name: tab }).click();
          await expect(page.getByRole('tab', { selected: true })).toHaveText(tab);
          await waitForLazyParts(page);
          const text = await pageText(page);
          const rawKeys = keys.filter((k) => text.includes(k));
          expect(rawKeys, `${lang}/${tab}: raw keys`).toEqual([]);
          if (lang !== 'en') {
            const english = englishStrings.filter((s) => text.includes(s));
            expect(english, `${lang}/${tab}: English UI strings`).toEqual([]);
            const latin = (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));
            expect([...new Set(latin)], `${lang}/${tab}: Latin words`).toEqual([]);
          }
          if (lang === 'zh-Hant') {
            const traditional = `${await textOutside(page, 'zh-Hans')}\n${await page.title()}`;
            const simplified = SIMPLIFIED_ONLY.filter((c) => traditional.includes(c));
            expect(simplified, `${lang}/${tab}: Simplified characters`).toEqual([]);
          }
        }
        await page.getByRole('tab', { name: TABS[lang][0] }).click();
        await screenshot(page, `language-${lang}`);
      }
    });
  });
});
