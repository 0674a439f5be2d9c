import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Names the map for screen readers and points to its keyboard help; Leaflet already makes the
 * container focusable, with arrow keys to pan and +/- to zoom.
 */
interface Props {
  label: string;
  roleDescription: string;
  describedBy: string;
}

export function MapAccessibility({ label, roleDescription, describedBy }: Props) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', label);
    el.setAttribute('aria-roledescription', roleDescription);
    el.setAttribute('aria-describedby', describedBy);
  }, [map, label, roleDescription, describedBy]);
  return null;
}
