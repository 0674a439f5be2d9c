// The page's Content-Security-Policy and the response headers a deployment should send with it
// (README, "Deploying"). One definition, used twice:
//
// - scripts/prerender.mjs writes the policy into dist/index.html as a <meta>, once the final HTML
//   is known: an inline `style="…"` attribute React wrote into the first screen would be allowed by
//   the hash of its value ('unsafe-hashes'), never by 'unsafe-inline' (today there is none, and
//   style-src is 'self' alone);
// - vite.config.ts sends the same policy, plus what a <meta> cannot carry (frame-ancestors) and the
//   other headers, as real response headers from `vite preview`.
//
// Everything the app loads is its own (scripts, styles, data, geography); images are its own, the
// data: URLs of Leaflet's CSS and the favicon, the blob: URL a chart is drawn from for a PNG export,
// and the tile host only when a deployment configures one (VITE_TILE_URL, at build time).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP_META } from './first-screen-contract.mjs';

/** The <meta> prerender.mjs writes (and finds again when it runs a second time). */
export { CSP_META };

/**
 * The origins a tile URL template loads from, as CSP host sources: `{s}` is expanded with each
 * subdomain letter (VITE_TILE_SUBDOMAINS, default `abc`); a protocol-relative template gives the
 * host alone (it then follows the page's scheme). No template, no source.
 */
export function tileSources(template, subdomains) {
  const url = typeof template === 'string' ? template.trim() : '';
  if (url === '') return [];
  const m = /^(?:(https?):)?\/\/([^/?#\s]+)/i.exec(url);
  if (!m) throw new Error(`VITE_TILE_URL is not an http(s) URL template: "${url.slice(0, 80)}"`);
  const scheme = m[1] ? `${m[1].toLowerCase()}://` : '';
  const host = m[2].toLowerCase();
  const letters = [...((typeof subdomains === 'string' && subdomains.trim()) || 'abc')];
  const hosts = host.includes('{s}') ? letters.map((s) => host.replaceAll('{s}', s)) : [host];
  return [...new Set(hosts)].map((h) => {
    if (!h.includes('{')) return `${scheme}${h}`;
    // Another placeholder in the first label only ("{r}-tiles.example.org"): that label is any subdomain.
    const wild = h.replace(/^[^.]*\{[^}]*\}[^.]*\./, '*.');
    if (wild.includes('{')) throw new Error(`cannot derive the tile host of VITE_TILE_URL for the CSP: ${h}`);
    return `${scheme}${wild}`;
  });
}

const ENTITIES = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decodeAttribute = (value) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (_, e) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ENTITIES[e.toLowerCase()],
  );

/**
 * 'sha256-…' of each distinct `style` attribute value in `html` (as the browser reads it, entities
 * decoded), sorted so equal pages give equal policies.
 */
export function styleAttributeHashes(html) {
  const values = new Set();
  for (const m of html.matchAll(/\sstyle="([^"]*)"/g)) values.add(decodeAttribute(m[1]));
  return [...values].map((v) => `sha256-${createHash('sha256').update(v, 'utf8').digest('base64')}`).sort();
}

/**
 * 'sha256-…' of each inline <script> in `html` (its text exactly as written: the parser takes a
 * script's text raw): the boot script (first-screen-contract.mjs, `bootScriptTag`), allowed by
 * its hash alone. A script with a `src` is not inline; one inside the deferred <template> is inert.
 */
export function inlineScriptHashes(html) {
  const values = new Set();
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) values.add(m[1]);
  return [...values].map((v) => `sha256-${createHash('sha256').update(v, 'utf8').digest('base64')}`).sort();
}

/** The policy, as one header value / <meta> content. */
export function contentSecurityPolicy({ tileUrl, tileSubdomains, styleHashes = [], scriptHashes = [] } = {}) {
  const directives = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...scriptHashes.map((h) => `'${h}'`)],
    [
      'style-src',
      "'self'",
      ...(styleHashes.length ? ["'unsafe-hashes'", ...styleHashes.map((h) => `'${h}'`)] : []),
    ],
    ['img-src', "'self'", 'data:', 'blob:', ...tileSources(tileUrl, tileSubdomains)],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * The response headers for the page: the policy plus frame-ancestors (which a <meta> cannot
 * carry), and the usual hardening headers. HSTS only where the site is served over HTTPS.
 */
export function securityHeaders(policy, { https = false } = {}) {
  return {
    'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * The policy of a build in `outDir`: the one in its index.html (a prerendered build), else — for a
 * build that was not prerendered, whose page has no inline styles — the one for `env`'s tiles.
 */
export function builtPagePolicy(outDir, env = {}) {
  const file = join(outDir, 'index.html');
  const meta = existsSync(file) ? CSP_META.exec(readFileSync(file, 'utf8')) : null;
  if (meta) return meta[1];
  return contentSecurityPolicy({ tileUrl: env.VITE_TILE_URL, tileSubdomains: env.VITE_TILE_SUBDOMAINS });
}
