import 'leaflet/dist/leaflet.css';
import './map.css';
import { useMemo } from 'react';
import { CircleMarker, GeoJSON, MapContainer, Tooltip } from 'react-leaflet';
import type { PathOptions } from 'leaflet';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset-schema';
import type { GeoFeature, Geography } from '../../domain/geo-schema';
import { boundsOf, counties, neighbours, toLatLng } from '../../domain/geo';
import { pick } from '../../domain/localize';
import { useLang } from '../../i18n/use-lang';
import { MapAccessibility } from './map-accessibility';
import { MapFit } from './map-fit';
import { MapLegend } from './map-legend';
import { BLOCK_STYLE, NEIGHBOUR_STYLE } from './map-styles';

interface Props {
  dataset: Dataset;
  geography: Geography;
}

export function ZhaoqingMap({ dataset, geography }: Props) {
  const lang = useLang();
  const { t } = useTranslation();
  const countyFeatures = useMemo(() => counties(geography), [geography]);
  const neighbourFeatures = useMemo(() => neighbours(geography), [geography]);
  const bounds = useMemo(() => boundsOf(countyFeatures), [countyFeatures]);
  const blockOf = useMemo(() => new Map(dataset.divisions.map((d) => [d.code, d.block])), [dataset]);

  const countyStyle = useMemo(
    () =>
      (feature?: { id?: string | number }): PathOptions => {
        const block = blockOf.get(String(feature?.id)) ?? 'east';
        return { ...BLOCK_STYLE[block], className: `county county-${block}` };
      },
    [blockOf],
  );

  return (
    <div className="map-frame">
      <MapContainer
        className="map"
        bounds={bounds}
        boundsOptions={{ padding: [12, 12] }}
        zoomSnap={0.25}
        minZoom={6}
        maxZoom={14}
        attributionControl
      >
        <MapAccessibility label={t('map.label')} />
        <MapFit bounds={bounds} />
        <GeoJSON
          key="neighbours"
          data={{ type: 'FeatureCollection', features: neighbourFeatures } as GeoJSON.FeatureCollection}
          style={NEIGHBOUR_STYLE}
          interactive={false}
        />
        <GeoJSON
          key="counties"
          data={{ type: 'FeatureCollection', features: countyFeatures } as GeoJSON.FeatureCollection}
          style={countyStyle}
        />
        {neighbourFeatures.map((f) => (
          <PlaceLabel
            key={f.id}
            feature={f}
            text={pick(f.properties.name, lang)}
            className="neighbour-label"
          />
        ))}
        {countyFeatures.map((f) => (
          <PlaceLabel key={f.id} feature={f} text={pick(f.properties.name, lang)} className="county-label" />
        ))}
      </MapContainer>
      <MapLegend />
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
