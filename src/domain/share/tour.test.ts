import { describe, expect, it } from 'vitest';
import { shippedVocabulary } from '../../../tests/fixtures/shipped-vocabulary';
import { defaultTour, parseScene, sceneToken, stepScene } from './tour';
import { shippedDataset } from '../../testing/shipped-data';

const dataset = shippedDataset;
const vocab = shippedVocabulary();

describe('the default tour', () => {
  it('runs overview → each leading sector → each core park → east → west → figures', () => {
    expect(defaultTour(dataset).map(sceneToken)).toEqual([
      'overview',
      'sector.nev',
      'sector.storage',
      'sector.electronics',
      'park.agglomeration-zone',
      'park.high-tech-zone',
      'park.new-area',
      'east',
      'west',
      'figures',
    ]);
  });

  it('follows the data: a new leading sector joins the tour, a sub-park does not', () => {
    const [first] = dataset.sectors;
    if (!first) throw new Error('the dataset has no sectors');
    const more = { sectors: [...dataset.sectors, { ...first, id: 'hydrogen' }], parks: dataset.parks };
    expect(defaultTour(more).map(sceneToken)).toContain('sector.hydrogen');
    expect(defaultTour(dataset).map(sceneToken)).not.toContain('park.dawang-nev-park');
  });
});

describe('scene tokens', () => {
  it('read back every scene they write', () => {
    for (const scene of defaultTour(dataset)) expect(parseScene(sceneToken(scene), vocab)).toEqual(scene);
    expect(parseScene('county.441226', vocab)).toEqual({ kind: 'county', code: '441226' });
  });

  it('refuse unknown words, bad ids and ids the dataset does not know', () => {
    for (const bad of [
      '',
      'intro',
      'sector.',
      'sector.NEV!',
      'park.nowhere',
      'county.12',
      'county.999999',
      '.nev',
    ])
      expect(parseScene(bad, vocab), bad).toBeNull();
    // Without a vocabulary only the syntax is checked (the URL is read before the data arrives).
    expect(parseScene('park.nowhere')).toEqual({ kind: 'park', id: 'nowhere' });
  });
});

describe('scene tokens with a caption of their own', () => {
  it('carry it after a `_`, and read it back', () => {
    const scene = { kind: 'park', id: 'high-tech-zone', caption: 'Our flagship, since 2003' } as const;
    expect(sceneToken(scene)).toBe('park.high-tech-zone_Our flagship%2C since 2003');
    expect(parseScene(sceneToken(scene), vocab)).toEqual(scene);
    for (const plain of defaultTour(dataset)) {
      const captioned = { ...plain, caption: '我们的 50% · _ ~ 旗舰' };
      expect(parseScene(sceneToken(captioned), vocab)).toEqual(captioned);
    }
  });

  it('read a token without one exactly as before: no caption at all, not an empty one', () => {
    for (const token of ['overview', 'east', 'sector.nev', 'park.high-tech-zone', 'county.441226', 'figures'])
      expect(Object.keys(parseScene(token, vocab) ?? {})).not.toContain('caption');
  });

  it('write and read an empty or blank caption as none', () => {
    expect(sceneToken({ kind: 'block', block: 'east', caption: ' \n ' })).toBe('east');
    expect(parseScene('park.high-tech-zone_', vocab)).toEqual({ kind: 'park', id: 'high-tech-zone' });
    expect(parseScene('west_ \t ', vocab)).toEqual({ kind: 'block', block: 'west' });
  });

  it('still refuse a bad scene word, whatever caption follows it', () => {
    for (const bad of [
      '_Caption',
      'intro_Hello',
      'park.nowhere_Hello',
      'Park.high-tech-zone_x',
      'sector.nev.x_y',
    ])
      expect(parseScene(bad, vocab), bad).toBeNull();
  });

  it('clean what a screen would show: one line, no controls, at most 80 characters', () => {
    expect(parseScene(`figures_ a\u0000b\n\u202Ec ${'x'.repeat(100)}`, vocab)?.caption).toBe(
      `a b c ${'x'.repeat(74)}`,
    );
  });
});

describe('stepping through the loop', () => {
  it('goes on after the last scene with the first, and back before the first with the last', () => {
    expect(stepScene(8, 10, 1)).toBe(9);
    expect(stepScene(9, 10, 1)).toBe(0);
    expect(stepScene(0, 10, -1)).toBe(9);
    expect(stepScene(25, 10, 1)).toBe(6); // a link's scene past the end is taken modulo the tour
    expect(stepScene(0, 0, 1)).toBe(0);
  });
});
