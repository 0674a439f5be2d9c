// The text transforms that turn Vite's dist/index.html into the prerendered page, and the checks
// the result must pass: pure functions of strings (no files, no build), used by prerender.mjs and
// tested on a small page in first-screen-page.test.ts. The names they share with the page's
// scripts are in first-screen-contract.mjs; docs/boot.md tells the whole story.
import {
  BOOT_SCRIPT_TAG,
  CSP_META,
  DEFERRED_TEMPLATE_ID,
  FIRST_SCREEN_ATTRIBUTE,
  LANG_PRELOAD_KEY,
  SLOT_END,
  SLOT_START,
  VALIDATED_DATA_TAG,
  bootScriptTag,
  cspMeta,
  validatedDataMeta,
} from './first-screen-contract.mjs';

const TEMPLATE_OPEN = `<template id="${DEFERRED_TEMPLATE_ID}">`;

/** One language's screen as it goes into the slot: app.css shows only the reader's. */
export const screenWrapper = (lang, html) =>
  `<div class="first-screen" ${FIRST_SCREEN_ATTRIBUTE}="${lang}" lang="${lang}">${html}</div>`;

/** Puts `screens` into index.html's slot (replacing what a previous run put there). */
export function fillSlot(html, screens) {
  const from = html.indexOf(SLOT_START);
  const to = html.indexOf(SLOT_END);
  if (from < 0 || to < from) throw new Error(`the page has no ${SLOT_START}…${SLOT_END} slot`);
  return html.slice(0, from + SLOT_START.length) + screens + html.slice(to);
}

/**
 * The boot script's code, inline, blocking on purpose and first in <head>: it must run before the
 * body is painted. (Replacements by function: minified code may hold "$&" and the like.)
 */
export function withBootScript(html, code) {
  if (/<\/script/i.test(code)) throw new Error('the boot script contains "</script"');
  return html
    .replace(new RegExp(`${BOOT_SCRIPT_TAG.source}\\n?\\s*`, 'g'), '')
    .replace('<head>', () => `<head>\n    ${bootScriptTag(code)}`);
}

/**
 * Moves the module scripts, module preloads and data preloads of <head> into an inert template,
 * which first-screen.ts clones into <head>: the preloads once the first screen has painted or half a
 * second has passed (a slow network's paint waits on the stylesheet, and the downloads need not
 * wait with it), the module scripts once it has painted. Each module script gets a preload of
 * itself, so it downloads with the rest. A page that has the template already (a second run) is
 * left as it is.
 */
export function deferUntilFirstPaint(html) {
  if (html.includes(TEMPLATE_OPEN)) return html;
  const tags = /\s*<(script\s+type="module"[^>]*><\/script|link\s+rel="(?:modulepreload|preload)"[^>]*)>/g;
  const src = (tag) => /^<script[^>]*\ssrc="([^"]+)"/.exec(tag)?.[1];
  const moved = [...html.matchAll(tags)].flatMap((m) => {
    const tag = m[0].trim();
    const script = src(tag);
    return script
      ? [tag, `<link rel="modulepreload" fetchpriority="low" crossorigin href="${script}">`]
      : [tag];
  });
  return html
    .replace(tags, '')
    .replace('</head>', `  ${TEMPLATE_OPEN}\n      ${moved.join('\n      ')}\n    </template>\n  </head>`);
}

/**
 * A module preload per language chunk (`{ lang, file }`, file relative to dist/), marked with its
 * language, before </head>: deferUntilFirstPaint moves them into the template with the rest. A page
 * that has the template already (a second run) has them already.
 */
export function withLanguagePreloads(html, chunks) {
  if (html.includes(TEMPLATE_OPEN) || chunks.length === 0) return html;
  const links = chunks.map(
    ({ lang, file }) =>
      `<link rel="modulepreload" fetchpriority="low" crossorigin href="./${file}" data-${LANG_PRELOAD_KEY}="${lang}">`,
  );
  return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
}

/**
 * The Content-Security-Policy <meta>, first in <head> after the charset (a <meta> policy governs
 * only what follows it); a second run replaces the policy of the first.
 */
export const withCspMeta = (html, policy) =>
  html
    .replace(new RegExp(`\\s*${CSP_META.source}`, 'g'), '')
    .replace(/\s*<meta charset="UTF-8" \/>/, '')
    .replace('<head>', `<head>\n    <meta charset="UTF-8" />\n    ${cspMeta(policy)}`);

/**
 * The digests of the data files the build checked (`{ file: sha256 base64 }`), as a <meta> before
 * </head> (outside the template: the app reads it from the document); a second run replaces it.
 */
export function withValidatedData(html, digests) {
  const without = html.replace(new RegExp(`\\s*${VALIDATED_DATA_TAG.source}`, 'g'), '');
  if (Object.keys(digests).length === 0) return without;
  return without.replace('</head>', `  ${validatedDataMeta(digests)}\n  </head>`);
}

/**
 * Vite's index.html (or an already prerendered one) → the prerendered page: the screens in the
 * slot, the boot script, the app's scripts deferred, and the policy `policyOf` gives for the page
 * (it allows the page's inline styles by their hashes, so it is computed from the page).
 */
export function assemblePage(
  html,
  { screens, bootScript, policyOf, languageChunks = [], validatedData = {} },
) {
  const page = withValidatedData(
    deferUntilFirstPaint(
      withLanguagePreloads(withBootScript(fillSlot(html, screens), bootScript), languageChunks),
    ),
    validatedData,
  );
  return withCspMeta(page, policyOf(page));
}

const count = (html, re) => [...html.matchAll(re)].length;

/**
 * What must hold of the prerendered page; [] when it does. prerender.mjs refuses to write a page
 * that fails. Three screens share the page, so an id written as a constant in a component would
 * appear three times (src/ui/screen-ids.tsx is the fix).
 */
export function pageProblems(html) {
  const problems = [];
  const templates = count(html, new RegExp(`<template id="${DEFERRED_TEMPLATE_ID}">`, 'g'));
  if (templates !== 1) problems.push(`${templates} <template id="${DEFERRED_TEMPLATE_ID}"> (want 1)`);
  const metas = count(html, /<meta http-equiv="Content-Security-Policy"/gi);
  if (metas !== 1) problems.push(`${metas} Content-Security-Policy <meta> (want 1)`);
  const validated = count(html, VALIDATED_DATA_TAG);
  if (validated > 1) problems.push(`${validated} validated-data <meta> (want at most 1)`);
  const boots = count(html, BOOT_SCRIPT_TAG);
  if (boots !== 1) problems.push(`${boots} boot scripts (want 1)`);
  const ids = new Map();
  for (const [, id] of html.matchAll(/\sid="([^"]*)"/g)) ids.set(id, (ids.get(id) ?? 0) + 1);
  const repeated = [...ids].filter(([, n]) => n > 1).map(([id, n]) => `"${id}" ×${n}`);
  if (repeated.length) problems.push(`ids repeated: ${repeated.join(', ')}`);
  return problems;
}
