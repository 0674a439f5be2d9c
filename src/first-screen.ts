import {
  BOOT_STATUS_CLASS,
  DEFERRED_TEMPLATE_ID,
  FIRST_SCREEN_KEY,
  LANG_PRELOAD_KEY,
  LIVE_KEY,
  OPENING_KEY,
} from '../scripts/first-screen-contract.mjs';
import { initialLang } from './app/initial-lang';
import { namesAView } from './state/view-params';

/**
 * The one blocking script of the page (built by scripts/prerender.mjs, first in <head>; the names
 * it shares with the page are in scripts/first-screen-contract.mjs, the whole story in docs/boot.md):
 *
 * 1. It picks the language the app will render in — the link's, else the browser's, by the app's
 *    own rules — so the matching prerendered first screen is the one painted.
 * 2. It runs the app only once that screen has painted: the module script waits in
 *    <template id="after-first-paint">, and so do the preloads of the scripts and data, which go
 *    into <head> at the first paint or half a second from now, whichever comes first, or at once
 *    if the page itself was half a second late. On a fast network the paint comes first and
 *    nothing competes with it; on a slow one (a phone on Fast 3G) the paint waits on the
 *    stylesheet for a second or more, and the downloads, at low priority, need not wait with it:
 *    the app is usable most of a second sooner (issue 26).
 *    A hidden tab paints nothing: it starts after a second. The tags go into <head> in order,
 *    over a few short tasks.
 * 3. If the link names a view other than the default (which is all the prerendered screen shows),
 *    it marks the page as opening that view: the screen then says so instead of "No filter".
 * 4. If the app is not live after a second and a half (slow scripts or a slow data server), it
 *    says that something is coming; main.tsx removes the notice once the app is live.
 */
const root = document.documentElement;
const lang = initialLang(window.location.search, navigator.languages);
// The language codes are BCP 47 tags already (as the live app uses them).
root.lang = lang;
root.dataset[FIRST_SCREEN_KEY] = lang;
if (namesAView(window.location.search)) root.dataset[OPENING_KEY] = 'true';

// How long the downloads wait for the first paint before they start beside it.
const DOWNLOADS_WAIT_MS = 500;

// The template's tags, split into preloads and scripts: read once, when first needed (the template
// comes after this script in <head>, so it is not parsed yet when this runs).
let tags: { preloads: Element[]; scripts: Element[] } | null = null;
function templateTags(): typeof tags {
  if (tags) return tags;
  const deferred = document.getElementById(DEFERRED_TEMPLATE_ID);
  if (!(deferred instanceof HTMLTemplateElement)) return null;
  // Not before the parser is past it: its content would be cut short.
  if (!deferred.nextElementSibling && !document.body) return null;
  const content = document.importNode(deferred.content, true);
  // Of the languages' strings, only the reader's (the app renders in the language picked above).
  for (const link of content.querySelectorAll<HTMLElement>(`[data-${LANG_PRELOAD_KEY}]`))
    if (link.dataset[LANG_PRELOAD_KEY] !== lang) link.remove();
  const all = [...content.children];
  tags = {
    preloads: all.filter((tag) => tag.tagName === 'LINK'),
    scripts: all.filter((tag) => tag.tagName !== 'LINK'),
  };
  return tags;
}

// In order, a few per task: each tag costs Chromium 1–25 ms to insert at 4× CPU, the sixteen
// together 130 ms, a long task of their own right after the first paint (issue 26).
const queue: Element[] = [];
function append(list: Element[]): void {
  const idle = queue.length === 0;
  queue.push(...list.splice(0));
  const appendSome = () => {
    const start = performance.now();
    while (queue.length > 0 && performance.now() - start < 8) document.head.append(queue.shift() as Element);
    if (queue.length > 0) setTimeout(appendSome, 0);
  };
  if (idle) appendSome();
}
// Each tag is appended once: append() empties the list it is given.
function startDownloads(): void {
  const found = templateTags();
  if (found) append(found.preloads);
}
function startApp(): void {
  const found = templateTags();
  if (!found) return;
  append(found.preloads);
  append(found.scripts);
}
// A page that took this long to reach this script came over a slow network (or to a slow device):
// the paint is a second or more away, and waiting for it would only delay the downloads, so they
// start as soon as the template is parsed (after the stylesheet, which comes before it in <head>).
// On a fast load the script runs within a few hundred milliseconds and the downloads wait.
const LATE_START_MS = 500;
if (performance.now() >= LATE_START_MS) {
  const startWhenParsed = () => {
    if (templateTags()) startDownloads();
    else if (document.readyState === 'loading') setTimeout(startWhenParsed, 10);
  };
  setTimeout(startWhenParsed, 0);
} else setTimeout(startDownloads, DOWNLOADS_WAIT_MS);
const paintIsObservable = PerformanceObserver.supportedEntryTypes?.includes('paint') ?? false;
if (paintIsObservable)
  new PerformanceObserver((list, observer) => {
    if (!list.getEntries().some((e) => e.name === 'first-contentful-paint')) return;
    observer.disconnect();
    // After the paint's frame, not inside it.
    setTimeout(startApp, 0);
  }).observe({ type: 'paint', buffered: true });
// A hidden tab paints nothing, and a browser without paint timing never says it has painted: those
// start after a second (or when the tab is hidden). A visible tab waits for its paint however long
// a loaded machine takes to make it, so the app never competes with the first screen.
setTimeout(() => {
  if (!paintIsObservable || document.visibilityState === 'hidden') startApp();
}, 1000);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') startApp();
});

setTimeout(() => {
  if (!root.dataset[LIVE_KEY]) document.querySelector(`.${BOOT_STATUS_CLASS}`)?.removeAttribute('hidden');
}, 1500);
