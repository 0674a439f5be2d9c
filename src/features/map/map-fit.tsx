import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { BoundsTuple } from '../../domain/geo';

/**
 * Keeps Leaflet in step with its container: when the container is resized (panel toggled,
 * rotation, fullscreen) Leaflet must re-measure or it draws grey tiles and misplaced shapes.
 */
export function MapFit({ bounds }: { bounds: BoundsTuple }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    let first = true;
    const observer = new ResizeObserver(() => {
      map.invalidateSize({ pan: false });
      if (first) {
        first = false;
        map.fitBounds(bounds, { padding: [12, 12], animate: false });
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [map, bounds]);
  return null;
}
