import type { Dataset } from '../schema/dataset-schema';
import { isSceneToken, type SceneVocabulary } from './scene-token';
import { readCaption, writeCaption } from './tour-caption';

export { SCENE_SECONDS, type SceneVocabulary } from './scene-token';

/**
 * A presentation tour: a loop of scenes, each a view of the dashboard with a caption. A scene is
 * written in a link as a short token, so a tour is itself a link:
 *   overview · sector.<id> · park.<id> · county.<code> · east · west · figures
 * and any of them may carry a caption of the presenter's own after a `_` (tour-caption.ts):
 *   park.high-tech-zone_Our flagship
 */
export type Scene = (
  | { kind: 'overview' }
  | { kind: 'sector'; id: string }
  | { kind: 'park'; id: string }
  | { kind: 'county'; code: string }
  | { kind: 'block'; block: 'east' | 'west' }
  | { kind: 'figures' }
) & {
  /** The presenter's own caption, shown instead of the one built from the data; never ''. */
  caption?: string;
};

/** A token → its scene, or null when it is not one (unknown word, bad or unknown id). */
export function parseScene(token: string, vocab?: SceneVocabulary): Scene | null {
  if (!isSceneToken(token, vocab)) return null;
  const cut = token.indexOf('_');
  const scene = sceneOfWord(cut < 0 ? token : token.slice(0, cut));
  const caption = cut < 0 ? '' : readCaption(token.slice(cut + 1));
  return caption ? { ...scene, caption } : scene;
}

function sceneOfWord(word: string): Scene {
  if (word === 'overview' || word === 'figures') return { kind: word };
  if (word === 'east' || word === 'west') return { kind: 'block', block: word };
  const [head = '', id = ''] = word.split('.');
  if (head === 'sector') return { kind: 'sector', id };
  if (head === 'park') return { kind: 'park', id };
  return { kind: 'county', code: id };
}

/** A scene → its token: its word, and `_` with its caption when it has one. */
export function sceneToken(scene: Scene): string {
  const caption = scene.caption ? writeCaption(scene.caption) : '';
  return caption ? `${sceneWord(scene)}_${caption}` : sceneWord(scene);
}

function sceneWord(scene: Scene): string {
  switch (scene.kind) {
    case 'overview':
    case 'figures':
      return scene.kind;
    case 'block':
      return scene.block;
    case 'sector':
      return `sector.${scene.id}`;
    case 'park':
      return `park.${scene.id}`;
    case 'county':
      return `county.${scene.code}`;
  }
}

/**
 * The tour built from the dataset: the city overview, each leading sector, each core park (the
 * top-level ones, not their sub-parks), the eastern four, the western four, the key figures and
 * targets. In dataset order, so a new sector or park joins the tour without code.
 */
export function defaultTour(dataset: Pick<Dataset, 'sectors' | 'parks'>): Scene[] {
  return [
    { kind: 'overview' },
    ...dataset.sectors
      .filter((s) => s.group === 'leading')
      .map((s) => ({ kind: 'sector' as const, id: s.id })),
    ...dataset.parks
      .filter((p) => p.tier === 'core' && p.parent === null)
      .map((p) => ({ kind: 'park' as const, id: p.id })),
    { kind: 'block', block: 'east' },
    { kind: 'block', block: 'west' },
    { kind: 'figures' },
  ];
}

/** The scene after `index` in a loop of `length` (`step` −1 goes back); the tour never ends. */
export function stepScene(index: number, length: number, step: 1 | -1): number {
  if (length <= 0) return 0;
  return (((index + step) % length) + length) % length;
}
