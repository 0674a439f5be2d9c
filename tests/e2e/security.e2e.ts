import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Geography } from '../../src/domain/schema/geo-schema';
import { decodeView, encodeView } from '../../src/state/url-codec';
import { hostileDataset, LONG_NAME, PAYLOADS, REJECTED_CASES } from '../fixtures/hostile-dataset';
import { shippedVocabulary } from '../fixtures/shipped-vocabulary';
import {
  DESKTOP,
  expect,
  PHONE,
  test,
  waitForLazyParts,
  waitForLiveApp,
  twoFrames,
  type OpenPage,
  type Page,
  type Watch,
} from './fixtures';

/**
 * Inert under hostile input, in Chromium against the production build: the page carries an
 * enforced Content-Security-Policy (as a <meta> and, from `vite preview`, as a header); a hostile
 * dataset is refused with the field named or shown as text that stays in its box; 200 hostile links
 * open the dashboard. In every case no script of the attacker's runs: no dialog, no
 * `securitypolicyviolation` (the fixtures record them and fail any test that saw one it did not mean),
 * no `window.__xss`.
 */

const DATASET = /\/data\/zhaoqing-2024\.json$/;
const shipped = JSON.parse(readFileSync('public/data/zhaoqing-2024.json', 'utf8')) as Record<string, unknown>;
const geography = JSON.parse(readFileSync('public/geo/zhaoqing.json', 'utf8')) as Geography;

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** Nothing the attacker wrote became markup or ran. */
async function expectNothingRan(page: Page) {
  const found = await page.evaluate(() => ({
    xss: window.__xss ?? null,
    // Only the app's own scripts (external, and the boot script the policy allows by its hash) and
    // no element a payload could have made.
    inlineScripts: document.querySelectorAll('script:not([src]):not([data-boot])').length,
    made: document.querySelectorAll('img[src="x"], iframe, object, embed, body style, body link, textarea, b')
      .length,
    handlers: [...document.querySelectorAll('body *')].filter((el) =>
      el.getAttributeNames().some((a) => a.startsWith('on')),
    ).length,
    links: [...document.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((h) => !/^(https?:\/\/|#|\.\/|\?|blob:)/i.test(h)),
  }));
  expect(found).toEqual({ xss: null, inlineScripts: 0, made: 0, handlers: 0, links: [] });
}

/** No box of the page is wider than its container: long names wrap instead. */
async function expectNoHorizontalOverflow(page: Page, where: string) {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    const boxes = [
      '.layout-panel',
      '.sector-filter',
      '.app-header',
      '.link-notice',
      '.error-screen',
      '.park-list',
      '.match-summary',
      '.sources-list',
      '.key-figures',
      '.charts-panel',
      '.leaflet-tooltip',
    ];
    for (const sel of boxes)
      for (const box of document.querySelectorAll<HTMLElement>(sel)) {
        if (!box.checkVisibility()) continue;
        if (box.scrollWidth > box.clientWidth + 1)
          out.push(`${sel} scrolls sideways: ${box.scrollWidth} > ${box.clientWidth}`);
        const edge = box.getBoundingClientRect();
        for (const el of box.querySelectorAll<HTMLElement>(
          'h2, h3, h4, p, li, button, summary, dd, code, a',
        )) {
          if (!el.checkVisibility() || el.closest('.sr-only')) continue;
          // A row that scrolls sideways by design (the filter's chosen chips, a phone's leading
          // sectors) holds its items within reach of a scroll, not outside its box.
          if (el.closest('.chosen-chips, .sector-groups > .sector-group .sector-toggles')) continue;
          const r = el.getBoundingClientRect();
          if (r.width > 0 && (r.right > edge.right + 1 || r.left < edge.left - 1))
            out.push(
              `${sel} ${el.tagName}.${el.className}: ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(edge.left)}–${Math.round(edge.right)}`,
            );
        }
      }
    return [...new Set(out)].slice(0, 10);
  });
  expect(problems, where).toEqual([]);
}

test.describe('the Content-Security-Policy', () => {
  test('is in the built page, first in <head>, and sent by the server with frame-ancestors and the other headers', async ({
    request,
  }) => {
    const response = await request.get('/');
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    // Scripts: the app's files, and the inline boot script by the hash of its text alone.
    const boot = /<script data-boot>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const bootHash = `'sha256-${createHash('sha256').update(boot, 'utf8').digest('base64')}'`;
    expect(boot.length).toBeGreaterThan(0);
    expect(meta).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[\w+/=]+'; style-src 'self'/);
    expect(meta).toContain(`script-src 'self' ${bootHash};`);
    for (const directive of [
      "img-src 'self' data: blob:;",
      "connect-src 'self';",
      "object-src 'none';",
      "base-uri 'none';",
      "form-action 'none'",
    ])
      expect(meta).toContain(directive);
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    // The prerendered page has no style attribute (the sector colours are SVG fills), so the policy
    // allows none: no 'unsafe-hashes', no hash. An attribute added later would need its hash here.
    const styles = new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]));
    expect([...styles]).toEqual([]);
    expect(meta).not.toMatch(/unsafe-hashes/);
    expect(meta.split("'sha256-").length - 1, 'one hash: the boot script').toBe(1);
    // A <meta> policy governs only what follows it: it comes right after the charset.
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    expect(head.indexOf('<meta charset')).toBeLessThan(head.indexOf('http-equiv="Content-Security-Policy"'));
    expect(head.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(head.indexOf('<script'));
    expect(head.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(head.indexOf('<link'));

    const headers = response.headers();
    expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
  });

  test('is enforced: an injected inline script, handler, eval or foreign script does not run, and is reported', async ({
    page,
    watch,
  }) => {
    await page.goto('/');
    await waitForLiveApp(page);
    expect(watch.cspViolations).toEqual([]);
    // What the test injects below is refused, and Chromium says so on the console: meant.
    watch.allow(
      /^console: Refused to /,
      /^console: .* violates the following Content Security Policy directive.* The action has been blocked\.$/,
    );
    await page.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__xss = "inline script"';
      document.body.append(inline);
      const holder = document.createElement('div');
      // eslint-disable-next-line no-restricted-syntax -- the attack under test
      holder.innerHTML = '<img src="data:," onerror="window.__xss = \'handler\'">';
      document.body.append(holder);
      const foreign = document.createElement('script');
      foreign.src = 'https://evil.invalid/x.js';
      document.body.append(foreign);
      // eval and Function, from an ordinary task of the page (code the test evaluates directly
      // runs with the debugger's leave to compile strings).
      setTimeout(() => {
        const attempt = (run: () => unknown) => {
          try {
            run();
            return 'ran';
          } catch (e) {
            return e instanceof EvalError ? 'blocked' : String(e);
          }
        };
        (window as unknown as { __attempts: unknown }).__attempts = {
          eval: attempt(() => (0, eval)('window.__xss = "eval"')),
          Function: attempt(() => new Function('window.__xss = "Function"')()),
        };
      }, 0);
    });
    const attempts = await page.waitForFunction(
      () => (window as unknown as { __attempts?: unknown }).__attempts,
    );
    expect(await attempts.jsonValue()).toEqual({ eval: 'blocked', Function: 'blocked' });
    // Each refused twice: by the page's <meta> policy and by the server's header.
    await page.waitForFunction(() => (window.__cspViolations?.length ?? 0) >= 10);
    expect(await page.evaluate(() => window.__xss ?? null)).toBeNull();
    const violations = await page.evaluate(() => window.__cspViolations ?? []);
    expect(violations.map((v) => v.split(' ')[0]).sort()).toEqual(
      [
        ...Array<string>(4).fill('script-src-elem'), // the inline script and the foreign one
        ...Array<string>(2).fill('script-src-attr'), // the handler
        ...Array<string>(4).fill('script-src'), // eval and Function
      ].sort(),
    );
    expect(violations.filter((v) => v.includes('https://evil.invalid/x.js'))).toHaveLength(2);
    // The listener reported each to the test (it meant them: they are not a failure of the page).
    expect(watch.cspViolations).toEqual(violations);
    watch.allow(...violations.map((v) => `csp: ${v}`));
  });
});

