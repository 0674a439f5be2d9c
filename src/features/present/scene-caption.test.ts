import { describe, expect, it } from 'vitest';
import { parseScene } from '../../domain/share/tour';
import { shippedDataset } from '../../testing/shipped-data';
import { PRESENT_WORDS } from './present-words';
import { sceneCaption, tourOf } from './scene-view';

const dataset = shippedDataset;

describe('a scene’s caption on the screen', () => {
  it('is the presenter’s own from the link, where the tour gives one', () => {
    const tour = tourOf({ tour: ['park.high-tech-zone_Our flagship%2C since 2003', 'east'] }, dataset);
    expect(tour.map((scene) => sceneCaption(scene, dataset, 'en', PRESENT_WORDS.en))).toEqual([
      'Our flagship, since 2003',
      expect.stringMatching(/^The eastern four: /),
    ]);
  });

  it('is the scene’s name otherwise, in the reader’s language', () => {
    const scene = parseScene('park.high-tech-zone');
    if (!scene) throw new Error('not a scene');
    expect(sceneCaption(scene, dataset, 'zh-Hans', PRESENT_WORDS['zh-Hans'])).toBe('肇庆高新区');
    expect(sceneCaption(scene, dataset, 'en', PRESENT_WORDS.en)).toBe('Zhaoqing National High-tech Zone');
  });
});
