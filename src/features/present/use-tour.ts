import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { applyWaitingUpdate } from '../../data/apply-waiting-update';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { stepScene, type Scene } from '../../domain/share/tour';
import { useViewActions, useViewStore } from '../../state/view-store-context';
import type { MapArea } from '../../domain/map/map-area';
import { sceneView, tourOf } from './scene-view';

export interface Tour {
  scenes: readonly Scene[];
  /** The scene on screen, within the tour (a link's scene past the end wraps). */
  index: number;
  paused: boolean;
  /** How many steps by hand so far (a key, a button, a swipe): the QR code follows those at once. */
  handSteps: number;
  step: (by: 1 | -1) => void;
  /** To this scene (Home, End), as a step by hand. */
  goTo: (index: number) => void;
  togglePause: () => void;
}

/**
 * The tour's clock and its scenes. The scene index lives in the view (and so in the link); this
 * hook shows that scene, and moves on every `every` seconds unless paused; at the end of each loop
 * a waiting new version of the app is taken. A step by hand starts
 * the scene's full interval again. One timer at a time, cleared on every change and on leaving.
 */
export function useTour(dataset: Dataset, frameOf: (scene: Scene) => MapArea | null): Tour {
  const tour = useViewStore((s) => s.view.tour);
  const every = useViewStore((s) => s.view.every);
  const scene = useViewStore((s) => s.view.scene);
  const { showScene } = useViewActions();
  const scenes = useMemo(() => tourOf({ tour }, dataset), [tour, dataset]);
  const index = scene % scenes.length;
  const [paused, setPaused] = useState(false);
  // Bumped by a step by hand, so the interval restarts even when the index is the same.
  const [restarts, setRestarts] = useState(0);
  const shown = useRef<Scene | null>(null);
  // The pending move to the next scene, cleared the moment the tour is paused (not one render later,
  // when a timer due in between would still move it on).
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Before the paint: a link's first frame is its scene, not the page the scene then changes.
  useLayoutEffect(() => {
    const current = scenes[index];
    if (!current || shown.current === current) return;
    shown.current = current;
    showScene(index, sceneView(current), frameOf(current));
  }, [scenes, index, showScene, frameOf]);

  useEffect(() => {
    if (paused) return;
    timer.current = setTimeout(() => {
      const next = stepScene(index, scenes.length, 1);
      // The end of a loop is the screen's safe moment to take a new version (README, "Offline"):
      // the page reloads into it at the first scene; without one waiting, the tour goes on.
      if (next === 0) void applyWaitingUpdate().catch(() => false);
      showScene(next, {});
    }, every * 1000);
    return () => clearTimeout(timer.current);
  }, [paused, index, every, scenes.length, restarts, showScene]);

  return {
    scenes,
    index,
    paused,
    handSteps: restarts,
    step: (by) => {
      setRestarts((n) => n + 1);
      showScene(stepScene(index, scenes.length, by), {});
    },
    goTo: (to) => {
      setRestarts((n) => n + 1);
      showScene(Math.max(0, Math.min(scenes.length - 1, to)), {});
    },
    togglePause: () => {
      if (!paused) clearTimeout(timer.current);
      setPaused((p) => !p);
    },
  };
}