test.describe('a hostile dataset in Chromium', () => {
  test.use({ locale: 'en-US' });

  const body = JSON.stringify(hostileDataset(shipped, { places: 10_000, geography }));
  const longPark = (shipped.parks as { id: string }[])[1]?.id ?? '';
  const shippedEntities = (shipped.entities as unknown[]).length;

  for (const { name, ...size } of [
    { name: 'desktop', ...DESKTOP },
    { name: 'phone', ...PHONE },
  ])
    test.describe(() => {
      test.use({ viewport: size });
      test(`shows payloads, 10,000-character names and 10,000 places as text in their boxes (${name})`, async ({
        page,
      }) => {
        await page.route(DATASET, (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body }),
        );
        await page.goto(`/?sectors=${(shipped.sectors as { id: string }[])[0]?.id}`);
        await waitForLiveApp(page);
        // The payloads are on the page as text (the overview's figures and sources, the filter).
        const text = (await page.evaluate(() => document.body.textContent)) ?? '';
        for (const p of PAYLOADS.slice(0, 4)) expect(text).toContain(p.slice(0, 20));
        await expectNothingRan(page);
        await expectNoHorizontalOverflow(page, 'overview, filtered by the long-named sector');

        // A marker's tooltip names it in a box of its own width.
        await page.locator('.leaflet-marker-pane .place-marker').first().hover();
        await expect(page.locator('.leaflet-tooltip').first()).toBeVisible();
        await expectNoHorizontalOverflow(page, 'a tooltip');

        await page.getByRole('tab', { name: 'Parks' }).click();
        await expect(page.locator('.park-list')).toBeVisible();
        // The 10,000 places, named by payloads, in the virtual list (its own chunk), first and last.
        const places = page.locator('.entity-list');
        await expect(places.getByRole('listitem').first()).toBeVisible();
        await expectNothingRan(page);
        await expectNoHorizontalOverflow(page, 'park list');
        await places.locator('button[tabindex="0"]').focus();
        await page.keyboard.press('End');
        await expect(places.locator(`[aria-posinset="${shippedEntities + 10_000}"]`)).toBeVisible();
        await expectNothingRan(page);
        await expectNoHorizontalOverflow(page, 'park list, its end');

        // The park whose name is 10,000 characters long, opened from the list.
        await page.locator(`.park-row[data-park-id="${longPark}"]`).click();
        // The whole name, exactly (toHaveText would fold its whitespace).
        await expect(page.locator('#place-details-heading')).toBeVisible();
        expect(await page.locator('#place-details-heading').textContent()).toBe(LONG_NAME);
        await expectNothingRan(page);
        await expectNoHorizontalOverflow(page, 'details of the long-named park');
        await page.keyboard.press('Escape');
        await expect(page).toHaveURL((url) => !url.searchParams.has('park'));

        await page.locator('.county-row').first().click();
        await expect(page.locator('#place-details-heading')).toBeVisible();
        await expectNoHorizontalOverflow(page, 'a county');
        await page.keyboard.press('Escape');
        await expect(page).toHaveURL((url) => !url.searchParams.has('county'));

        await page.getByRole('tab', { name: 'Charts' }).click();
        await waitForLazyParts(page);
        await expectNothingRan(page);
        await expectNoHorizontalOverflow(page, 'charts');
      });
    });

  test(`refuses ${REJECTED_CASES.length} hostile files, each naming its field, with nothing run`, async ({
    page,
  }) => {
    let current = '';
    await page.route(DATASET, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: current }),
    );
    for (const c of REJECTED_CASES) {
      current = c.text(shipped);
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible();
      const paths = await alert.locator('.error-issues code').allInnerTexts();
      expect(
        paths.some((p) => p.includes(c.path)),
        `${c.name}: ${paths.join(', ')}`,
      ).toBe(true);
      await expectNothingRan(page);
      await expectNoHorizontalOverflow(page, c.name);
    }
  });
});

