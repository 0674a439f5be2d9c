import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * Serving a build for the browser tests: `vite preview` on a free port, ready once it answers.
 * Used by the global set-up (the production build) and by tests that build a variant of their own.
 */

/** A free port, so that several test runs (or a dev server) never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `condition` until it holds (every `interval` ms) or `timeout` ms have passed. */
export async function pollUntil(
  condition: () => Promise<boolean> | boolean,
  { timeout, interval = 100, what }: { timeout: number; interval?: number; what: string },
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Resolves once `url` answers 2xx. */
export async function waitUntilServed(url: string, timeout = 30_000): Promise<void> {
  const answers = async () => {
    try {
      return (await fetch(url)).ok;
    } catch {
      return false; // not up yet
    }
  };
  await pollUntil(answers, { timeout, what: `a server on ${url}` });
}

/** `vite preview` of `outDir` on a free port, answering; kill() the process when done. */
export async function previewBuild(
  outDir = 'dist',
  port?: number,
): Promise<{ url: string; server: ChildProcess }> {
  const chosen = port ?? (await freePort());
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(chosen),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${chosen}/`;
  try {
    await waitUntilServed(url);
  } catch (e) {
    server.kill();
    throw e;
  }
  return { url, server };
}
