import { describe, expect, it } from 'vitest';
import { shareAddress, unreachable } from '../../domain/share/share-address';
import { decodeView } from '../../state/url-codec';
import { DEFAULT_VIEW } from '../../state/view-state';
import { QR_STEADY_MS, qrChangeDelay, sceneQrLink } from './scene-qr';

const presenting = {
  ...DEFAULT_VIEW,
  mode: 'present',
  tour: ['overview', 'sector.nev'],
  every: 20,
  scene: 1,
  qr: true,
  sectors: ['nev'],
  tab: 'parks',
  map: { south: 22.9, west: 112.3, north: 23.2, east: 112.8 },
} as const;

describe('the presentation’s QR code', () => {
  it('opens the browsing view of the scene, in the language on screen, fitted by the phone', () => {
    const link = sceneQrLink(
      presenting,
      'en',
      shareAddress('https://invest.example/344/?mode=present', null),
    );
    expect(link.startsWith('https://invest.example/344/?')).toBe(true);
    const query = new URL(link).searchParams;
    for (const p of ['mode', 'tour', 'every', 'scene', 'qr', 'map']) expect(query.has(p), p).toBe(false);
    expect(decodeView(new URL(link).search).view).toEqual({
      ...DEFAULT_VIEW,
      lang: 'en',
      sectors: ['nev'],
      tab: 'parks',
    });
  });

  it('says when other devices cannot open its address, as the Share dialog does', () => {
    expect(unreachable(shareAddress('http://127.0.0.1:4173/', null))).toBe('this-device');
    expect(unreachable(shareAddress('http://192.168.1.20:4173/', null))).toBe('local-network');
    expect(unreachable(shareAddress('https://invest.example/', null))).toBeNull();
  });

  it('changes at once after a step by hand, else only after it has been up for 30 s', () => {
    expect(QR_STEADY_MS).toBeGreaterThanOrEqual(30_000);
    expect(qrChangeDelay(1_000, 13_000, true)).toBe(0);
    expect(qrChangeDelay(1_000, 13_000, false)).toBe(18_000);
    expect(qrChangeDelay(1_000, 40_000, false)).toBe(0);
  });
});
