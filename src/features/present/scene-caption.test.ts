import { describe, expect, it } from 'vitest';
import { LANGS } from '../../domain/schema/dataset-schema';
import { sceneName, type SceneNameWords } from '../../domain/share/scene-name';
import { defaultTour, parseScene, type Scene } from '../../domain/share/tour';
import { nameSeparator } from '../../domain/text/localize';
import { shareDialogArea } from '../../i18n/lazy/share-dialog';
import { shippedDataset } from '../../testing/shipped-data';
import { PRESENT_WORDS } from './present-words';
import { sceneCaption, tourOf } from './scene-view';

const dataset = shippedDataset;

describe('a scene’s caption on the screen', () => {
  it('is the presenter’s own from the link, where the tour gives one', () => {
    const tour = tourOf({ tour: ['park.high-tech-zone_Our flagship%2C since 2003', 'east'] }, dataset);
    expect(tour.map((scene) => sceneCaption(scene, dataset, 'en', PRESENT_WORDS.en))).toEqual([
      'Our flagship, since 2003',
      expect.stringMatching(/^The eastern four districts and cities · /),
    ]);
  });

  it('is the scene’s name otherwise, in the reader’s language', () => {
    const scene = parseScene('park.high-tech-zone');
    if (!scene) throw new Error('not a scene');
    expect(sceneCaption(scene, dataset, 'zh-Hans', PRESENT_WORDS['zh-Hans'])).toBe('肇庆高新区');
    expect(sceneCaption(scene, dataset, 'en', PRESENT_WORDS.en)).toBe('Zhaoqing National High-tech Zone');
  });

  // The Share dialog's tour editor names scenes with its own copy of these words and of the list
  // separator (features do not import each other, and its chunk does not import localize.ts): the
  // names it lists must be the captions the presentation shows.
  it.each(LANGS)('is named by the tour editor with the same words (%s)', (lang) => {
    const { separator, ...strings } = shareDialogArea.messages[lang].tour.names;
    // The UI strings' {{n}} placeholders as the presentation's {n}.
    const words = Object.fromEntries(
      Object.entries(strings).map(([key, text]) => [key, text.replace(/\{\{(\w+)\}\}/g, '{$1}')]),
    ) as unknown as SceneNameWords;
    const present = PRESENT_WORDS[lang];
    for (const key of Object.keys(strings) as (keyof SceneNameWords)[])
      expect(words[key], key).toBe(present[key]);
    expect(separator).toBe(nameSeparator(lang));
    const scenes: Scene[] = [
      ...defaultTour(dataset),
      { kind: 'county', code: '441226' },
      { kind: 'sector', id: 'paper' },
    ];
    for (const scene of scenes)
      expect(sceneName(scene, dataset, lang, words, (names) => names.join(separator))).toBe(
        sceneCaption(scene, dataset, lang, present),
      );
  });
});
