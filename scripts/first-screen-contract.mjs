// The names that tie the prerendered first screen together: the build writes them into
// dist/index.html (scripts/prerender.mjs), the page's scripts look for them at run time
// (src/first-screen.ts, src/main.tsx) and its CSS selects on them (src/app/app.css, which cannot
// import this file: its selectors name the same strings, and say so). docs/boot.md tells the story.
//
// Plain JavaScript with no imports, so that Node runs it as it is (the build scripts) and Vite
// bundles it into the page (types: first-screen-contract.d.mts). Change a name here, not in one of
// its users.

/** index.html's slot, filled by prerender.mjs with the three language screens. */
export const SLOT_START = '<!--first-screen-->';
export const SLOT_END = '<!--/first-screen-->';

/**
 * The inert <template> the app's module scripts and preloads wait in until the first screen has
 * painted: written by prerender.mjs, cloned into <head> by first-screen.ts.
 */
export const DEFERRED_TEMPLATE_ID = 'after-first-paint';

/**
 * `data-lang` on a module preload in the template: a language's UI strings (prerender.mjs adds one
 * per language that is a chunk of its own). first-screen.ts keeps only the reader's, so the strings
 * download beside the app's entry instead of after it has run.
 */
export const LANG_PRELOAD_KEY = 'lang';

/**
 * The "Loading data…" notice (a class in index.html and app.css): first-screen.ts shows it when the
 * app is slow to take over, main.tsx removes it when the app takes over.
 */
export const BOOT_STATUS_CLASS = 'boot-status';

/**
 * `data-first-screen`: on each prerendered screen's wrapper (prerender.mjs), its language; on
 * <html> (first-screen.ts, before the first paint), the language to show. app.css shows the
 * screen whose value matches <html>'s. `dataset` spells it `firstScreen`.
 */
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';
export const FIRST_SCREEN_KEY = 'firstScreen';

/**
 * `data-live` on <html>: set by main.tsx when the app takes over from the first screen. First-screen.ts
 * reads it (no "Loading" notice once live), and the browser tests wait for it.
 */
export const LIVE_ATTRIBUTE = 'data-live';
export const LIVE_KEY = 'live';

/**
 * `data-opening` on <html>: set by first-screen.ts when the link names a view (src/state/view-params.ts)
 * that the prerendered screen, always the default view, does not show. It stays: what it selects is
 * inside the first screen, which the app's first commit removes. app.css hides the screen's filter and panel (their space kept) and shows each
 * screen's `.link-opening` notice (prerender.tsx) instead of the default view's "No filter".
 */
export const OPENING_ATTRIBUTE = 'data-opening';
export const OPENING_KEY = 'opening';
export const LINK_OPENING_CLASS = 'link-opening';

/**
 * The blocking boot script (src/first-screen.ts, built by prerender.mjs), inline, first in <head>
 * after the policy: as a file of its own it cost a phone on Fast 3G a round trip (about 600 ms)
 * before the stylesheet was even asked for. The policy allows it by its hash
 * (security-headers.mjs, `inlineScriptHashes`); a second prerender run finds it and replaces it.
 */
export const bootScriptTag = (code) => `<script data-boot>${code}</script>`;
export const BOOT_SCRIPT_TAG = /<script data-boot>[\s\S]*?<\/script>/g;
/** The boot script files of earlier builds (assets/first-screen-<hash>.js): prerender.mjs removes them. */
export const BOOT_SCRIPT_FILE = /^first-screen-[\w-]+\.js$/;

/**
 * The Content-Security-Policy <meta> prerender.mjs writes first in <head>; security-headers.mjs
 * reads the policy back from it for `vite preview`'s headers (group 1: the policy).
 */
export const cspMeta = (policy) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
export const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/;

/**
 * What each language's screen prefixes its ids with, so the three screens in one page never share
 * one: React's `identifierPrefix` (useId) and the app's own named ids (src/ui/screen-ids.tsx). The
 * live app has one screen and no prefix.
 */
export const screenIdPrefix = (lang) => `${lang}-`;

/**
 * `<meta name="validated-data" content="data/zhaoqing-2024.json=<sha256, base64> …">`: the data
 * files prerender.mjs checked against their schemas, each with the SHA-256 of its bytes. The app
 * (src/data/build-validated.ts) takes a file with the same bytes as checked and parses no schema
 * for it; any other file (edited since, or served by someone else) it checks in full.
 */
export const VALIDATED_DATA_META = 'validated-data';
export const validatedDataMeta = (digests) =>
  `<meta name="${VALIDATED_DATA_META}" content="${Object.entries(digests)
    .map(([file, digest]) => `${file}=${digest}`)
    .join(' ')}" />`;
export const VALIDATED_DATA_TAG = /<meta name="validated-data" content="[^"]*"\s*\/?>/g;
/** The meta's content → { file: digest } (a digest is base64, so it may end in "="). */
export const parseValidatedData = (content) =>
  Object.fromEntries(
    content
      .split(/\s+/)
      .filter((pair) => pair.includes('='))
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
