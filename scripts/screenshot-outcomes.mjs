// Screenshots of the Targets & outcomes view at 1280×800 in each language, for docs/screenshots/:
// `npm run build`, then `node scripts/screenshot-outcomes.mjs` (serves the build with vite preview,
// drives the system Chromium with the project's flags). Optional: an output folder.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-flags.mjs';

const outDir = process.argv[2] ?? 'docs/screenshots';
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
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(`${base}?lang=${lang}&tab=outcomes`);
    await page.locator('.outcome-card').first().waitFor();
    await page.locator('.county-label').first().waitFor();
    await page.screenshot({ path: `${outDir}/outcomes-${lang}.png` });
    console.log(`${outDir}/outcomes-${lang}.png`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
