import type { Dataset, Lang } from '../../domain/schema/dataset-schema';
import { sceneName } from '../../domain/share/scene-name';
import { joinNames } from '../../domain/text/localize';
import { defaultTour, parseScene, type Scene, type SceneVocabulary } from '../../domain/share/tour';
import type { ViewState } from '../../state/view-state';
import type { PresentWords } from './present-words';

/** What a scene sets in the view; everything else (language, layers, links) stays the presenter's. */
export type SceneView = Pick<ViewState, 'sectors' | 'park' | 'county' | 'entity' | 'tab' | 'map'>;

const CLEAR: SceneView = { sectors: [], park: null, county: null, entity: null, tab: 'overview', map: null };

/**
 * The view of a scene. Its map area is not part of it: the tour frames the scene's subject
 * (`sceneFrame` in the store), which a link need not carry since its scene gives it.
 */
export function sceneView(scene: Scene): SceneView {
  switch (scene.kind) {
    case 'overview':
      return CLEAR;
    case 'sector':
      return { ...CLEAR, sectors: [scene.id] };
    case 'park':
      return { ...CLEAR, park: scene.id };
    case 'county':
      return { ...CLEAR, county: scene.code };
    case 'block':
      return { ...CLEAR, tab: 'parks' };
    case 'figures':
      return { ...CLEAR, tab: 'outcomes' };
  }
}

/** The tour a view asks for: its own scenes (those the dataset knows), else the one built from the data. */
export function tourOf(view: Pick<ViewState, 'tour'>, dataset: Dataset): Scene[] {
  const vocab: SceneVocabulary = {
    sectors: new Set(dataset.sectors.map((s) => s.id)),
    parks: new Set(dataset.parks.map((p) => p.id)),
    counties: new Set(dataset.divisions.map((d) => d.code)),
  };
  const own = view.tour.map((t) => parseScene(t, vocab)).filter((s): s is Scene => s !== null);
  return own.length ? own : defaultTour(dataset);
}

/**
 * A scene's caption in the reader's language: the presenter's own from the link, else its name
 * from the dataset's (domain/share/scene-name.ts, which the Share dialog's tour editor lists too).
 */
export function sceneCaption(scene: Scene, dataset: Dataset, lang: Lang, words: PresentWords): string {
  return scene.caption ?? sceneName(scene, dataset, lang, words, joinNames);
}