// --- Hostile links --------------------------------------------------------------------------------

const LINK_PAYLOADS = [
  '<script>window.__xss=1;alert(1)</script>',
  '<img src=x onerror=window.__xss=1;alert(1)>',
  '"><svg/onload=window.__xss=1>',
  "'-alert(1)-'",
  'javascript:window.__xss=1',
  '__proto__',
  'constructor',
  'toString',
  // Long, but within what a server accepts in a request line (Node's limit is 16 KB of headers).
  'a'.repeat(4_000),
  'nev,'.repeat(1_000),
  '\u202Ehigh-tech-zone',
  '🙂'.repeat(300),
  '＜ｓｃｒｉｐｔ＞',
  '\u0000',
  'NaN,NaN,NaN',
  '1e308,1e308,14',
  '23.05,112.47,10,<b>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '%00',
  '%E0%A4%A',
] as const;
const LINK_PARAMS = ['lang', 'sectors', 'park', 'county', 'map', 'hide', 'tab', 'mode', 'v', '__proto__'];

/** 200 links: every payload in every param, raw or percent-encoded (and once more in a fragment). */
const HOSTILE_LINKS = LINK_PARAMS.flatMap((param, i) =>
  LINK_PAYLOADS.map((payload, j) => {
    const value = (i + j) % 2 === 0 ? encodeURIComponent(payload) : payload.replaceAll('#', '%23');
    // Some links carry valid params too, which must still apply.
    const extra = j % 5 === 0 ? '&tab=parks&lang=en' : j % 5 === 1 ? '&park=high-tech-zone' : '';
    return `?${encodeURIComponent(param)}=${value}${extra}${j % 7 === 0 ? `#${encodeURIComponent(payload.slice(0, 50))}` : ''}`;
  }),
);

