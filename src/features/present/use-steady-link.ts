import { useEffect, useRef, useState } from 'react';
import { qrChangeDelay } from './scene-qr';

/**
 * `link`, held steady for a QR code: a new one is shown at once after a step by hand (`handSteps`
 * changed), else once the shown one has been up for QR_STEADY_MS (scene-qr.ts), so that an
 * automatic tour faster than that does not pull the code from under a visitor's camera.
 */
export function useSteadyLink(link: string, handSteps: number): string {
  const [shown, setShown] = useState(link);
  // Never "up long enough" before the first change: the link of the first render comes before the
  // tour has shown its first scene, and that scene's link replaces it at once.
  const shownSince = useRef(-Infinity);
  const seenSteps = useRef(handSteps);
  // A step by hand changes the scene first and its view a render later: the next link it brings is
  // still the hand's.
  const byHand = useRef(false);
  useEffect(() => {
    if (handSteps !== seenSteps.current) byHand.current = true;
    seenSteps.current = handSteps;
    if (link === shown) return;
    const timer = setTimeout(
      () => {
        shownSince.current = Date.now();
        byHand.current = false;
        setShown(link);
      },
      qrChangeDelay(shownSince.current, Date.now(), byHand.current),
    );
    return () => clearTimeout(timer);
  }, [link, shown, handSteps]);
  return shown;
}
