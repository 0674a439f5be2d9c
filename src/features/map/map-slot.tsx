// Leaflet's rules with the page's: one stylesheet, not a second request before the map can draw.
import './leaflet-used.css';
import './map.css';
import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { hasDensePoints } from '../../domain/map/dense-threshold';
import type { Geography } from '../../domain/schema/geo-schema';
import type { TileConfig } from '../../domain/map/tile-config';
import { MapLegend } from './map-legend';
import { MapOutline } from './map-outline';
import { TILE_CONFIG } from './tile-source';
import { Later } from '../../ui/later';
import { LazyPartBoundary, lazyPart } from '../../ui/lazy-part';

// Leaflet is the heaviest part of the first screen: it loads in parallel with the rest and takes
// over from the outline when ready, so the page (filter, panel, figures) never waits for it.
const zhaoqingMap = lazyPart(
  () => import('./zhaoqing-map'),
  (m) => m.ZhaoqingMap,
);

/**
 * Loads the map's chunk ahead of its first render (main.tsx, at start): its evaluation then runs
 * while the page renders, not after it (issue 26). Never rejects: a failure is the slot's to show.
 */
export const preloadMap = zhaoqingMap.preload;

interface Props {
  dataset: Dataset;
  geography: Geography;
  /** The deployment's base map (build time); tests pass their own. */
  tiles?: TileConfig | null;
}

/** The map's place on the page: its frame, legend and notices, and the map itself once loaded. */
export function MapSlot({ dataset, geography, tiles = TILE_CONFIG }: Props) {
  const t = useT();
  const helpId = useId();
  const [tilesFailing, setTilesFailing] = useState(false);
  const hasGba = useMemo(() => geography.features.some((f) => f.properties.gba === true), [geography]);
  const dense = useMemo(() => hasDensePoints(dataset), [dataset]);
  const outline = <MapOutline dataset={dataset} geography={geography} />;

  return (
    <div className="map-frame">
      <p id={helpId} className="sr-only">
        {t('map.description')}
      </p>
      <div className="map-box">
        {/* The prerendered first screen (SSR) is the outline; Leaflet needs a browser. */}
        {import.meta.env.SSR ? (
          outline
        ) : (
          // The page's first render never waits on the map: the outline, then the map in a
          // background render of its own.
          <Later fallback={outline}>
            <LazyPartBoundary
              part={zhaoqingMap}
              message={t('map.loadFailed')}
              retryLabel={t('map.retry')}
              className="map-load-failed"
              fallback={outline}
            >
              <zhaoqingMap.Component
                dataset={dataset}
                geography={geography}
                tiles={tiles}
                helpId={helpId}
                onTilesFailing={setTilesFailing}
              />
            </LazyPartBoundary>
          </Later>
        )}
        {tiles && tilesFailing ? (
          <p className="map-notice" role="status">
            {t('map.tileUnavailable')}
          </p>
        ) : null}
      </div>
      <MapLegend hasGba={hasGba} hasDense={dense} tileCredit={tiles?.attribution ?? null} />
    </div>
  );
}
