import type { Dataset, Lang } from '../../domain/schema/dataset-schema';
import { sceneName } from '../../domain/share/scene-name';
import { joinNames } from '../../domain/text/localize';
import { defaultTour, parseScene, type Scene, type SceneVocabulary } from '../../domain/share/tour';
import { roundArea, type MapArea } from '../../domain/map/map-area';
import type { ViewState } from '../../state/view-state';
import type { PresentWords } from './present-words';

/** What a scene sets in the view; everything else (language, layers, links) stays the presenter's. */
export type SceneView = Pick<ViewState, 'sectors' | 'park' | 'county' | 'entity' | 'tab' | 'map'>;

const CLEAR: SceneView = { sectors: [], park: null, county: null, entity: null, tab: 'overview', map: null };

/** The view of a scene, its map framed on `frame` (the subject's area; null: the whole city). */
export function sceneView(scene: Scene, frame: MapArea | null = null): SceneView {
  const map = frame ? roundArea(frame) : null;
  switch (scene.kind) {
    case 'overview':
      return { ...CLEAR, map };
    case 'sector':
      return { ...CLEAR, sectors: [scene.id], map };
    case 'park':
      return { ...CLEAR, park: scene.id, map };
    case 'county':
      return { ...CLEAR, county: scene.code, map };
    case 'block':
      return { ...CLEAR, tab: 'parks', map };
    case 'figures':
      return { ...CLEAR, tab: 'outcomes', map };
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
