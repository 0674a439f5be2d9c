import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  marker as leafletMarker,
  polyline,
  type LeafletKeyboardEvent,
  type Marker,
  type Polyline,
} from 'leaflet';
import { useMap } from 'react-leaflet';
import { useLang, useT } from '../../i18n/i18n-context';
import type { LatLngTuple } from '../../domain/map/geo';
import type { MapItem } from '../../domain/map/map-items';
import type { Placement } from '../../domain/map/park-placement';
import { clauseSeparator } from '../../domain/text/localize';
import { matchesSectors } from '../../domain/parks/sector-match';
import { project, unproject } from '../../domain/map/web-mercator';
import { useViewStore } from '../../state/view-store-context';
import { LEADER_STYLE } from './map-styles';
import { markerIcon, setMarkerLabel, tooltipContent } from './marker-icon';

interface Props {
  items: readonly MapItem[];
  names: ReadonlyMap<string, string>;
  /** Where each symbol goes at `zoom` (null until the first placement arrives). */
  placement: Placement | null;
  zoom: number;
  onOpen: (item: MapItem) => void;
}

/** What a marker shows; a marker is touched only when this changes. */
interface Look {
  shown: boolean;
  faded: boolean;
  selected: boolean;
  name: string;
  label: string;
  tooltip: string;
  dx: number;
  dy: number;
}

interface Managed {
  item: MapItem;
  marker: Marker;
  look: Look | null;
}

const Z_OFFSET = { core: 1000, parks: 500, entities: 0 } as const;

/**
 * Parks, firms and projects as Leaflet markers: focusable (Tab), named, opened by click, Enter or
 * Space. Managed imperatively and diffed by id: each marker is created once, and a filter,
 * selection, language or zoom change touches only the markers whose look changed (one setIcon;
 * DivIcon reuses its <div>, so keyboard focus stays). Placement comes from a per-zoom cache.
 */
export function PlaceMarkers({ items, names, placement, zoom, onOpen }: Props) {
  const map = useMap();
  const t = useT();
  const lang = useLang();
  const hidden = useViewStore((s) => s.view.hidden);
  const sectors = useViewStore((s) => s.view.sectors);
  const links = useViewStore((s) => s.view.links);
  const selectedPark = useViewStore((s) => s.view.park);
  const selectedEntity = useViewStore((s) => s.view.entity);
  const openRef = useRef(onOpen);
  useLayoutEffect(() => {
    openRef.current = onOpen;
  }, [onOpen]);

  // One Leaflet marker per item, for the items' lifetime.
  const managedRef = useRef(new Map<string, Managed>());
  useLayoutEffect(() => {
    const managed = managedRef.current;
    for (const item of items) {
      const m = leafletMarker(item.anchor, { keyboard: true, zIndexOffset: Z_OFFSET[item.layer] });
      m.on('click', () => openRef.current(item));
      m.on('keydown', (e: LeafletKeyboardEvent) => {
        const key = e.originalEvent.key;
        if (key !== 'Enter' && key !== ' ') return;
        e.originalEvent.preventDefault();
        openRef.current(item);
      });
      managed.set(item.id, { item, marker: m, look: null });
    }
    return () => {
      for (const { marker } of managed.values()) marker.remove();
      managed.clear();
    };
  }, [items]);

  // The words of each marker, per language: a filter or selection only adds a clause.
  const words = useMemo(() => {
    const out = new Map<string, { name: string; markerName: string; tooltip: string }>();
    for (const item of items) {
      const name = names.get(item.id) ?? item.id;
      const kind = t(`map.symbol.${item.symbol}`);
      const precision = t(`map.precision.${item.precision}`);
      out.set(item.id, {
        name,
        markerName: t('map.markerName', { name, kind, precision }),
        tooltip: `${kind} · ${precision}`,
      });
    }
    return out;
  }, [items, names, t]);

  useLayoutEffect(() => {
    // Nothing is drawn before its first placement (it comes from a worker, a moment after mount).
    if (!placement) return;
    const separator = clauseSeparator(lang);
    const notMatching = t('map.notMatching');
    const selectedWord = t('map.selected');
    for (const entry of managedRef.current.values()) {
      const { item, marker } = entry;
      const { name, markerName, tooltip } = words.get(item.id) ?? {
        name: item.id,
        markerName: item.id,
        tooltip: '',
      };
      const faded = !matchesSectors(links === 'sourced' ? item.sourcedSectors : item.sectors, sectors);
      const selected = item.id === (item.kind === 'park' ? selectedPark : selectedEntity);
      const [dx, dy] = placement.offsets.get(item.id) ?? [0, 0];
      const next: Look = {
        shown: !hidden.includes(item.layer),
        faded,
        selected,
        name,
        label: [markerName, faded ? notMatching : '', selected ? selectedWord : '']
          .filter(Boolean)
          .join(separator),
        tooltip,
        dx,
        dy,
      };
      const was = entry.look;
      entry.look = next;
      if (!next.shown) {
        if (was?.shown) marker.remove();
        continue;
      }
      const element = marker.getElement();
      let fresh = !was?.shown;
      if (!was || !element || was.dx !== dx || was.dy !== dy) {
        // A new place (or a new zoom's offset): a new icon, built with its current look.
        const look = { symbol: item.symbol, tier: item.tier, precision: item.precision, faded, selected };
        marker.setIcon(markerIcon(look, [dx, dy]));
        fresh = true;
      } else {
        // A filter or a selection only restyles: two classes and the accessible name, no new DOM.
        if (was.faded !== faded) element.classList.toggle('is-faded', faded);
        if (was.selected !== selected) element.classList.toggle('is-selected', selected);
      }
      if (!was || was.selected !== selected)
        marker.setZIndexOffset(Z_OFFSET[item.layer] + (selected ? 2000 : 0));
      if (!was || was.tooltip !== next.tooltip || was.name !== name)
        marker.bindTooltip(tooltipContent(name, next.tooltip), {
          direction: 'top',
          className: 'place-tooltip',
        });
      if (!was?.shown) marker.addTo(map);
      // Leaflet makes a new <div> when a marker is added again: name it whenever it may be new.
      const shownElement = marker.getElement();
      if (shownElement && (fresh || was?.label !== next.label)) setMarkerLabel(shownElement, next.label);
    }
  }, [map, items, words, hidden, sectors, links, selectedPark, selectedEntity, placement, t, lang]);

  // Leader lines from a county's name to its symbols when they had to move aside.
  const leaders = useRef(new Map<string, Polyline>());
  useLayoutEffect(() => {
    const shownGroups = new Set(items.filter((it) => !hidden.includes(it.layer)).map((it) => it.group));
    const wanted = new Map<string, LatLngTuple[]>();
    for (const l of placement?.leaders ?? []) {
      if (!shownGroups.has(l.group)) continue;
      const [x, y] = project(l.anchor, zoom);
      wanted.set(l.group, [l.anchor, unproject([x + l.to[0], y + l.to[1]], zoom)]);
    }
    const lines = leaders.current;
    for (const [group, line] of lines)
      if (!wanted.has(group)) {
        line.remove();
        lines.delete(group);
      }
    for (const [group, positions] of wanted) {
      const line = lines.get(group);
      if (line) line.setLatLngs(positions);
      else lines.set(group, polyline(positions, { ...LEADER_STYLE, interactive: false }).addTo(map));
    }
  }, [map, items, hidden, placement, zoom]);
  useEffect(() => {
    const lines = leaders.current;
    return () => {
      for (const line of lines.values()) line.remove();
      lines.clear();
    };
  }, []);

  return null;
}
