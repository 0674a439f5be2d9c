import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  builtPagePolicy,
  contentSecurityPolicy,
  inlineScriptHashes,
  securityHeaders,
  styleAttributeHashes,
  tileSources,
} from './security-headers.mjs';

const sha256 = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;

describe('the Content-Security-Policy', () => {
  it('allows only the app itself without a tile layer: no inline script, no eval, no plugin, no base', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it("allows React's inline style attributes by their hashes, never by 'unsafe-inline'", () => {
    const html =
      '<button style="--sector-color:#0891b2">a</button><button style="--sector-color:#0891b2">b</button>' +
      '<p style="font-family:&quot;A&quot;, &#x27;B&#x27;">c</p><p>style="not an attribute"</p>';
    const hashes = styleAttributeHashes(html);
    expect(hashes).toEqual([sha256('--sector-color:#0891b2'), sha256(`font-family:"A", 'B'`)].sort());
    const policy = contentSecurityPolicy({ styleHashes: hashes });
    expect(policy).toContain(`style-src 'self' 'unsafe-hashes' '${hashes[0]}' '${hashes[1]}';`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  it('allows the inline boot script by the hash of its exact text, and no other inline script', () => {
    const boot = 'document.documentElement.lang="en";\n';
    const html =
      `<head><script data-boot>${boot}</script>` +
      '<template><script type="module" crossorigin src="./assets/index-AbCd1234.js"></script></template>' +
      '<script src="./assets/x.js"></script></head>';
    const hashes = inlineScriptHashes(html);
    expect(hashes).toEqual([sha256(boot)]);
    const policy = contentSecurityPolicy({ scriptHashes: hashes });
    expect(policy).toContain(`script-src 'self' '${sha256(boot)}';`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
  });

  it('adds the tile hosts to img-src, each subdomain by name', () => {
    expect(tileSources('https://{s}.tile.example.org/{z}/{x}/{y}.png', undefined)).toEqual([
      'https://a.tile.example.org',
      'https://b.tile.example.org',
      'https://c.tile.example.org',
    ]);
    expect(tileSources('https://t{s}.tianditu.gov.cn/vec_w/wmts?tk=K&TILEMATRIX={z}', '01')).toEqual([
      'https://t0.tianditu.gov.cn',
      'https://t1.tianditu.gov.cn',
    ]);
    expect(tileSources('//tiles.example.org:8080/{z}/{x}/{y}.png', '')).toEqual(['tiles.example.org:8080']);
    expect(tileSources('https://{r}-x.example.org/{z}/{x}/{y}', '')).toEqual(['https://*.example.org']);
    expect(tileSources('', 'abc')).toEqual([]);
    expect(() => tileSources('javascript:alert(1)//{z}{x}{y}', '')).toThrow(/not an http/);
    expect(contentSecurityPolicy({ tileUrl: 'http://tiles.invalid/{z}/{x}/{y}.png' })).toContain(
      "img-src 'self' data: blob: http://tiles.invalid;",
    );
  });

  it('is sent as a header with frame-ancestors and the other hardening headers', () => {
    const headers = securityHeaders("default-src 'self'");
    expect(headers['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(headers['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders('x', { https: true })['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
  });
});

describe('the policy of a build, for vite preview', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is the page's own <meta> policy when the build was prerendered", () => {
    writeFileSync(
      join(dir, 'index.html'),
      `<head><meta charset="UTF-8" /><meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' https://t.example" /></head>`,
    );
    expect(builtPagePolicy(dir)).toBe("default-src 'self'; img-src 'self' https://t.example");
  });

  it('is built from the environment when the page has none', () => {
    writeFileSync(join(dir, 'index.html'), '<head></head>');
    expect(builtPagePolicy(dir, { VITE_TILE_URL: 'https://tiles.invalid/{z}/{x}/{y}.png' })).toBe(
      contentSecurityPolicy({ tileUrl: 'https://tiles.invalid/{z}/{x}/{y}.png' }),
    );
  });
});
