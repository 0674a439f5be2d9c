import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { distIsStale, freePortFrom } from '../../scripts/start.mjs';
import { expect, test, waitForLiveApp } from './fixtures';

/**
 * `npm start` as a newcomer runs it on a machine where the port is already taken (another dev
 * server, a second checkout): it serves on the next free port, or on $PORT, and says where. The
 * build these tests run against is fresh, so `npm start` serves it without building again (it would
 * otherwise rewrite dist/ under the other browser tests).
 */

/** Starts `npm start` in its own process group; resolves with the address it prints. */
function npmStart(env: NodeJS.ProcessEnv): { child: ChildProcess; address: Promise<string> } {
  const child = spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const address = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /The dashboard: (http:\/\/localhost:\d+\/)/.exec(out);
      if (found?.[1]) resolve(found[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${out}`)));
  });
  return { child, address };
}

/** Stops `npm start` and the preview server it started. */
const stop = (child: ChildProcess) => {
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
};

/** Holds `port` on 127.0.0.1, as another server would (if something already does, so much the better). */
function occupy(port: number): Promise<Server | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

test.describe('npm start', () => {
  test.beforeEach(() => {
    expect(distIsStale(), 'dist/ is older than the sources: run npm run build first').toBe(false);
  });

  test('serves on the next free port when 4173 is taken, and prints that address', async ({ page }) => {
    const holder = await occupy(4173);
    const env = { ...process.env };
    delete env.PORT;
    const { child, address } = npmStart(env);
    try {
      const url = await address;
      expect(url).not.toBe('http://localhost:4173/');
      await page.goto(url);
      await waitForLiveApp(page);
    } finally {
      stop(child);
      holder?.close();
    }
  });

  test('serves on $PORT when it is free', async ({ page }) => {
    const port = await freePortFrom(20_000 + Math.floor(Math.random() * 20_000));
    const { child, address } = npmStart({ ...process.env, PORT: String(port) });
    try {
      expect(await address).toBe(`http://localhost:${port}/`);
      await page.goto(await address);
      await waitForLiveApp(page);
    } finally {
      stop(child);
    }
  });
});
