import { describe, expect, it } from 'vitest';
import {
  BOOT_STATUS_CLASS,
  CSP_META,
  DEFERRED_TEMPLATE_ID,
  LANG_PRELOAD_KEY,
  parseValidatedData,
  screenIdPrefix,
} from './first-screen-contract.mjs';
import { assemblePage, pageProblems, screenWrapper } from './first-screen-page.mjs';

/**
 * The prerendered page's contract, on a small stand-in of Vite's dist/index.html (no build: the
 * real page is checked by prerender.mjs itself, which refuses to write one with problems).
 */
const VITE_PAGE = `<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="UTF-8" />
    <title>t</title>
    <link
      rel="preload"
      href="data/zhaoqing-2024.json"
      as="fetch"
      type="application/json"
      crossorigin
      fetchpriority="low"
    />
    <script type="module" fetchpriority="low" crossorigin src="./assets/index-AbCd1234.js"></script>
    <link rel="modulepreload" fetchpriority="low" crossorigin href="./assets/react-EfGh5678.js">
    <link rel="stylesheet" crossorigin href="./assets/index-IjKl9012.css">
  </head>
  <body>
    <div id="root"><!--first-screen--><!--/first-screen--></div>
    <p class="${BOOT_STATUS_CLASS}" role="status" hidden>Loading data…</p>
  </body>
</html>
`;

/** One language's screen as the app renders it: a named id, and a label that points to it. */
const screenOf = (lang: string) => {
  const id = `${screenIdPrefix(lang)}panel`;
  return screenWrapper(lang, `<a href="#${id}">skip</a><aside id="${id}" aria-label="${lang}">…</aside>`);
};
const SCREENS = ['zh-Hans', 'zh-Hant', 'en'].map(screenOf).join('');
const POLICY = "default-src 'self'; style-src 'self'";
const LANGUAGE_CHUNKS = [
  { lang: 'en', file: 'assets/en-Mn3456Op.js' },
  { lang: 'zh-Hant', file: 'assets/zh-Hant-Qr7890St.js' },
];
const BOOT = 'document.documentElement.lang="en"';
const build = (html: string, bootScript = BOOT) =>
  assemblePage(html, {
    screens: SCREENS,
    bootScript,
    policyOf: () => POLICY,
    languageChunks: LANGUAGE_CHUNKS,
  });
const count = (html: string, part: string) => html.split(part).length - 1;

describe('the prerendered page', () => {
  const page = build(VITE_PAGE);

  it('passes its own checks: one template, one policy, one boot script, no id twice', () => {
    expect(pageProblems(page)).toEqual([]);
    expect(count(page, `<template id="${DEFERRED_TEMPLATE_ID}">`)).toBe(1);
    expect(count(page, '<meta http-equiv="Content-Security-Policy"')).toBe(1);
  });

  it('puts the policy first after the charset, and the blocking boot script right after it', () => {
    const head = page.slice(page.indexOf('<head>'), page.indexOf('<title>'));
    expect(head.replace(/\s+/g, ' ')).toBe(
      `<head> <meta charset="UTF-8" /> <meta http-equiv="Content-Security-Policy" content="${POLICY}" /> ` +
        `<script data-boot>${BOOT}</script> `,
    );
    expect(CSP_META.exec(page)?.[1]).toBe(POLICY);
  });

  it('moves the module scripts and every preload into the template, with a preload of each module script; the stylesheet stays', () => {
    const template = page.slice(
      page.indexOf(`<template id="${DEFERRED_TEMPLATE_ID}">`),
      page.indexOf('</template>'),
    );
    for (const tag of [
      '<script type="module" fetchpriority="low" crossorigin src="./assets/index-AbCd1234.js"></script>',
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="./assets/index-AbCd1234.js">',
      'react-EfGh5678.js',
      'data/zhaoqing-2024.json',
    ])
      expect(template).toContain(tag);
    expect(page.replace(template, '')).not.toMatch(/type="module"|modulepreload|rel="preload"/);
    expect(template).not.toContain('stylesheet');
  });

  it('preloads each language chunk from the template, marked with its language for the boot script', () => {
    const template = page.slice(
      page.indexOf(`<template id="${DEFERRED_TEMPLATE_ID}">`),
      page.indexOf('</template>'),
    );
    for (const { lang, file } of LANGUAGE_CHUNKS)
      expect(template).toContain(
        `<link rel="modulepreload" fetchpriority="low" crossorigin href="./${file}" data-${LANG_PRELOAD_KEY}="${lang}">`,
      );
    expect(count(page, 'data-lang=')).toBe(LANGUAGE_CHUNKS.length);
  });

  it('fills the slot with the three screens', () => {
    expect(page).toContain(`<!--first-screen-->${SCREENS}<!--/first-screen-->`);
  });

  it('comes out the same from a second run (npm run prerender after editing dist/data/)', () => {
    expect(build(page)).toBe(page);
    const again = build(page, 'start()');
    expect(pageProblems(again)).toEqual([]);
    expect(again).toContain('<script data-boot>start()</script>');
    expect(again).not.toContain(BOOT);
  });

  it('refuses a page without the slot', () => {
    expect(() => build(VITE_PAGE.replace('<!--first-screen--><!--/first-screen-->', ''))).toThrow(/slot/);
  });
});

