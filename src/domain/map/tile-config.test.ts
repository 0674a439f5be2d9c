import { describe, expect, it } from 'vitest';
import { parseTileConfig } from './tile-config';

const TIANDITU = 'https://t{s}.tianditu.gov.cn/vec_w/wmts?tk=KEY&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}';

describe('parseTileConfig', () => {
  it('configures no tile layer by default (fully offline)', () => {
    expect(parseTileConfig({})).toEqual({ ok: true, config: null });
    expect(parseTileConfig({ VITE_TILE_URL: '   ' })).toEqual({ ok: true, config: null });
  });

  it('reads a complete configuration', () => {
    expect(
      parseTileConfig({
        VITE_TILE_URL: TIANDITU,
        VITE_TILE_ATTRIBUTION: '天地图 GS(2024)0650号',
        VITE_TILE_DATUM: 'CGCS2000',
        VITE_TILE_SUBDOMAINS: '01234567',
        VITE_TILE_MAX_ZOOM: '16',
      }),
    ).toEqual({
      ok: true,
      config: {
        url: TIANDITU,
        attribution: '天地图 GS(2024)0650号',
        datum: 'cgcs2000',
        subdomains: '01234567',
        maxZoom: 16,
      },
    });
  });

  it.each([
    ['gcj02', 'gcj02'],
    ['GCJ-02', 'gcj02'],
    ['wgs84', 'wgs84'],
    ['WGS_84', 'wgs84'],
  ])('accepts the datum %s', (raw, datum) => {
    const r = parseTileConfig({
      VITE_TILE_URL: 'https://t.example/{z}/{x}/{y}.png',
      VITE_TILE_ATTRIBUTION: 'x',
      VITE_TILE_DATUM: raw,
    });
    expect(r.ok && r.config?.datum).toBe(datum);
  });

  it.each([
    [{ VITE_TILE_URL: 'https://t.example/{z}/{x}/{y}.png', VITE_TILE_DATUM: 'wgs84' }, /ATTRIBUTION/],
    [{ VITE_TILE_URL: 'https://t.example/{z}/{x}/{y}.png', VITE_TILE_ATTRIBUTION: 'x' }, /DATUM/],
    [
      {
        VITE_TILE_URL: 'https://t.example/{z}/{x}/{y}.png',
        VITE_TILE_ATTRIBUTION: 'x',
        VITE_TILE_DATUM: 'bd09',
      },
      /DATUM/,
    ],
    [
      {
        VITE_TILE_URL: 'javascript:alert(1)//{z}{x}{y}',
        VITE_TILE_ATTRIBUTION: 'x',
        VITE_TILE_DATUM: 'wgs84',
      },
      /http/,
    ],
    [
      { VITE_TILE_URL: 'https://t.example/tiles.png', VITE_TILE_ATTRIBUTION: 'x', VITE_TILE_DATUM: 'wgs84' },
      /\{z\}/,
    ],
    [
      {
        VITE_TILE_URL: 'https://t.example/{z}/{x}/{y}.png',
        VITE_TILE_ATTRIBUTION: 'x',
        VITE_TILE_DATUM: 'wgs84',
        VITE_TILE_MAX_ZOOM: '30',
      },
      /MAX_ZOOM/,
    ],
    [
      {
        VITE_TILE_URL: 'https://t.example/{z}/{x}/{y}.png',
        VITE_TILE_ATTRIBUTION: 'x',
        VITE_TILE_DATUM: 'wgs84',
        VITE_TILE_SUBDOMAINS: 'a,b',
      },
      /SUBDOMAINS/,
    ],
  ])('refuses an incomplete or unsafe configuration %#', (env, message) => {
    const r = parseTileConfig(env);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('accepts a protocol-relative URL and the TMS {-y} form', () => {
    const r = parseTileConfig({
      VITE_TILE_URL: '//tiles.example/{z}/{x}/{-y}.png',
      VITE_TILE_ATTRIBUTION: 'x',
      VITE_TILE_DATUM: 'wgs84',
    });
    expect(r.ok && r.config?.url).toBe('//tiles.example/{z}/{x}/{-y}.png');
  });
});