/**
 * Whether link `n` is opened by a real page load (so the blocking first-screen script, the codec,
 * the notice and the address rewrite all meet it): for each param the first payload, and one more,
 * a different one for each param.
 */
function byPageLoad(n: number): boolean {
  const param = Math.floor(n / LINK_PAYLOADS.length);
  const payload = n % LINK_PAYLOADS.length;
  return payload === 0 || payload === (2 * param + (param % 2)) % LINK_PAYLOADS.length;
}

/**
 * Opens `links` one after another (the first by a page load): those `byPageLoad` picks by a real
 * navigation, each in a new tab, the others in that tab the way Back and Forward bring a link into
 * the running app (history entry + popstate), which is the same codec without a page load each —
 * 200 page loads would cost minutes of CI. A new tab, because Chromium ignores a frame's history
 * calls past 200 in 10 s (NavigationRateLimiter, kept by the frame across its documents).
 */
async function openEach(
  openPage: OpenPage,
  watch: Watch,
  baseURL: string,
  links: readonly (readonly [number, string])[],
) {
  const vocab = shippedVocabulary();
  const opened = await openPage();
  const { context } = opened;
  let page = opened.page;
  for (const [n, link] of links) {
    const url = new URL(link, baseURL);
    const what = `link ${n}: ${link.slice(0, 100)}`;
    if (!byPageLoad(n)) {
      await page.evaluate((href) => {
        history.pushState(null, '', href);
        dispatchEvent(new PopStateEvent('popstate'));
      }, url.href);
      await twoFrames(page);
      expect(await page.locator('.county-label').count(), what).toBeGreaterThan(0);
      expect(watch.unexpected(), what).toEqual([]);
      expect(await page.evaluate(() => window.__xss ?? null), what).toBeNull();
      continue;
    }
    // What the app must make of it: the codec's reading, written back in canonical form, and
    // each value it could not use named in the notice (as text).
    const decoded = decodeView(url.search, vocab);
    const canonical = encodeView(decoded.view);
    if (n !== links[0]?.[0]) {
      await page.close();
      page = await context.newPage();
    }
    await page.goto(url.href, { waitUntil: 'commit' });
    await page
      .waitForFunction(
        (c) => document.documentElement?.dataset.live === 'true' && location.search === c,
        canonical,
        // Generous: on a loaded two-core CI box, four pages load side by side.
        { timeout: 60_000 },
      )
      .catch(async () => {
        const search = await page.evaluate(() => location.search);
        const live = await page.evaluate(() => document.documentElement?.dataset.live ?? 'no');
        throw new Error(`${what}: address ${search.slice(0, 100)}, not ${canonical} (live: ${live})`);
      });
    const named = decoded.ignored.map((i) => `${i.param}=${i.value}`);
    if (named.length > 0) await expect(page.locator('.link-notice'), what).toBeVisible();
    expect(await page.locator('.link-notice code').allTextContents(), what).toEqual(named);
    await expect(page.locator('.county-label').first(), what).toBeVisible();
    expect(watch.unexpected(), what).toEqual([]);
    expect(await page.evaluate(() => window.__xss ?? null), what).toBeNull();
  }
  await expectNothingRan(page);
  // Done with it (the fixture would close it after the test anyway).
  await context.close();
}

test.describe('200 hostile links in Chromium', () => {
  test('are 200: every payload in every param', () => {
    expect(HOSTILE_LINKS).toHaveLength(LINK_PARAMS.length * LINK_PAYLOADS.length);
    expect(HOSTILE_LINKS).toHaveLength(200);
  });

  // One test per param, so that the two workers share the 200 links out.
  for (const [i, param] of LINK_PARAMS.entries()) {
    test(`each with ${param}= opens the dashboard in its canonical form, with no error, dialog, script or CSP violation`, async ({
      openPage,
      watch,
      baseURL,
    }) => {
      const links = [...HOSTILE_LINKS.entries()].slice(
        i * LINK_PAYLOADS.length,
        (i + 1) * LINK_PAYLOADS.length,
      );
      expect(links.filter(([n]) => byPageLoad(n)).length).toBeGreaterThanOrEqual(1);
      await openEach(openPage, watch, baseURL ?? '', links);
    });
  }
});
