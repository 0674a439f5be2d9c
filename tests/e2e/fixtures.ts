import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from '@playwright/test';

/**
 * The browser tests' own `test`: every page of a test is watched, and the test fails on any
 * console error, uncaught page error, Content-Security-Policy violation or dialog that it did not
 * allow (`watch.allow`). Contexts are Playwright's (closed by it); a test that needs a second
 * reader (another tab, screen or language) asks `openPage`, whose contexts are watched and closed
 * the same way.
 */

export { expect };
export type { Locator, Page };

export interface Watch {
  /**
   * Console errors (`console: …`), uncaught page errors (`pageerror: …`), Content-Security-Policy
   * violations (`csp: …`) and dialogs (`dialog: …`, dismissed) seen so far by any page of the test.
   */
  readonly errors: string[];
  /** The CSP violations alone (also in `errors`). */
  readonly cspViolations: string[];
  /**
   * Errors the test provokes on purpose (a blocked chunk, a failing file): those matching a
   * pattern (or equal to a string) do not fail it. Everything else still does.
   */
  allow(...patterns: (RegExp | string)[]): void;
  /** The errors seen so far that no `allow` covers. */
  unexpected(): string[];
}

/** A further page in a context of its own, watched like the test's `page` and closed after it. */
export interface OpenPageOptions extends BrowserContextOptions {
  width?: number;
  height?: number;
}
export type OpenPage = (options?: OpenPageOptions) => Promise<{ page: Page; context: BrowserContext }>;

declare global {
  interface Window {
    /** Each `securitypolicyviolation` of this document, in order (set by the context's init script). */
    __cspViolations?: string[];
    __reportCspViolation?: (violation: string) => void;
  }
}

/**
 * Records every `securitypolicyviolation` into `window.__cspViolations` and reports it to the test
 * at once (a binding survives navigations; the window's list does not). Runs before any script of
 * each document, so a violation during parsing is seen too.
 */
function listenForCspViolations() {
  const seen: string[] = (window.__cspViolations = []);
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
      const sample = e.sample ? ` "${e.sample}"` : '';
      const violation = `${e.effectiveDirective} refused ${e.blockedURI || 'inline'}${where}${sample}`;
      seen.push(violation);
      window.__reportCspViolation?.(violation);
    },
    true,
  );
}

function newWatch(): Watch {
  const errors: string[] = [];
  const cspViolations: string[] = [];
  const allowed: (RegExp | string)[] = [];
  const isAllowed = (e: string) => allowed.some((a) => (typeof a === 'string' ? a === e : a.test(e)));
  return {
    errors,
    cspViolations,
    allow: (...patterns) => void allowed.push(...patterns),
    unexpected: () => errors.filter((e) => !isAllowed(e)),
  };
}

