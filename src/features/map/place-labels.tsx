import { memo, useMemo } from 'react';
import { divIcon } from 'leaflet';
import { Marker, Pane } from 'react-leaflet';
import { toLatLng, type LatLngTuple } from '../../domain/map/geo';
import type { GeoFeature } from '../../domain/schema/geo-schema';
import { mapLabel } from '../../domain/map/map-labels';
import { useLang } from '../../i18n/i18n-context';
import { useViewStore } from '../../state/view-store-context';

interface Props {
  countyFeatures: readonly GeoFeature[];
  neighbourFeatures: readonly GeoFeature[];
}

/** County and neighbour names; they change only with the language or their layer's switch. */
export const PlaceLabels = memo(function PlaceLabels({ countyFeatures, neighbourFeatures }: Props) {
  const lang = useLang();
  const hideCounties = useViewStore((s) => s.view.hidden.includes('counties'));
  const hideNeighbours = useViewStore((s) => s.view.hidden.includes('neighbours'));
  return (
    // Above the places' symbols (placement keeps them off the names), below tooltips.
    <Pane name="place-labels" style={{ zIndex: 640 }}>
      {hideNeighbours
        ? null
        : neighbourFeatures.map((f) => (
            <PlaceLabel
              key={f.id}
              feature={f}
              text={mapLabel(f.properties.name, lang)}
              className="neighbour-label"
            />
          ))}
      {hideCounties
        ? null
        : countyFeatures.map((f) => (
            <PlaceLabel
              key={f.id}
              feature={f}
              text={mapLabel(f.properties.name, lang)}
              className="county-label"
            />
          ))}
    </Pane>
  );
});

interface LabelProps {
  feature: GeoFeature;
  text: string;
  className: string;
}

/**
 * A name drawn on the map: a non-interactive DivIcon centred by CSS (`translate: -50% -50%`), so
 * placing it never measures the page (a Leaflet tooltip reads its size, forcing a layout each).
 */
const PlaceLabel = memo(function PlaceLabel({ feature, text, className }: LabelProps) {
  const code = feature.properties.code;
  // Stable props: react-leaflet moves or re-icons a marker whenever it gets a new object.
  const center = useMemo<LatLngTuple>(() => toLatLng(feature.properties.labelPoint), [feature]);
  const icon = useMemo(() => {
    const span = document.createElement('span');
    span.dataset.code = code;
    span.textContent = text;
    return divIcon({ className: `place-label ${className}`, html: span, iconSize: undefined });
  }, [code, text, className]);
  return <Marker position={center} icon={icon} interactive={false} keyboard={false} pane="place-labels" />;
});
