import { useMemo, useState } from 'react';
import { Marker, Polyline, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import type { LeafletKeyboardEvent } from 'leaflet';
import { useTranslation } from 'react-i18next';
import type { BoundsTuple, LatLngTuple } from '../../domain/geo';
import { useLang } from '../../i18n/use-lang';
import { placeMarkers, type Offset } from '../../domain/park-placement';
import { project, unproject } from '../../domain/web-mercator';
import { type LabelBox } from '../../domain/map-labels';
import { type MapItem } from '../../domain/map-items';
import { LEADER_STYLE } from './map-styles';
import { markerIcon } from './marker-icon';

export interface MarkerEntry {
  item: MapItem;
  name: string;
  faded: boolean;
  selected: boolean;
}

interface Props {
  entries: readonly MarkerEntry[];
  /** Every item, drawn or not: placement stays the same when a layer is switched off. */
  all: readonly MapItem[];
  labels: readonly LabelBox[];
  /** Zhaoqing's box: the fitted view always shows it, so symbols are kept inside it. */
  within: BoundsTuple;
  regions: ReadonlyMap<string, readonly (readonly LatLngTuple[])[]>;
  onOpen: (item: MapItem) => void;
}

/**
 * Parks, firms and projects as Leaflet markers: focusable (Tab), named, opened by click, Enter or
 * Space. Placement is recomputed for each zoom, so symbols never cover each other or a name.
 */
export function PlaceMarkers({ entries, all, labels, within, regions, onOpen }: Props) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const { offsets, leaders } = useMemo(
    () => placeMarkers(all, labels, zoom, { within, regions }),
    [all, labels, zoom, within, regions],
  );
  const shown = new Set(entries.map((e) => e.item.group));
  return (
    <>
      {leaders
        .filter((l) => shown.has(l.group))
        .map((l) => {
          const [x, y] = project(l.anchor, zoom);
          return (
            <Polyline
              key={l.group}
              positions={[l.anchor, unproject([x + l.to[0], y + l.to[1]], zoom)]}
              pathOptions={LEADER_STYLE}
              interactive={false}
            />
          );
        })}
      {entries.map((entry) => (
        <PlaceMarker
          key={entry.item.id}
          entry={entry}
          offset={offsets.get(entry.item.id) ?? [0, 0]}
          onOpen={onOpen}
        />
      ))}
    </>
  );
}

const Z_OFFSET = { core: 1000, parks: 500, entities: 0 } as const;

interface MarkerProps {
  entry: MarkerEntry;
  offset: Offset;
  onOpen: (item: MapItem) => void;
}

function PlaceMarker({ entry, offset, onOpen }: MarkerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { item, name, faded, selected } = entry;
  const [dx, dy] = offset;
  const kind = t(`map.symbol.${item.symbol}`);
  const precision = t(`map.precision.${item.precision}`);
  const label = [
    t('map.markerName', { name, kind, precision }),
    faded ? t('map.notMatching') : '',
    selected ? t('map.selected') : '',
  ]
    .filter(Boolean)
    .join(lang === 'en' ? ', ' : '，');
  const icon = useMemo(
    () =>
      markerIcon(
        { symbol: item.symbol, tier: item.tier, precision: item.precision, faded, selected },
        label,
        [dx, dy],
      ),
    [item.symbol, item.tier, item.precision, faded, selected, label, dx, dy],
  );
  const handlers = useMemo(
    () => ({
      click: () => onOpen(item),
      keydown: (e: LeafletKeyboardEvent) => {
        const key = e.originalEvent.key;
        if (key !== 'Enter' && key !== ' ') return;
        e.originalEvent.preventDefault();
        onOpen(item);
      },
    }),
    [onOpen, item],
  );
  return (
    <Marker
      position={item.anchor}
      icon={icon}
      keyboard
      zIndexOffset={Z_OFFSET[item.layer] + (selected ? 2000 : 0)}
      eventHandlers={handlers}
    >
      <Tooltip direction="top" className="place-tooltip">
        <strong>{name}</strong>
        <br />
        {kind} · {precision}
      </Tooltip>
    </Marker>
  );
}
