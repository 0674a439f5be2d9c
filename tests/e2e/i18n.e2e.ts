import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_MESSAGES } from '../../src/i18n/all-messages';
import { SIMPLIFIED_ONLY } from '../fixtures/simplified-only';
import { baseUrl, launchBrowser, openPage, screenshot, waitForLazyParts } from './browser';

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
  'PNG',
  'SVG',
  'CNY',
  'OpenStreetMap',
  'GCJ',
  'WGS',
]);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

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

async function openIn(page: Page, query: string) {
  await page.goto(`${baseUrl()}${query}`);
  await page.locator('.county-label').first().waitFor();
}

const TABS = {
  'zh-Hans': ['概览', '园区', '图表'],
  'zh-Hant': ['概覽', '園區', '圖表'],
  en: ['Overview', 'Parks', 'Charts'],
};

describe('three languages', () => {
  it('opens in Traditional Chinese for a Hong Kong browser without any click', async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'zh-HK' });
    await openIn(page, '');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('肇慶');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['en-US', 'en'],
    ['zh-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
  ])('a %s browser gets %s', async (locale, lang) => {
    const { page, context } = await openPage(browser, { locale });
    await openIn(page, '');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await context.close();
  });

  it('switches among the languages with the visible switcher and leaves no untranslated text', async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'en-US' });
    await openIn(page, '');
    for (const [button, lang] of [
      ['简体中文', 'zh-Hans'],
      ['繁體中文', 'zh-Hant'],
      ['English', 'en'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      // Visit every tab so that their strings are checked too.
      for (const tab of TABS[lang]) {
        await page.getByRole('tab', { name: tab }).click();
        await page.waitForFunction(
          (name) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === name,
          tab,
        );
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
    expect(errors).toEqual([]);
    await context.close();
  });
});