describe('pageProblems', () => {
  const page = build(VITE_PAGE);

  it('finds an id that a screen wrote as a constant (it is then on the page three times)', () => {
    const constant = page.replace(/(zh-Hans|zh-Hant|en)-panel/g, 'panel');
    expect(pageProblems(constant)).toEqual(['ids repeated: "panel" ×3']);
  });

  it('finds a second template, a missing policy and a missing boot script', () => {
    expect(
      pageProblems(page.replace('</head>', `<template id="${DEFERRED_TEMPLATE_ID}"></template></head>`)),
    ).toEqual([
      `2 <template id="${DEFERRED_TEMPLATE_ID}"> (want 1)`,
      `ids repeated: "${DEFERRED_TEMPLATE_ID}" ×2`,
    ]);
    expect(pageProblems(page.replace(CSP_META, ''))).toEqual(['0 Content-Security-Policy <meta> (want 1)']);
    expect(pageProblems(page.replace(/<script data-boot>[^<]*<\/script>/, ''))).toEqual([
      '0 boot scripts (want 1)',
    ]);
  });
});

describe('the digests of the data files the build checked', () => {
  const withDigests = (html: string, validatedData: Record<string, string>) =>
    assemblePage(html, {
      screens: SCREENS,
      bootScript: BOOT,
      policyOf: () => POLICY,
      validatedData,
    });
  const meta = /<meta name="validated-data" content="([^"]*)" \/>/;

  it('are in one <meta> outside the template, where the app can read them', () => {
    const page = withDigests(VITE_PAGE, { 'data/zhaoqing-2024.json': 'AbC+/1=' });
    const content = meta.exec(page)?.[1] ?? '';
    expect(parseValidatedData(content)).toEqual({ 'data/zhaoqing-2024.json': 'AbC+/1=' });
    expect(page.indexOf('name="validated-data"')).toBeGreaterThan(page.indexOf('</template>'));
    expect(pageProblems(page)).toEqual([]);
  });

  it('are replaced by a second run, and gone when it checked none', () => {
    const first = withDigests(VITE_PAGE, { 'data/zhaoqing-2024.json': 'old=' });
    const second = withDigests(first, { 'data/zhaoqing-2024.json': 'new=' });
    expect(count(second, 'name="validated-data"')).toBe(1);
    expect(second).toContain('data/zhaoqing-2024.json=new=');
    expect(withDigests(first, {})).not.toContain('validated-data');
  });
});

describe('the boot script', () => {
  it('goes in as written, "$&" and all (a minifier may write anything a replacement would expand)', () => {
    const code = 'var a="$&$1$$";f(a)';
    expect(build(VITE_PAGE, code)).toContain(`<script data-boot>${code}</script>`);
  });

  it('is refused if its code would end its own <script> element', () => {
    expect(() => build(VITE_PAGE, 'x="</script><script>alert(1)"')).toThrow(/<\/script/);
  });
});
