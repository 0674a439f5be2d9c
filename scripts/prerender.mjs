// Prerenders the first screen into dist/index.html: the default view rendered by React on Node
// from the files in dist/, once per language, so the page paints its header, filter, outline map
// and figures before the app's JavaScript has run; the app then replaces it with the live view.
// A small blocking script (src/first-screen.ts, built here) picks the language's screen by
// the app's own rules before the first paint.
//
//   node scripts/prerender.mjs [distDir]
//
// Run by `npm run build`. A deployment that edits dist/data/ runs it again (`npm run prerender`)
// so the first screen shows the edited figures too.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, loadEnv } from 'vite';
import { buildServiceWorker } from './build-sw.mjs';
import { CSP_META, contentSecurityPolicy, styleAttributeHashes } from './security-headers.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const cache = resolve('node_modules/.cache/prerender');
const START = '<!--first-screen-->';
const END = '<!--/first-screen-->';
const BOOT_SCRIPT = /<script src="\.\/assets\/first-screen-[\w-]+\.js"><\/script>\n?\s*/g;

// The renderer, built for Node from src/prerender.tsx.
await build({
  configFile: resolve('vite.config.ts'),
  logLevel: 'warn',
  build: { ssr: 'src/prerender.tsx', outDir: join(cache, 'ssr'), emptyOutDir: true, copyPublicDir: false },
});
const { renderFirstScreen, renderOutline, OUTLINE_FILE, LANGS } = await import(
  pathToFileURL(join(cache, 'ssr', 'prerender.js')).href
);

// The language picker, as one small classic script with a content hash in its name.
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: join(cache, 'lang'),
    emptyOutDir: true,
    copyPublicDir: false,
    minify: true,
    lib: { entry: resolve('src/first-screen.ts'), formats: ['iife'], name: 'firstScreen' },
  },
});
const [built] = readdirSync(join(cache, 'lang')).filter((f) => f.endsWith('.js'));
const script = readFileSync(join(cache, 'lang', built));
const scriptName = `first-screen-${createHash('sha256').update(script).digest('hex').slice(0, 8)}.js`;
for (const old of readdirSync(join(dist, 'assets')).filter((f) => f.startsWith('first-screen-')))
  rmSync(join(dist, 'assets', old));
renameSync(join(cache, 'lang', built), join(dist, 'assets', scriptName));

/** Moves the module scripts, module preloads and data preloads of <head> into an inert template. */
function deferUntilFirstPaint(html) {
  if (html.includes('<template id="after-first-paint">')) return html;
  const tags = /\s*<(script type="module"[^>]*><\/script|link rel="(?:modulepreload|preload)"[^>]*)>/g;
  const moved = [...html.matchAll(tags)].map((m) => m[0].trim());
  const rest = html.replace(tags, '');
  return rest.replace(
    '</head>',
    `  <template id="after-first-paint">\n      ${moved.join('\n      ')}\n    </template>\n  </head>`,
  );
}

const read = (file) => JSON.parse(readFileSync(join(dist, file), 'utf8'));
const dataset = read('data/zhaoqing-2024.json');
const geography = read('geo/zhaoqing.json');
writeFileSync(join(dist, OUTLINE_FILE), renderOutline(dataset, geography));
// React adds a preload for the outline image to each screen; the <img> itself is found as early.
const withoutPreloads = (html) => html.replace(/<link rel="preload" as="image"[^>]*>/g, '');
const screens = LANGS.map(
  (lang) =>
    `<div class="first-screen" data-first-screen="${lang}" lang="${lang}">` +
    withoutPreloads(renderFirstScreen(dataset, geography, lang)) +
    '</div>',
).join('');

const indexFile = join(dist, 'index.html');
let page = readFileSync(indexFile, 'utf8').replace(BOOT_SCRIPT, '');
const from = page.indexOf(START);
const to = page.indexOf(END);
if (from < 0 || to < from) throw new Error(`${indexFile} has no ${START}…${END} slot`);
page = page.slice(0, from + START.length) + screens + page.slice(to);
// Blocking on purpose, and first in <head>: it must run before the body is painted.
page = page.replace('<head>', `<head>\n    <script src="./assets/${scriptName}"></script>`);
// The app's scripts and data wait until the first screen has painted (first-screen.ts starts them).
page = deferUntilFirstPaint(page);
// The Content-Security-Policy, first in <head> after the charset (a <meta> policy governs only what
// follows it): React's inline style attributes are allowed by their hashes, the tile host (if the
// build has one) by name. A second run replaces the policy of the first.
const env = loadEnv('production', process.cwd(), 'VITE_');
const policy = contentSecurityPolicy({
  tileUrl: env.VITE_TILE_URL,
  tileSubdomains: env.VITE_TILE_SUBDOMAINS,
  styleHashes: styleAttributeHashes(page),
});
page = page
  .replace(new RegExp(`\\s*${CSP_META.source}`), '')
  .replace(/\s*<meta charset="UTF-8" \/>/, '')
  .replace(
    '<head>',
    `<head>\n    <meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );
writeFileSync(indexFile, page);
rmSync(cache, { recursive: true, force: true });
console.log(
  `prerendered the first screen in ${LANGS.length} languages: ${(Buffer.byteLength(screens) / 1024).toFixed(1)} KB of HTML, ` +
    `language picker ${script.length} B; CSP with ${policy.split("'sha256-").length - 1} style hashes`,
);

// Last: the service worker caches the final page, boot script and outline image by their revisions,
// so a second run (after editing dist/data/) also gives the offline copy the new first screen.
const offline = await buildServiceWorker(dist);
for (const w of offline.warnings) console.warn(`service worker: ${w}`);
console.log(`service worker: ${offline.count} files precached, data and geography network-first`);
