// Builds the bench's floor (bare-app/main.tsx says what it is) into `outDir`, as the dashboard's
// build is made and served: Vite's production build, the shipped data and geography without their
// indentation, and brotli copies, so `vite preview` sends it the way it sends the dashboard.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { precompress } from '../precompress.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SHIPPED = ['data/zhaoqing-2024.json', 'geo/zhaoqing.json'];

export async function buildBareApp(outDir) {
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(here, 'bare-app'),
    base: './',
    plugins: [react()],
    build: { outDir: out, target: 'es2022', emptyOutDir: true },
  });
  for (const file of SHIPPED) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    const json = JSON.parse(readFileSync(resolve(here, '../../public', file), 'utf8'));
    writeFileSync(join(out, file), JSON.stringify(json));
  }
  precompress(out);
  return out;
}
