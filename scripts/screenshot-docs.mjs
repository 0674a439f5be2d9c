// The screenshots kept in docs/screenshots/: in each language at 1280×800 the overview (the README's
// first picture), the Targets & outcomes tab, the charts with their tier marks, a park inside a
// core park, a firm's details; presentation mode on a 1920×1080 and a 3840×2160 screen, every scene
// of the default tour in English and two (a sector, a park) in each Chinese script.
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
const ALL = ['zh-Hans', 'zh-Hant', 'en'];
/** The default tour's scenes (1–10); in Chinese a sector scene and a park scene. */
const SCENES = [
  [1, 'overview'],
  [2, 'sector-nev'],
  [3, 'sector-storage'],
  [4, 'sector-electronics'],
  [5, 'park-agglomeration-zone'],
  [6, 'park-high-tech-zone'],
  [7, 'park-new-area'],
  [8, 'east'],
  [9, 'west'],
  [10, 'figures'],
];
const SCENE_SHOTS = [HD, UHD].flatMap((screen) =>
  SCENES.map(([n, name]) => [
    `present-${screen.width}-${n}-${name}`,
    `mode=present&every=600&scene=${n}`,
    '.presentation-qr svg',
    screen,
    n === 2 || n === 6 ? ALL : ['en'],
  ]),
);
/** [file name, query, what must be drawn first, screen, languages] */
const SHOTS = [
  // The README's first picture: the first screen as a visitor finds it.
  ['overview', 'tab=overview', '.key-figures .figure-card', DESK, ALL],
  ['outcomes', 'tab=outcomes', '.outcome-card', DESK, ALL],
  ['corrections-charts', 'tab=charts', '.recharts-surface', DESK, ALL],
  ['corrections-dawang', 'park=dawang-nev-park', '.place-details', DESK, ALL],
  ['firm-details', 'entity=xpeng', '.place-details', DESK, ALL],
  ...SCENE_SHOTS,
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
  for (const lang of ALL) {
    for (const [name, query, ready, viewport, langs] of SHOTS) {
      if (!langs.includes(lang)) continue;
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
      await page.goto(`${base}?lang=${lang}&${query}`);
      await page.locator(ready).first().waitFor();
      // Attached, not visible: the key figures scene covers the map.
      await page.locator('.county-label').first().waitFor({ state: 'attached' });
      await page.locator('.leaflet-marker-pane .place-marker').first().waitFor({ state: 'attached' });
      // The symbols and names placed for the zoom the map came to rest at.
      await page.locator('.map[aria-busy="false"]').waitFor({ state: 'attached' });
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
