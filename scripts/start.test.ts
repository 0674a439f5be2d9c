import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distIsStale, freePortFrom } from './start.mjs';

/** A checkout with a source file and, unless `built` is false, a build one second newer. */
function checkout(built = true): string {
  const root = mkdtempSync(join(tmpdir(), 'start-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src/main.tsx'), '');
  utimesSync(join(root, 'src/main.tsx'), 1_000, 1_000);
  if (built) {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), '');
    utimesSync(join(root, 'dist/index.html'), 1_001, 1_001);
  }
  return root;
}

describe('npm start builds only what is stale', () => {
  it('builds when there is no build', () => {
    expect(distIsStale(checkout(false))).toBe(true);
  });

  it('serves a build newer than every source', () => {
    expect(distIsStale(checkout())).toBe(false);
  });

  it('builds again after a source, a config or a build script changes, not after a test does', () => {
    for (const [file, stale] of [
      ['src/main.tsx', true],
      ['vite.config.ts', true],
      ['src/main.test.tsx', false],
    ] as const) {
      const root = checkout();
      writeFileSync(join(root, file), '');
      utimesSync(join(root, file), 1_002, 1_002);
      expect(distIsStale(root), file).toBe(stale);
    }
  });
});

describe('npm start’s port', () => {
  it('is the next free one when the one asked for is taken', async () => {
    const holder = createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    const taken = (holder.address() as { port: number }).port;
    try {
      expect(await freePortFrom(taken)).toBeGreaterThan(taken);
    } finally {
      holder.close();
    }
  });
});
