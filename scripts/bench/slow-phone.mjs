/* global document, innerHeight, innerWidth -- in the page */
// A shared link opened on a slow phone (issue 26): 390×844, touch, Fast 3G as Lighthouse's DevTools
// throttling has it (562.5 ms round trip, 1,474.56 kbit/s down, 675 kbit/s up), 4× CPU, a fresh
// profile (a new context, no service worker). Times from the navigation's start, in the page's clock.
//
// The page is watched and tapped through CDP alone (Runtime.evaluate, Input.dispatchTouchEvent),
// never through Playwright's locators or waitForFunction: those first evaluate Playwright's own
// injected script in the page, 110–140 ms on the phone's main thread while it boots, and a locator's
// tap waits for frames of its own before it touches. A phone has neither.

const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
const TIMEOUT = 120_000;

/** A fresh context and page with the slow phone's screen, touch, network and CPU. */
export async function slowPhonePage(browser) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}

/**
 * Resolves with the first truthy value of `probe` (a function, run in the page once per frame).
 * Rejects after the timeout, saying what it waited for.
 */
async function untilInPage(cdp, probe, what) {
  const expression = `new Promise((resolve, reject) => {
    const probe = ${probe};
    const give = setTimeout(() => reject(new Error('timed out')), ${TIMEOUT});
    const check = () => {
      const value = probe();
      if (value) { clearTimeout(give); resolve(value); } else requestAnimationFrame(check);
    };
    check();
  })`;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails)
    throw new Error(`slow phone: no ${what} (${exceptionDetails.exception?.description})`);
  return result.value;
}

/** A live marker wholly on screen, and the centre to tap it at (CSS pixels). */
const namedProbe = () => {
  const live =
    document.documentElement?.dataset.live === 'true' && document.querySelector('.place-name-text');
  if (!live) return null;
  for (const marker of document.querySelectorAll('.leaflet-marker-pane .place-marker')) {
    const r = marker.getBoundingClientRect();
    if (r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth)
      return { at: performance.now(), x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
};

/** When the live map has markers and names (page time, ms), and where its first marker is. */
export const markersNamed = (cdp) => untilInPage(cdp, namedProbe.toString(), 'named markers');

/**
 * One visit of `url`: first contentful paint; the map's markers drawn and named (for a sector
 * link, its matches); and the first tap answered (a tap on a marker as soon as there is one, to
 * its details on screen).
 */
export async function slowPhoneOnce(browser, url) {
  const { context, page, cdp } = await slowPhonePage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    const named = await markersNamed(cdp);
    const touch = { x: named.x, y: named.y };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [touch] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const tapMs = await untilInPage(
      cdp,
      (() => (document.querySelector('.place-details h2') ? performance.now() : null)).toString(),
      'details after the tap',
    );
    const fcpMs = await untilInPage(
      cdp,
      (() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null).toString(),
      'first contentful paint',
    );
    return { fcpMs, namedMs: named.at, tapMs };
  } finally {
    await context.close();
  }
}
