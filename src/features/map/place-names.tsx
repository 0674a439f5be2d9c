import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { marker as leafletMarker, type Map as LeafletMap, type Marker } from 'leaflet';
import { useMap } from 'react-leaflet';
import type { LabelBox } from '../../domain/map/map-labels';
import { SYMBOL_SIZE, targetHalf, type MapItem } from '../../domain/map/map-items';
import type { Placement } from '../../domain/map/park-placement';
import { NAME_STYLE, presentNameStyle } from '../../domain/map/name-lines';
import { nameRank, placeNames, type NameCandidate } from '../../domain/map/place-names';
import { matchesSectors } from '../../domain/parks/sector-match';
import { project, type Point } from '../../domain/map/web-mercator';
import { useViewStore } from '../../state/view-store-context';
import { presentSymbolScale } from './map-styles';
import { useScreenSize } from './use-screen-size';
import { nameIcon } from './name-icon';

interface Props {
  items: readonly MapItem[];
  names: ReadonlyMap<string, string>;
  labels: readonly LabelBox[];
  placement: Placement | null;
  zoom: number;
}

/** Names keep this far inside the map's edges. */
const INSET = 4;

/**
 * Visible names beside the symbols (domain/map/place-names.ts decides which fit and where). Drawn
 * imperatively and diffed by id, like the markers: a filter change adds or drops a few names and
 * leaves the others' DOM alone. The names are for the eye; the markers carry the accessible names.
 */
export function PlaceNames({ items, names, labels, placement, zoom }: Props) {
  const map = useMap();
  const hidden = useViewStore((s) => s.view.hidden);
  const sectors = useViewStore((s) => s.view.sectors);
  const links = useViewStore((s) => s.view.links);
  const selectedPark = useViewStore((s) => s.view.park);
  const selectedEntity = useViewStore((s) => s.view.entity);
  const presenting = useViewStore((s) => s.view.mode === 'present');
  const screen = useScreenSize(map, presenting);
  const view = useViewPixels(map);
  const [width, height] = screen;
  const style = useMemo(
    () => (presenting ? presentNameStyle(width, height) : NAME_STYLE),
    [presenting, width, height],
  );
  const scale = presenting ? presentSymbolScale(width, height) : 1;

  const placed = useMemo(() => {
    if (!placement) return [];
    const at = (it: MapItem): Point => {
      const [x, y] = project(it.anchor, zoom);
      const [dx, dy] = placement.offsets.get(it.id) ?? [0, 0];
      return [x + dx, y + dy];
    };
    const shown = items.filter((it) => !hidden.includes(it.layer));
    const filtering = sectors.length > 0;
    const candidates: NameCandidate[] = [];
    for (const it of shown) {
      const faded = !matchesSectors(links === 'sourced' ? it.sourcedSectors : it.sectors, sectors);
      const rank = nameRank(it.symbol === 'core', {
        selected: it.id === (it.kind === 'park' ? selectedPark : selectedEntity),
        faded,
        filtering,
      });
      if (rank)
        candidates.push({
          id: it.id,
          at: at(it),
          half: targetHalf(it.symbol) * scale,
          text: names.get(it.id) ?? it.id,
          rank,
        });
    }
    return placeNames(
      candidates,
      {
        boxes: labels.map((l) => ({
          at: project(l.center, zoom),
          halfWidth: l.halfWidth,
          halfHeight: l.halfHeight,
        })),
        symbols: shown.map((it) => ({
          id: it.id,
          at: at(it),
          half: targetHalf(it.symbol) * scale,
          drawn: (SYMBOL_SIZE[it.symbol] / 2) * scale,
          core: it.symbol === 'core',
        })),
      },
      style,
      // Read at another zoom for a moment while a zoom settles: then the last names stand.
      view.zoom === zoom ? view : undefined,
      // A presentation screen never runs a leader across a symbol.
      !presenting,
    );
  }, [
    items,
    names,
    labels,
    placement,
    zoom,
    view,
    hidden,
    sectors,
    links,
    selectedPark,
    selectedEntity,
    style,
    scale,
    presenting,
  ]);

  const drawn = useRef(new Map<string, { marker: Marker; key: string }>());
  useLayoutEffect(() => {
    const pane = map.getPane('place-names') ?? map.createPane('place-names');
    // Above the symbols (names never overlap them), below the county names and tooltips.
    pane.style.zIndex = '630';
    const byId = new Map(items.map((it) => [it.id, it]));
    const wanted = new Set<string>();
    for (const name of placed) {
      const item = byId.get(name.id);
      if (!item) continue;
      wanted.add(name.id);
      const offset = placement?.offsets.get(name.id) ?? [0, 0];
      const key = [
        name.lines.join('\n'),
        name.dx,
        name.dy,
        name.leader,
        offset[0],
        offset[1],
        style.fontSize,
      ].join('|');
      const was = drawn.current.get(name.id);
      if (was?.key === key) continue;
      const icon = nameIcon(name, offset, targetHalf(item.symbol) * scale, style, item.symbol === 'core');
      if (was) {
        was.marker.setIcon(icon);
        was.key = key;
      } else {
        const m = leafletMarker(item.anchor, {
          icon,
          interactive: false,
          keyboard: false,
          pane: 'place-names',
        });
        drawn.current.set(name.id, { marker: m.addTo(map), key });
      }
    }
    for (const [id, { marker }] of drawn.current)
      if (!wanted.has(id)) {
        marker.remove();
        drawn.current.delete(id);
      }
  }, [map, items, placed, placement, style, scale]);
  useEffect(() => {
    const names = drawn.current;
    return () => {
      for (const { marker } of names.values()) marker.remove();
      names.clear();
    };
  }, []);

  return null;
}

/**
 * The part of the world shown, in pixels at the current zoom (as placement's), read when a move
 * ends: names are placed where they can be seen, never cut by the map's edge.
 */
function useViewPixels(map: LeafletMap) {
  const [view, setView] = useState(() => viewPixels(map));
  // Subscribed once per map, not on every render.
  useEffect(() => {
    const onMove = () =>
      setView((v) => {
        const n = viewPixels(map);
        const same = n.zoom === v.zoom && n.left === v.left && n.top === v.top && n.right === v.right;
        return same && n.bottom === v.bottom ? v : n;
      });
    map.on('moveend resize', onMove);
    return () => {
      map.off('moveend resize', onMove);
    };
  }, [map]);
  return view;
}

function viewPixels(map: LeafletMap) {
  const zoom = map.getZoom();
  const { x, y } = map.project(map.getCenter(), zoom);
  const { x: w, y: h } = map.getSize();
  return {
    zoom,
    left: x - w / 2 + INSET,
    top: y - h / 2 + INSET,
    right: x + w / 2 - INSET,
    bottom: y + h / 2 - INSET,
  };
}
