import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliCopy, brotliMiddleware, MIN_BYTES, precompress } from './precompress.mjs';

const root = mkdtempSync(join(tmpdir(), 'precompress-'));
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SCRIPT = `export const words = ${JSON.stringify('the same words again and again '.repeat(200))};\n`;
mkdirSync(join(dist, 'assets'), { recursive: true });
mkdirSync(join(dist, 'data'));
writeFileSync(join(dist, 'index.html'), `<!doctype html><title>x</title>${'<p>page</p>'.repeat(200)}`);
writeFileSync(join(dist, 'assets', 'app.js'), SCRIPT);
writeFileSync(join(dist, 'assets', 'tiny.js'), 'export {};');
writeFileSync(join(dist, 'assets', 'icon.png'), Buffer.alloc(4096, 7));
writeFileSync(join(dist, 'data', 'file.json'), JSON.stringify({ rows: Array(300).fill({ a: 1 }) }));
writeFileSync(join(dist, 'assets', 'gone.js.br'), 'left from an earlier build');
// Beside dist, with a copy of its own: never to be served.
writeFileSync(join(root, 'secret.js'), SCRIPT);
writeFileSync(join(root, 'secret.js.br'), 'outside');
const result = precompress(dist);

const ask = (url: string, acceptEncoding = 'gzip, deflate, br, zstd', method = 'GET') =>
  brotliCopy(dist, { method, url, acceptEncoding });

describe('precompress', () => {
  it('writes a brotli copy of each text file that decompresses to its bytes, and says what it saved', () => {
    const copy = readFileSync(join(dist, 'assets', 'app.js.br'));
    expect(brotliDecompressSync(copy).toString()).toBe(SCRIPT);
    expect(existsSync(join(dist, 'index.html.br'))).toBe(true);
    expect(existsSync(join(dist, 'data', 'file.json.br'))).toBe(true);
    expect(result.compressed).toBeLessThan(result.raw / 5);
  });

  it('leaves out images, files under a kilobyte, and copies whose file is gone', () => {
    expect(Buffer.byteLength('export {};')).toBeLessThan(MIN_BYTES);
    expect(existsSync(join(dist, 'assets', 'tiny.js.br'))).toBe(false);
    expect(existsSync(join(dist, 'assets', 'icon.png.br'))).toBe(false);
    expect(existsSync(join(dist, 'assets', 'gone.js.br'))).toBe(false);
  });
});

describe('brotliCopy', () => {
  it('answers a browser that accepts brotli with the copy and the type of the file', () => {
    expect(ask('/assets/app.js?v=1')).toEqual({
      copy: join(dist, 'assets', 'app.js.br'),
      type: 'text/javascript; charset=utf-8',
    });
    expect(ask('/?v=2&lang=en')?.type).toBe('text/html; charset=utf-8');
    expect(ask('/data/file.json', 'br')?.type).toBe('application/json; charset=utf-8');
  });

  it('leaves everything else to the server: no brotli, another method, no copy, outside dist', () => {
    expect(ask('/assets/app.js', 'gzip, deflate')).toBeNull();
    expect(ask('/assets/app.js', 'gzip, brx')).toBeNull();
    expect(ask('/assets/app.js', undefined, 'POST')).toBeNull();
    expect(ask('/assets/tiny.js')).toBeNull();
    expect(ask('/assets/icon.png')).toBeNull();
    expect(ask('/assets/..%2F..%2Fsecret.js')).toBeNull();
    expect(ask('/..%2Fsecret.js')).toBeNull();
    expect(ask('/%E0%A4%A')).toBeNull();
  });

  it('never sends the old bytes of a file edited after its copy was made', () => {
    const file = join(dist, 'data', 'file.json');
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    expect(ask('/data/file.json')).toBeNull();
  });
});

describe('brotliMiddleware', () => {
  function serve(url: string, headers: Record<string, string> = {}) {
    const set = new Map<string, unknown>([['Vary', 'Origin']]);
    const res = {
      statusCode: 0,
      body: undefined as unknown,
      setHeader: (name: string, value: unknown) => set.set(name, value),
      getHeader: (name: string) => set.get(name),
      end(body?: unknown) {
        this.body = body;
      },
    };
    let passed = false;
    brotliMiddleware(dist, { 'X-Content-Type-Options': 'nosniff' })(
      { method: 'GET', url, headers: { 'accept-encoding': 'br', ...headers } } as unknown as IncomingMessage,
      res as unknown as ServerResponse,
      () => {
        passed = true;
      },
    );
    return { res, set, passed };
  }

  it('sends the copy with its encoding, type, length, the server’s headers and a validator', () => {
    const { res, set, passed } = serve('/assets/app.js');
    expect(passed).toBe(false);
    expect(res.statusCode).toBe(200);
    expect(set.get('Content-Encoding')).toBe('br');
    expect(set.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(set.get('Content-Length')).toBe((res.body as Buffer).length);
    expect(set.get('Vary')).toBe('Origin, Accept-Encoding');
    expect(set.get('X-Content-Type-Options')).toBe('nosniff');
    expect(brotliDecompressSync(res.body as Buffer).toString()).toBe(SCRIPT);
    const again = serve('/assets/app.js', { 'if-none-match': String(set.get('ETag')) });
    expect(again.res.statusCode).toBe(304);
    expect(again.res.body).toBeUndefined();
  });

  it('passes on what it does not serve', () => {
    expect(serve('/assets/tiny.js').passed).toBe(true);
  });
});
