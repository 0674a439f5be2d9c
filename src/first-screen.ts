import {
  BOOT_STATUS_CLASS,
  DEFERRED_TEMPLATE_ID,
  FIRST_SCREEN_KEY,
  LIVE_KEY,
} from '../scripts/first-screen-contract.mjs';
import { initialLang } from './app/initial-lang';
import { HTML_LANG } from './i18n/resolve-lang';

/**
 * The one blocking script of the page (built by scripts/prerender.mjs, first in <head>; the names
 * it shares with the page are in scripts/first-screen-contract.mjs, the whole story in docs/boot.md):
 *
 * 1. It picks the language the app will render in — the link's, else the browser's, by the app's
 *    own rules — so the matching prerendered first screen is the one painted.
 * 2. It starts the app only once that screen has painted: the scripts and data wait in
 *    <template id="after-first-paint">, so they do not compete with the HTML and CSS for the
 *    network before the first paint. A hidden tab paints nothing, hence the one-second fallback.
 * 3. If the app is not live after a second and a half (slow scripts or a slow data server), it
 *    says that something is coming; main.tsx removes the notice once the app is live.
 */
const root = document.documentElement;
const lang = initialLang(window.location.search, navigator.languages);
root.lang = HTML_LANG[lang];
root.dataset[FIRST_SCREEN_KEY] = lang;

let started = false;
function startApp(): void {
  if (started) return;
  started = true;
  const deferred = document.getElementById(DEFERRED_TEMPLATE_ID);
  if (deferred instanceof HTMLTemplateElement)
    document.head.append(document.importNode(deferred.content, true));
}
new PerformanceObserver((list, observer) => {
  if (!list.getEntries().some((e) => e.name === 'first-contentful-paint')) return;
  observer.disconnect();
  // After the paint's frame, not inside it.
  setTimeout(startApp, 0);
}).observe({ type: 'paint', buffered: true });
setTimeout(startApp, 1000);

setTimeout(() => {
  if (!root.dataset[LIVE_KEY]) document.querySelector(`.${BOOT_STATUS_CLASS}`)?.removeAttribute('hidden');
}, 1500);
