/* global location -- these run in the page */
// `npm run bench:waterfall [-- '?query']`: what a slow phone (slow-phone.mjs: Fast 3G, 4× CPU,
// 390×844) waits for when it opens the built dashboard: every request's start and end, the first
// and the largest paint, and when the markers are drawn and named (page time, ms). Issue 26's
// "where the time goes". DIST=dir measures another build (default dist/).
import { launch } from './interaction.mjs';
import { servePreview } from './serve.mjs';
import { markersNamed, slowPhonePage } from './slow-phone.mjs';

const query = process.argv[2] ?? '?v=2&lang=en&sectors=nev';
const { url, stop } = await servePreview(process.env.DIST ?? 'dist');
const browser = await launch();
try {
  const { page, cdp } = await slowPhonePage(browser);
  await page.goto(`${url}${query}`, { waitUntil: 'commit' });
  const named = (await markersNamed(cdp)).at;
  const { navigation, fcp, lcp, requests } = await page.evaluate(async () => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      navigation: [nav.responseStart, nav.responseEnd, nav.domContentLoadedEventEnd].map(Math.round),
      fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
      lcp: await new Promise((resolve) =>
        new PerformanceObserver((list) => resolve(Math.round(list.getEntries().at(-1).startTime))).observe({
          type: 'largest-contentful-paint',
          buffered: true,
        }),
      ),
      requests: performance.getEntriesByType('resource').map((e) => ({
        start: Math.round(e.startTime),
        end: Math.round(e.responseEnd),
        kb: (e.transferSize / 1024).toFixed(1),
        name: e.name.replace(location.origin, ''),
      })),
    };
  });
  console.log(`slow phone, ${query || '(no query)'}: page time in ms\n`);
  console.log('| from | to | KB | what |\n|---:|---:|---:|---|');
  console.log(`| 0 | ${navigation[1]} | | the page (DOMContentLoaded ${navigation[2]}) |`);
  for (const r of requests) console.log(`| ${r.start} | ${r.end} | ${r.kb} | ${r.name} |`);
  console.log(
    `\nfirst contentful paint: ${fcp} ms; largest: ${lcp} ms; markers drawn and named: ${Math.round(named)} ms`,
  );
} finally {
  await browser.close();
  stop();
}
