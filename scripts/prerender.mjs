// Prerenders the first screen into dist/index.html: the default view rendered by React on Node
// from the files in dist/, once per language, so the page paints its header, filter, outline map
// and figures before the app's JavaScript has run; the app then replaces it with the live view.
// A small blocking script (src/first-screen.ts, built here and put inline) picks the language's
// screen by the app's own rules before the first paint.
//
//   node scripts/prerender.mjs [distDir]
//
// Run by `npm run build`. A deployment that edits dist/data/ runs it again (`npm run prerender`)
// so the first screen shows the edited figures too.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build, loadEnv } from 'vite';
import { buildServiceWorker } from './build-sw.mjs';
import { precompress } from './precompress.mjs';
import { BOOT_SCRIPT_FILE } from './first-screen-contract.mjs';
import { assemblePage, pageProblems, screenWrapper } from './first-screen-page.mjs';
import { contentSecurityPolicy, inlineScriptHashes, styleAttributeHashes } from './security-headers.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const cache = resolve('node_modules/.cache/prerender');

// The renderer, built for Node from src/prerender.tsx.
await build({
  configFile: resolve('vite.config.ts'),
  logLevel: 'warn',
  build: {
    ssr: 'src/prerender.tsx',
    outDir: join(cache, 'ssr'),
    emptyOutDir: true,
    copyPublicDir: false,
    rolldownOptions: {
      // The renderer needs every language at once: it imports all the messages statically
      // (src/i18n/all-messages.ts), so the app's dynamic imports of the other languages cannot
      // split them off here, and Rolldown says so. Harmless: this bundle runs once, in Node, at
      // build time; the browser's build (vite build) still splits them.
      onwarn(warning, warn) {
        if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
      },
    },
  },
});
const { renderFirstScreen, parseDataFile, LANGS, SCHEMA_FILES } = await import(
  pathToFileURL(join(cache, 'ssr', 'prerender.js')).href
);

// The boot script (language picker, app starter), as one small classic script, inline in the page.
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
const script = readFileSync(join(cache, 'lang', built), 'utf8').trim();
// It goes inline (first-screen-contract.mjs says why): the files of earlier builds go.
for (const old of readdirSync(join(dist, 'assets')).filter((f) => BOOT_SCRIPT_FILE.test(f)))
  rmSync(join(dist, 'assets', old));

const read = (file) => JSON.parse(readFileSync(join(dist, file), 'utf8'));
const dataset = read('data/zhaoqing-2024.json');
const geography = read('geo/zhaoqing.json');
const screens = LANGS.map((lang) => screenWrapper(lang, renderFirstScreen(dataset, geography, lang))).join(
  '',
);

// The languages whose UI strings are a chunk of their own (src/i18n/resources.ts imports them on
// demand): the boot script preloads the reader's beside the app's entry.
const manifest = read('.vite/manifest.json');
const languageChunks = Object.values(manifest).flatMap((chunk) => {
  const lang = /^src\/i18n\/locales\/([\w-]+)\.ts$/.exec(chunk.src ?? '')?.[1];
  return lang ? [{ lang, file: chunk.file }] : [];
});

// The data files that pass their schema as they are (nothing the schema would drop), by the SHA-256
// of their bytes: the app parses no schema for a file with those bytes (src/data/build-validated.ts).
// A file that fails is left out, with a warning: the app checks it and shows which field is wrong.
const validatedData = {};
for (const file of SCHEMA_FILES) {
  if (!existsSync(join(dist, file))) continue;
  const bytes = readFileSync(join(dist, file));
  const result = parseDataFile(file, JSON.parse(bytes.toString('utf8')));
  if ('problem' in result) console.warn(`${file} fails its schema (${result.problem}): the app will say so`);
  else if (!isDeepStrictEqual(result.data, JSON.parse(bytes.toString('utf8'))))
    console.warn(`${file} has fields its schema does not know: the app parses it at load`);
  else validatedData[file] = createHash('sha256').update(bytes).digest('base64');
}

const indexFile = join(dist, 'index.html');
// The screens in the slot, the boot script first in <head>, the app's scripts and data waiting
// until the first screen has painted (first-screen.ts starts them), and the Content-Security-Policy
// as a <meta>: React's inline style attributes (none today) would be allowed by their hashes, the
// tile host (if the build has one) by name.
const env = loadEnv('production', process.cwd(), 'VITE_');
const page = assemblePage(readFileSync(indexFile, 'utf8'), {
  screens,
  bootScript: script,
  languageChunks,
  validatedData,
  policyOf: (html) =>
    contentSecurityPolicy({
      tileUrl: env.VITE_TILE_URL,
      tileSubdomains: env.VITE_TILE_SUBDOMAINS,
      styleHashes: styleAttributeHashes(html),
      scriptHashes: inlineScriptHashes(html),
    }),
});
// One template, one policy, one boot script, and no id twice (three screens share the page).
const problems = pageProblems(page);
if (problems.length) throw new Error(`${indexFile} would be broken:\n  ${problems.join('\n  ')}`);
writeFileSync(indexFile, page);
rmSync(cache, { recursive: true, force: true });
console.log(
  `prerendered the first screen in ${LANGS.length} languages: ${(Buffer.byteLength(screens) / 1024).toFixed(1)} KB of HTML, ` +
    `boot script ${Buffer.byteLength(script)} B inline; CSP with ${styleAttributeHashes(page).length} style hashes; ` +
    `${Object.keys(validatedData).length} of ${SCHEMA_FILES.length} data files checked by their schemas`,
);

// Last: the service worker caches the final page (boot script inline) by its revision,
// so a second run (after editing dist/data/) also gives the offline copy the new first screen.
const offline = await buildServiceWorker(dist);
for (const w of offline.warnings) console.warn(`service worker: ${w}`);
console.log(`service worker: ${offline.count} files precached, data and geography network-first`);

// Then the brotli copies of the final files (the page, the worker, the data included).
const { raw, compressed } = precompress(dist);
console.log(
  `brotli copies: ${(raw / 1024).toFixed(0)} KB of text as ${(compressed / 1024).toFixed(0)} KB (.br)`,
);
