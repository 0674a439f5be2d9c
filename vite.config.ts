import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { builtPagePolicy, securityHeaders } from './scripts/security-headers.mjs';
import { brotliMiddleware } from './scripts/precompress.mjs';
// With its extension: Vite's future native config loader (configLoader: 'native') resolves no
// extensionless import, and says so in a warning on every build.
import { parsePublicUrl } from './src/domain/share/share-address.ts';

/**
 * The first screen is prerendered HTML (scripts/prerender.mjs): the JavaScript makes it live but is
 * not needed to paint it, so every script is fetched at low priority, after the CSS and the data.
 */
function scriptsAtLowPriority(): Plugin {
  return {
    name: 'scripts-at-low-priority',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<(script type="module"|link rel="modulepreload") /g, '<$1 fetchpriority="low" '),
    },
  };
}

/**
 * The map's Leaflet chunk is lazy (the page renders without waiting for it) but on the first
 * screen: preload it, its imports and its CSS from the HTML, so it downloads alongside the entry
 * instead of after the data and the first render.
 */
function preloadFirstScreenChunks(entries: RegExp): Plugin {
  return {
    name: 'preload-first-screen-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        const tags: { tag: string; attrs: Record<string, string | boolean>; injectTo: 'head' }[] = [];
        const seen = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk' || seen.has(file)) return;
          seen.add(file);
          chunk.imports.forEach(visit);
          // The entry and what it imports are in the HTML already.
          if (html.includes(`/${file}"`)) return;
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', fetchpriority: 'low', crossorigin: true, href: `./${file}` },
            injectTo: 'head',
          });
          for (const css of chunk.viteMetadata?.importedCss ?? [])
            tags.push({
              tag: 'link',
              attrs: {
                rel: 'preload',
                as: 'style',
                fetchpriority: 'low',
                crossorigin: true,
                href: `./${css}`,
              },
              injectTo: 'head',
            });
        };
        for (const chunk of Object.values(bundle))
          // The map's module is in the chunk of the map group (below), not a facade of its own.
          if (chunk.type === 'chunk' && chunk.moduleIds.some((id) => entries.test(id))) visit(chunk.fileName);
        return tags;
      },
    },
  };
}

/**
 * `vite preview` sends the built page's Content-Security-Policy (the <meta> scripts/prerender.mjs
 * wrote into the index.html of the directory it serves, `--outDir` included) as a real header, with
 * frame-ancestors and the other headers README ("Deploying") recommends: `preview.headers`, filled
 * in when the preview server starts, after the build.
 */
function securityHeadersInPreview(): Plugin {
  return {
    name: 'security-headers-in-preview',
    config(config, { isPreview, mode }) {
      if (!isPreview) return;
      const root = resolve(config.root ?? '.');
      const policy = builtPagePolicy(
        resolve(root, config.build?.outDir ?? 'dist'),
        loadEnv(mode, root, 'VITE_'),
      );
      return { preview: { headers: securityHeaders(policy) } };
    },
  };
}

/**
 * `vite preview` (and so `npm start`) answers a browser that accepts brotli with the build's `.br`
 * copies (scripts/precompress.mjs), before its own on-the-fly gzip: 17 % fewer bytes on the first
 * screen. Added here, not in a returned hook, so that it runs before the preview's compression.
 */
function brotliInPreview(): Plugin {
  return {
    name: 'brotli-in-preview',
    configurePreviewServer(server) {
      const { root, build, preview } = server.config;
      server.middlewares.use(brotliMiddleware(resolve(root, build.outDir), preview.headers));
    },
  };
}

/**
 * The data and geography in public/ are kept formatted for people who edit them; the build serves
 * them without the indentation (about 1.5 KB less of the first download, gzip). Still plain JSON,
 * so `npm run check:data dist/data/…` and a hand edit work the same.
 */
function minifiedJsonData(dirs: readonly string[]): Plugin {
  let outDir = 'dist';
  return {
    name: 'minified-json-data',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const dir of dirs.filter((d) => existsSync(join(outDir, d))))
        for (const file of readdirSync(join(outDir, dir)).filter((f) => f.endsWith('.json'))) {
          const path = join(outDir, dir, file);
          writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
        }
    },
  };
}

/**
 * VITE_PUBLIC_URL, the address shared links and QR codes use (README, "Deploying"): a malformed
 * one would print codes nobody can open, so the build refuses it rather than fall back silently.
 */
function checkPublicUrl(): Plugin {
  return {
    name: 'check-public-url',
    apply: 'build',
    configResolved(config) {
      const result = parsePublicUrl(config.env.VITE_PUBLIC_URL);
      if (!result.ok) throw new Error(result.error);
    },
  };
}

export default defineConfig({
  plugins: [
    checkPublicUrl(),
    scriptsAtLowPriority(),
    react(),
    preloadFirstScreenChunks(/src[\\/]features[\\/]map[\\/]zhaoqing-map\.tsx$/),
    securityHeadersInPreview(),
    brotliInPreview(),
    minifiedJsonData(['data', 'geo']),
  ],
  // Relative base so the built app works from any sub-path or a USB stick at an expo.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // For scripts/report-sizes.mjs: which chunks the entry imports statically.
    manifest: true,
    // leaflet.css's images (the layers control, the default marker icon) are for parts of Leaflet
    // this map never uses: as files they are never fetched; inlined they cost 3.5 KB gzip up front.
    assetsInlineLimit: (file) => (file.includes('/leaflet/dist/images/') ? false : undefined),
    // Leaflet and Recharts are large; keep them in their own long-cached chunks.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React, the tiny modules it shares with Recharts (use-sync-external-store), the bundler's
            // runtime and the small app modules the first screen shares with lazy parts (the list grows when
            // a build shows a new tiny initial chunk): one file.
            // Over HTTP/1.1 a phone has six connections, and on Fast 3G each small file held one for
            // a round trip (issue 26's waterfall). Without the group, use-sync-external-store lands
            // in the Recharts chunk and drags it into the first load.
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]|rolldown[:/\\]runtime|src[\\/]domain[\\/](text[\\/](localize|format-figure)|schema[\\/]vocabulary|map[\\/](web-mercator|marker-shape)|parks[\\/]sector-match)\.ts$/,
              priority: 20,
            },
            // The map and what only it needs, one file, for the same reason. Not the modules the page's
            // first render imports (the slot, legend, outline), and not the map component itself: a
            // dynamic import's own chunk exports its names as they are, so that a failed load can be
            // imported again by address (ui/retryable-import.ts); a group chunk's are renamed.
            {
              name: 'map',
              test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]|src[\\/]features[\\/]map[\\/](?!map-slot|map-legend|map-outline|tile-source|placement-worker-start|zhaoqing-map)[\\w-]+\.tsx?$|src[\\/]domain[\\/](map[\\/](map-labels|dense-points|name-lines|scaled-placement|placement-blocks|extent-boxes|county-raster|obstacle-index|park-placement|place-names|datum)|text[\\/]wrap-text)\.ts$/,
              // Not what they import from the rest of the app: that stays with the entry.
              includeDependenciesRecursively: false,
            },
            { name: 'recharts', test: /node_modules[\\/](recharts|d3-|victory-vendor|decimal\.js)/ },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
