import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { useT } from '../../i18n/i18n-context';
import { useViewStore } from '../../state/view-store-context';

/** How long the "two fingers" hint stays after the last one-finger move. */
const HINT_MS = 1500;

/**
 * Cooperative gestures, as the major web maps do on a touch screen: one finger scrolls the page
 * (the map's `touch-action` lets the browser pan, and Leaflet never sees the touch), two fingers
 * move and zoom the map (Leaflet's pinch handler pans with the fingers). A mouse, a pen and the
 * keyboard are unchanged. In presentation mode the page does not scroll, so one finger moves the
 * map again.
 *
 * Written here rather than taken from leaflet-gesture-handling: that plugin is unmaintained, ships
 * its own strings for 50 languages and CSS, and changes the mouse wheel as well.
 */
export function CooperativeGestures() {
  const map = useMap();
  const t = useT();
  const presenting = useViewStore((s) => s.view.mode === 'present');
  const [hint, setHint] = useState(false);

  useEffect(() => {
    if (presenting) return;
    const container = map.getContainer();
    // Listening on the parent, in the capture phase, stops a one-finger touch before it reaches
    // any of Leaflet's listeners on the container or inside it. Taps still click: the browser
    // makes the click whatever JavaScript does with the touch.
    const host = container.parentElement;
    if (!host) return;
    container.classList.add('is-cooperative');
    let timer = 0;
    const onStart = (e: TouchEvent) => {
      if (e.touches.length !== 1) {
        setHint(false);
        return;
      }
      e.stopPropagation();
    };
    const onMove = (e: TouchEvent) => {
      if (e.touches.length !== 1) return;
      e.stopPropagation();
      setHint(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setHint(false), HINT_MS);
    };
    const options = { capture: true, passive: true } as const;
    host.addEventListener('touchstart', onStart, options);
    host.addEventListener('touchmove', onMove, options);
    return () => {
      window.clearTimeout(timer);
      container.classList.remove('is-cooperative');
      host.removeEventListener('touchstart', onStart, options);
      host.removeEventListener('touchmove', onMove, options);
      setHint(false);
    };
  }, [map, presenting]);

  // One live region for the map's lifetime, so that its text is announced when it appears.
  return createPortal(
    <p className="map-gesture-hint" role="status">
      {hint ? t('map.twoFingers') : ''}
    </p>,
    map.getContainer(),
  );
}
