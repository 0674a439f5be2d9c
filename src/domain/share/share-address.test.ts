import { describe, expect, it } from 'vitest';
import { hostReach, parsePublicUrl, shareAddress } from './share-address';

describe('who can open a link to a host', () => {
  it.each([
    'localhost',
    'LOCALHOST',
    'app.localhost',
    '127.0.0.1',
    '127.1.2.3',
    '0.0.0.0',
    '[::1]',
    '::1',
    '[::ffff:127.0.0.1]',
  ])('%s: this device only', (host) => expect(hostReach(host)).toBe('this-device'));

  it.each([
    '192.168.1.20',
    '10.0.0.5',
    '172.16.0.1',
    '172.31.255.254',
    '169.254.10.10',
    '100.64.0.1',
    '[fd12:3456::1]',
    '[fe80::1]',
    'kiosk',
    'expo-laptop.local',
    'dashboard.lan',
    'printer.home.arpa',
  ])('%s: the local network only', (host) => expect(hostReach(host)).toBe('local-network'));

  it.each([
    'example.org',
    'zhaoqing.gov.cn',
    '8.8.8.8',
    '172.32.0.1',
    '192.169.1.1',
    '[2001:db8::1]',
    '127.example.org',
  ])('%s: anyone', (host) => expect(hostReach(host)).toBe('public'));
});

describe('the public address a deployment sets (VITE_PUBLIC_URL)', () => {
  it('is optional', () => {
    expect(parsePublicUrl(undefined)).toEqual({ ok: true, url: null });
    expect(parsePublicUrl('  ')).toEqual({ ok: true, url: null });
  });

  it('keeps origin and path, drops a query and a hash', () => {
    expect(parsePublicUrl(' https://example.org/zhaoqing/?x=1#top ')).toEqual({
      ok: true,
      url: 'https://example.org/zhaoqing/',
    });
    expect(parsePublicUrl('http://192.168.1.20:4173')).toEqual({
      ok: true,
      url: 'http://192.168.1.20:4173/',
    });
  });

  it.each([
    'example.org/zhaoqing',
    'javascript:alert(1)',
    'ftp://example.org/',
    'https://user:pw@example.org/',
  ])('refuses %s with a reason', (raw) => {
    const result = parsePublicUrl(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^VITE_PUBLIC_URL must/);
  });
});

describe('where shared links point', () => {
  it('at the configured public address, whatever the page was served from', () => {
    expect(shareAddress('http://127.0.0.1:4173/?tab=charts', 'https://example.org/zhaoqing/')).toEqual({
      base: 'https://example.org/zhaoqing/',
      host: 'example.org',
      reach: 'configured',
    });
  });

  it('else at the page itself, saying who can open it', () => {
    expect(shareAddress('http://127.0.0.1:4173/app/?v=2&tab=charts#x', null)).toEqual({
      base: 'http://127.0.0.1:4173/app/',
      host: '127.0.0.1:4173',
      reach: 'this-device',
    });
    expect(shareAddress('http://192.168.1.20:4173/', null).reach).toBe('local-network');
    expect(shareAddress('https://example.org/zhaoqing/?v=2', null)).toEqual({
      base: 'https://example.org/zhaoqing/',
      host: 'example.org',
      reach: 'public',
    });
    expect(shareAddress('file:///media/usb/dist/index.html?tab=charts', null)).toEqual({
      base: 'file:///media/usb/dist/index.html',
      host: '/media/usb/dist/index.html',
      reach: 'this-device',
    });
  });
});
