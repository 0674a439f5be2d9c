import type { Dataset } from '../schema/dataset-schema';
import { SCENE_SECONDS } from './scene-token';
import { defaultTour, sceneToken, type Scene } from './tour';

/**
 * The tour editor's state (features/share/tour-editor.tsx), kept apart from React: the scenes an
 * official may show, in their order, each in or out of the tour with an optional caption of their
 * own, and the seconds per scene. The component only renders it and calls these functions.
 */
export interface DraftScene {
  /** The scene without a caption (the caption is `caption`, below); its token is the item's key. */
  scene: Scene;
  key: string;
  /** In the tour. */
  on: boolean;
  /** The official's caption as typed ('' for the scene's own name); cleaned when the link is built. */
  caption: string;
  /** The scene the dashboard showed when the editor opened (marked "this view"). */
  current: boolean;
}

/** What of the view the editor reads (a plain shape: domain/ does not know the view's type). */
export interface SelectionOf {
  sectors: readonly string[];
  park: string | null;
  county: string | null;
}

/**
 * The scenes the view on screen shows: the selected park or county, and the sector when exactly
 * one is chosen (a filter of several sectors is no scene of its own).
 */
export function scenesOfView(view: SelectionOf): Scene[] {
  const scenes: Scene[] = [];
  if (view.park !== null) scenes.push({ kind: 'park', id: view.park });
  if (view.county !== null) scenes.push({ kind: 'county', code: view.county });
  const [only] = view.sectors;
  if (only !== undefined && view.sectors.length === 1) scenes.push({ kind: 'sector', id: only });
  return scenes;
}

/**
 * The editor's first state: the view's own scenes first, then the tour built from the data (less
 * any scene already listed), every one of them in the tour, so the link at first is that tour.
 */
export function draftScenes(
  dataset: Pick<Dataset, 'sectors' | 'parks'>,
  view: SelectionOf,
): readonly DraftScene[] {
  const current = new Set(scenesOfView(view).map(sceneToken));
  const seen = new Set<string>();
  return [...scenesOfView(view), ...defaultTour(dataset)].flatMap((scene) => {
    const key = sceneToken(scene);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ scene, key, on: true, caption: '', current: current.has(key) }];
  });
}

/** `items` with the one at `index` moved one place up (−1) or down (+1); unchanged at either end. */
export function moveScene<T>(items: readonly T[], index: number, step: -1 | 1): readonly T[] {
  const to = index + step;
  const item = items[index];
  if (item === undefined || to < 0 || to >= items.length) return items;
  const next = items.filter((_, i) => i !== index);
  next.splice(to, 0, item);
  return next;
}

/** `items` with the one whose key is `key` changed by `patch`. */
export const updateScene = (
  items: readonly DraftScene[],
  key: string,
  patch: Partial<Pick<DraftScene, 'on' | 'caption'>>,
): readonly DraftScene[] => items.map((item) => (item.key === key ? { ...item, ...patch } : item));

/** The tour's tokens, as the link's `tour` writes them: the scenes in it, in order, with captions. */
export const draftTokens = (items: readonly DraftScene[]): string[] =>
  items.filter((i) => i.on).map((i) => sceneToken({ ...i.scene, caption: i.caption }));

/** Seconds per scene from what was typed: whole seconds within the range a link allows. */
export function sceneSeconds(typed: string): number {
  const n = Math.round(Number(typed));
  if (typed.trim() === '' || !Number.isFinite(n)) return SCENE_SECONDS.default;
  return Math.min(SCENE_SECONDS.max, Math.max(SCENE_SECONDS.min, n));
}

/**
 * Whether the tour fits in a link: a reader of the link refuses a `tour` longer than `max`
 * characters (as decoded, MAX_PARAM_LENGTH in state/url-lang.ts), and would play the default tour.
 */
export const tourFits = (tokens: readonly string[], max: number): boolean => tokens.join(',').length <= max;
