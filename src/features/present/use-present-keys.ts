import { useEffect, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { Tour } from './use-tour';

export interface PresentKeyTargets {
  tour: Tour;
  leave: () => void;
  toggleBlank: () => void;
}

/**
 * The presentation's keys, a clicker's included: → PageDown Space next, ← PageUp previous, Home
 * End first and last, B or . blank, K pause, Esc leave. Full screen ended by the browser (its own
 * Esc) ends the presentation too. Reads the latest handlers through `latest`, so the listeners are
 * added once.
 */
export function usePresentKeys(
  latest: RefObject<PresentKeyTargets>,
  setFullscreen: Dispatch<SetStateAction<boolean>>,
) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const { tour: t, leave: exit, toggleBlank: blankKey } = latest.current;
      const key = e.key;
      if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') t.step(1);
      else if (key === 'ArrowLeft' || key === 'PageUp') t.step(-1);
      else if (key === 'Home') t.goTo(0);
      else if (key === 'End') t.goTo(t.scenes.length - 1);
      else if (key === 'b' || key === 'B' || key === '.') blankKey();
      else if (key === 'k' || key === 'K') t.togglePause();
      else if (key === 'Escape') exit();
      else return;
      e.preventDefault();
    };
    // Esc in full screen is the browser's own: it leaves full screen, and the presentation with it.
    let wasFull = document.fullscreenElement !== null;
    const onFullscreen = () => {
      const full = document.fullscreenElement !== null;
      setFullscreen(full);
      if (wasFull && !full) latest.current.leave();
      wasFull = full;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [latest, setFullscreen]);
}