/** Watches every page of `context`, this one's and any opened later, into `watch`. */
async function watchContext(context: BrowserContext, watch: Watch): Promise<void> {
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
    watch.cspViolations.push(violation);
    watch.errors.push(`csp: ${violation}`);
  });
  await context.addInitScript(listenForCspViolations);
  context.on('page', (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') watch.errors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => watch.errors.push(`pageerror: ${err.message}`));
    // No page of this app ever opens a dialog: one is a script that should not have run.
    page.on('dialog', (dialog) => {
      watch.errors.push(`dialog: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
  });
}

// Each fixture hands its value to the test through `provide` (Playwright's `use`, renamed: it is
// no React hook, which is what the lint rule for a function named `use` looks for).
export const test = base.extend<{ watch: Watch; openPage: OpenPage }>({
  // Checked after everything else of the test has closed (the contexts depend on it).
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  watch: async ({}, provide) => {
    const watch = newWatch();
    await provide(watch);
    expect(watch.unexpected(), 'console errors, page errors, CSP violations or dialogs').toEqual([]);
  },
  context: async ({ context, watch }, provide) => {
    await watchContext(context, watch);
    await provide(context);
  },
  openPage: async ({ browser, watch, contextOptions, locale, serviceWorkers }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async ({ width, height, ...options } = {}) => {
      const context = await browser.newContext({
        ...contextOptions,
        viewport: { width: width ?? 1280, height: height ?? 800 },
        deviceScaleFactor: 1,
        locale,
        serviceWorkers,
        ...options,
      });
      contexts.push(context);
      await watchContext(context, watch);
      return { context, page: await context.newPage() };
    });
    for (const context of contexts) await context.close();
  },
});

/**
 * The one signal that the app is live: the boot script has replaced the prerendered first screen
 * (`html[data-live]`), and the map has drawn its county names and its place markers (the markers
 * follow once their placement arrives from its worker).
 */
export async function waitForLiveApp(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-live', 'true');
  await expect(page.locator('.county-label').first()).toBeVisible();
  await expect(page.locator('.leaflet-marker-pane .place-marker').first()).toBeVisible();
}

/** Opens `query` (relative to the served build) and waits for the live app. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(query || '/');
  await waitForLiveApp(page);
}

/** `s` with the characters a RegExp gives a meaning to escaped. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A place's marker on the map (a Leaflet marker, role=button), by the start of its accessible name
 * "<name>（<kind>，<precision>…" (Chinese) or "<name> (<kind>, …" (English).
 */
export const marker = (page: Page, name: string): Locator =>
  page
    .locator('.leaflet-marker-pane')
    .getByRole('button', { name: new RegExp(`^✓?${escapeRegExp(name)}[（ ]`) });

/**
 * A sector's toggle in the filter, by the sector's name. Its accessible name is all it shows (the
 * name, then the count of matching parks, e.g. "新能源汽车 4 · 推断3"), and map markers' names
 * contain sector names too, so the name must be followed by the count (and not follow a letter).
 * Not anchored at the start: with `includeHidden` the name also counts what is hidden from
 * assistive technology (a pressed toggle's ✓ and the spelled-out count).
 */
export const sectorToggle = (
  scope: Page | Locator,
  name: string,
  options: { includeHidden?: boolean } = {},
) =>
  scope.getByRole('button', {
    name: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}\\s+\\d`, 'u'),
    ...options,
  });

/** The query of the page's address ('' or '?…'). */
export const search = (page: Page) => new URL(page.url()).search;

/** The aria-label of the place marker that has the focus ('' if none has). */
export const focusedMarkerLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('.place-marker')?.getAttribute('aria-label') ?? '');

/**
 * Resolves once no lazy part is still loading: no loading notice is left, and each chart on screen
 * is drawn (or says it has nothing to draw). Charts under open place details are hidden, drawn at
 * no width, and not waited for.
 */
export async function waitForLazyParts(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    if (document.querySelector('.charts-loading')) return false;
    const charts = [...document.querySelectorAll('.charts-panel figure[data-chart]')];
    return charts
      .filter((f) => f.checkVisibility())
      .every((f) => f.querySelector('g.chart-mark, .chart-empty') !== null);
  });
}

/** Two animation frames of the page (what a layout change needs to be painted). */
export const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** WCAG 2.2 A and AA, as axe tags them (2.2 adds target size, 2.5.8, at AA). */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe on `page` with the WCAG 2.2 A and AA rules, and label in name (2.5.3, A) too: axe marks that
 * rule experimental and leaves it out unless asked, but a speech-input user must be able to say
 * what a control shows (the sector toggles' counts once hid their names from it).
 */
export const axe = (page: Page) =>
  new AxeBuilder({ page })
    // Before withTags: `options` replaces the whole options object, the tags included.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(WCAG_22_AA);

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
export const BIG_SCREEN = { width: 1920, height: 1080 };

export const SCREENSHOT_DIR = 'test-results/screenshots';

/** A screenshot of the viewport into test-results/screenshots/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}
