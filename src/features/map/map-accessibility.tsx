import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Names the map for screen readers; Leaflet already makes it focusable with arrow/± keys. */
export function MapAccessibility({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', label);
    el.setAttribute('aria-roledescription', 'map');
  }, [map, label]);
  return null;
}
