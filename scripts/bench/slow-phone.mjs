/* global document -- these run in the page */
// A shared link opened on a slow phone (issue 26): 390×844, touch, Fast 3G as Lighthouse's DevTools
// throttling has it (562.5 ms round trip, 1,474.56 kbit/s down, 675 kbit/s up), 4× CPU, a fresh
// profile (a new context, no service worker). Times from the navigation's start, in the page's clock.

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
  return { context, page };
}

/** When the live map has markers and names (page time, ms). */
export async function markersNamed(page) {
  const named = await page.waitForFunction(
    () =>
      document.documentElement?.dataset.live === 'true' &&
      document.querySelector('.leaflet-marker-pane .place-marker') &&
      document.querySelector('.place-name-text')
        ? performance.now()
        : null,
    null,
    { polling: 'raf', timeout: TIMEOUT },
  );
  return named.jsonValue();
}

/**
 * One visit of `url`: first contentful paint; the map's markers drawn and named (for a sector
 * link, its matches); and the first tap answered (a tap on a marker as soon as there is one, to
 * its details on screen).
 */
export async function slowPhoneOnce(browser, url) {
  const { context, page } = await slowPhonePage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    const namedMs = await markersNamed(page);
    await page.locator('.leaflet-marker-pane .place-marker').first().tap({ timeout: TIMEOUT });
    const answered = await page.waitForFunction(
      () => (document.querySelector('.place-details h2') ? performance.now() : null),
      null,
      { polling: 'raf', timeout: TIMEOUT },
    );
    const tapMs = await answered.jsonValue();
    const fcpMs = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    );
    return { fcpMs, namedMs, tapMs };
  } finally {
    await context.close();
  }
}
