import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH as FLAGS_PATH } from '../../scripts/chromium-flags.mjs';

/** Debian's Chromium, with the project's flags (scripts/chromium-flags.mjs). */
export const CHROMIUM_PATH = FLAGS_PATH;

export const baseUrl = () => inject('baseUrl');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /**
   * Console errors, uncaught page errors, Content-Security-Policy violations (`csp: …`) and
   * dialogs (`dialog: …`, dismissed) seen so far.
   */
  errors: string[];
  /** The CSP violations alone (also in `errors`). */
  cspViolations: string[];
}

/** Every CSP violation seen by any page of this test file (checked after each test, tests/e2e/setup.ts). */
const allCspViolations: string[] = [];

/** The violations seen since the last call, and forgets them. */
export function takeCspViolations(): string[] {
  return allCspViolations.splice(0);
}

declare global {
  interface Window {
    /** Each `securitypolicyviolation` of this document, in order (set by openPage's init script). */
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

/**
 * A fresh context and page, watched for errors. Service workers are blocked unless a test asks for
 * them (`serviceWorkers: 'allow'`, the offline test): `page.route` never sees a request the
 * app's worker answers from its cache, and the tests that fake failures (a chunk, a data file)
 * rely on it.
 */
export async function openPage(
  browser: Browser,
  options: {
    width?: number;
    height?: number;
    locale?: string;
    serviceWorkers?: 'allow' | 'block';
    /** A phone: touch events and the mobile viewport. */
    touch?: boolean;
  } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    ...(options.touch ? { isMobile: true, hasTouch: true } : {}),
    locale: options.locale ?? 'zh-CN',
    deviceScaleFactor: 1,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const errors: string[] = [];
  const cspViolations: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
    cspViolations.push(violation);
    allCspViolations.push(violation);
    errors.push(`csp: ${violation}`);
  });
  await context.addInitScript(listenForCspViolations);
  // Every page of the context is watched, this one and any a test opens later.
  context.on('page', (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    // No page of this app ever opens a dialog: one is a script that should not have run.
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
  });
  const page = await context.newPage();
  return { context, page, errors, cspViolations };
}

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

export const SCREENSHOT_DIR = 'test-results/screenshots';

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}
