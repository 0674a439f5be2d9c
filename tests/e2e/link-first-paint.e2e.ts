import { PHONE, expect, test, waitForLiveApp, type Page } from './fixtures';

/**
 * A shared link's first paint (issue 26): the prerendered screen is always the default view, so a
 * link that names another view must not be shown as "No filter" while the app is on its way. The
 * app's entry chunk is held back until the test has looked at the first screen (a slow network
 * does the same), then let go; the app must take over without a visible jump (CLS ≤ 0.02).
 */

/** One link for each kind of view parameter (README, "Link parameters"). */
const VIEW_LINKS = [
  // A leading sector and one behind the "more" control (shown as a chip): no jump either way.
  ['sectors', '?v=2&lang=en&sectors=nev,paper'],
  ['links', '?v=2&links=sourced&sectors=storage'],
  ['park', '?v=2&park=high-tech-zone'],
  ['county', '?v=2&lang=zh-Hant&county=441226'],
  ['entity', '?v=2&entity=xpeng'],
  ['map', '?v=2&map=22.9,112.3,23.2,112.8'],
  ['hide', '?v=2&lang=en&hide=neighbours'],
  ['tab', '?v=2&tab=charts'],
  ['order', '?v=2&tab=parks&order=known'],
  ['mode', '?v=2&lang=en&mode=present&scene=2'],
] as const;

declare global {
  interface Window {
    /** Each layout shift (without recent input) from the document's start: its score, what moved. */
    __shifts?: { value: number; moved: string[]; at: number }[];
  }
}

/** Holds the app's entry chunk until `release` is called; the boot script itself is not held. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null }[];
    };
    const shifts: NonNullable<Window['__shifts']> = (window.__shifts = []);
    const describe = (node: Node | null) =>
      node instanceof Element
        ? `${node.tagName.toLowerCase()}.${node.classList[0] ?? ''}`
        : (node?.nodeName ?? '?');
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[])
        if (!e.hadRecentInput)
          shifts.push({
            value: e.value,
            moved: e.sources.map((s) => describe(s.node)),
            at: Math.round(e.startTime),
          });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return release;
}

/** The language screen the reader sees before the app, once it has painted. */
async function firstScreen(page: Page, query: string) {
  await page.goto(query, { waitUntil: 'commit' });
  const lang = /lang=([\w-]+)/.exec(query)?.[1] ?? 'zh-Hans';
  const screen = page.locator(`.first-screen[data-first-screen="${lang}"]`);
  await expect(screen).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  return screen;
}

/**
 * Releases the app, waits for it to have replaced the first screen, and checks that nothing visible
 * jumped on the way: the layout shifts since the document began add up to at most 0.02 (the
 * budget), the message naming what moved when they do not.
 */
async function takeOverWithoutAJump(page: Page, release: () => void): Promise<void> {
  release();
  await waitForLiveApp(page);
  await expect(page.locator('.first-screen')).toHaveCount(0);
  // Two frames after the commit, so a shift it caused has been reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shifts = await page.evaluate(() => window.__shifts ?? []);
  const total = shifts.reduce((sum, s) => sum + s.value, 0);
  expect(
    total,
    `layout shift from the first paint to the live view: ${JSON.stringify(shifts)}`,
  ).toBeLessThanOrEqual(0.02);
}

test.describe('a shared link before the app takes over', () => {
  for (const [param, query] of VIEW_LINKS) {
    test(`with ${param}= says it is opening that view, never "No filter", then opens it without a jump`, async ({
      page,
    }) => {
      const release = await holdTheApp(page);
      const screen = await firstScreen(page, query);
      await expect(page.locator('html')).toHaveAttribute('data-opening', 'true');
      await expect(screen.locator('.link-opening')).toBeVisible();
      // What would contradict the link: the default view's filter line and its overview.
      await expect(screen.locator('.sector-filter-status')).toBeHidden();
      await expect(screen.locator('.match-summary')).toBeHidden();
      await expect(screen.locator('.sector-filter')).toBeHidden();

      await takeOverWithoutAJump(page, release);
      await expect(page.locator('.link-opening')).toHaveCount(0);
      // The link's view is what took over: its param is in the address the app wrote back.
      expect(new URL(page.url()).searchParams.get(param)).toBe(new URLSearchParams(query).get(param));
    });
  }

  test('on a phone, a sector link says it is opening, in its language, then shows the sector', async ({
    openPage,
  }) => {
    const { page } = await openPage(PHONE);
    const release = await holdTheApp(page);
    const screen = await firstScreen(page, '?v=2&lang=en&sectors=nev');
    await expect(screen.locator('.link-opening')).toHaveText('Opening the view in this link…');
    await expect(screen.getByText(/No filter|0 chosen/).filter({ visible: true })).toHaveCount(0);

    await takeOverWithoutAJump(page, release);
    await expect(page.locator('.sector-filter-status')).not.toContainText('No filter');
  });

  test('a link that names only a language shows that language’s default view, which is the link’s', async ({
    page,
  }) => {
    const release = await holdTheApp(page);
    // The language's UI strings download beside the entry (held here), not after it has run.
    const strings = page.waitForRequest(/\/assets\/zh-Hant-[\w-]+\.js$/);
    const screen = await firstScreen(page, '?v=2&lang=zh-Hant&utm_source=wechat');
    await strings;
    expect(
      await page.evaluate(() =>
        [...document.head.querySelectorAll<HTMLElement>('link[data-lang]')].map((l) => l.dataset.lang),
      ),
    ).toEqual(['zh-Hant']);
    await expect(page.locator('html')).not.toHaveAttribute('data-opening', /.*/);
    await expect(screen.locator('.link-opening')).toBeHidden();
    await expect(screen.locator('.sector-filter-status')).toBeVisible();
    await takeOverWithoutAJump(page, release);
  });
});
