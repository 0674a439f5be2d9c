import { useMemo, useRef } from 'react';
import { TileLayer } from 'react-leaflet';
import type { TileConfig } from '../../domain/map/tile-config';

interface Props {
  config: TileConfig;
  /** true while tiles fail and none has loaded since; the data layers do not depend on it. */
  onFailingChange: (failing: boolean) => void;
}

/** The optional raster base map, beneath every data layer. */
export function BaseTiles({ config, onFailingChange }: Props) {
  const failing = useRef(false);
  const handlers = useMemo(() => {
    const set = (value: boolean) => {
      if (failing.current === value) return;
      failing.current = value;
      onFailingChange(value);
    };
    return { tileerror: () => set(true), tileload: () => set(false) };
  }, [onFailingChange]);
  return (
    <TileLayer
      url={config.url}
      attribution={config.attribution}
      subdomains={config.subdomains}
      maxNativeZoom={config.maxZoom}
      eventHandlers={handlers}
    />
  );
}
