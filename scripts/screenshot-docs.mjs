// The screenshots kept in docs/screenshots/, in each language: at 1280×800 the Targets & outcomes
// tab, the charts with their tier marks, a park inside a core park, a firm's details; presentation
// mode on a 1920×1080 and a 3840×2160 screen (a sector scene and a park scene).
// `npm run build`, then `node scripts/screenshot-docs.mjs` (serves the build with vite preview,
// drives the system Chromium with the project's flags). Optional: an output folder.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-flags.mjs';

const outDir = process.argv[2] ?? 'docs/screenshots';
const DESK = { width: 1280, height: 800 };
const HD = { width: 1920, height: 1080 };
const UHD = { width: 3840, height: 2160 };
/** [file name, query, what must be drawn first, screen] */
const SHOTS = [
  ['outcomes', 'tab=outcomes', '.outcome-card', DESK],
  ['corrections-charts', 'tab=charts', '.recharts-surface', DESK],
  ['corrections-dawang', 'park=dawang-nev-park', '.place-details', DESK],
  ['firm-details', 'entity=xpeng', '.place-details', DESK],
  ['present-1920-sector', 'mode=present&every=600&scene=2', '.presentation-qr svg', HD],
  ['present-1920-park', 'mode=present&every=600&scene=6', '.place-details', HD],
  ['present-3840-sector', 'mode=present&every=600&scene=2', '.presentation-qr svg', UHD],
  ['present-3840-park', 'mode=present&every=600&scene=6', '.place-details', UHD],
];
const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  { stdio: 'ignore' },
);
const base = `http://127.0.0.1:${port}/`;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 100) throw new Error('vite preview did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    for (const [name, query, ready, viewport] of SHOTS) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
      await page.goto(`${base}?lang=${lang}&${query}`);
      await page.locator(ready).first().waitFor();
      await page.locator('.county-label').first().waitFor();
      await page.locator('.leaflet-marker-pane .place-marker').first().waitFor();
      // Finite animations (the caption's entrance) are finished first, so a shot never catches one half-way.
      await page.screenshot({ path: `${outDir}/${name}-${lang}.png`, animations: 'disabled' });
      console.log(`${outDir}/${name}-${lang}.png`);
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}
