import { useEffect, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';

/**
 * The window's size while `presenting` (presentation mode sizes the map's type by the screen),
 * followed through the map's resize events; outside it the size read at mount, unused.
 */
export function useScreenSize(map: LeafletMap, presenting: boolean): readonly [number, number] {
  const [size, setSize] = useState<readonly [number, number]>(() => [window.innerWidth, window.innerHeight]);
  useEffect(() => {
    if (!presenting) return;
    const onResize = () =>
      setSize((s) =>
        s[0] === window.innerWidth && s[1] === window.innerHeight
          ? s
          : [window.innerWidth, window.innerHeight],
      );
    onResize();
    map.on('resize', onResize);
    return () => {
      map.off('resize', onResize);
    };
  }, [map, presenting]);
  return size;
}
