// `npm start`: builds the dashboard when dist/ is missing or older than what it is built from, then
// serves it with `vite preview` on $PORT (default 4173) — or, when that port is taken, on the next
// free one — and prints the address. README.md, "Scripts".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * What `npm run build` reads: a file in these newer than dist/index.html means dist/ is stale.
 * Tests are not read by the build (editing one does not call for a new build).
 */
const INPUTS = [
  'src',
  'public',
  'index.html',
  'package-lock.json',
  'size-budget.json',
  'scripts/prerender.mjs',
  'scripts/first-screen-contract.mjs',
  'scripts/first-screen-page.mjs',
  'scripts/build-sw.mjs',
  'scripts/security-headers.mjs',
  'scripts/report-sizes.mjs',
  'scripts/sw',
];
const INPUT_FILE = /^(vite\.config|tsconfig.*)\.(ts|json)$/;
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

function newestIn(path) {
  if (!existsSync(path) || TEST_FILE.test(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestIn(join(path, name))), 0);
}

/** Whether `npm start` must build first: no dist/ yet, or a source newer than the built page. */
export function distIsStale(root = ROOT) {
  const page = join(root, 'dist/index.html');
  if (!existsSync(page)) return true;
  const inputs = [...INPUTS, ...readdirSync(root).filter((f) => INPUT_FILE.test(f))];
  return inputs.some((input) => newestIn(join(root, input)) > statSync(page).mtimeMs);
}

/** Whether nothing listens on `port`, on any address (a listener on 127.0.0.1 alone counts too). */
const isFree = (port) =>
  new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, () => probe.close(() => done(true)));
  });

/** `from`, or the first free port after it. */
export async function freePortFrom(from) {
  for (let port = from; port < from + 100; port += 1) if (await isFree(port)) return port;
  throw new Error(`no free port in ${from}–${from + 99}`);
}

async function main() {
  const wanted = Number(process.env.PORT || 4173);
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > 65535) {
    console.error(`PORT=${process.env.PORT} is not a port number.`);
    process.exit(1);
  }
  if (distIsStale()) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  } else console.log('dist/ is up to date with the sources: serving it as it is.');
  const port = await freePortFrom(wanted);
  if (port !== wanted) console.log(`Port ${wanted} is taken: using ${port}.`);
  const preview = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
  preview.on('exit', (code) => process.exit(code ?? 0));
  // The address once it answers, so that whoever reads it (a reader, a test) can open it at once.
  const url = `http://localhost:${port}/`;
  while (
    !(await fetch(url).then(
      (r) => r.ok,
      () => false,
    ))
  )
    await new Promise((r) => setTimeout(r, 100));
  console.log(`\nThe dashboard: ${url}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
