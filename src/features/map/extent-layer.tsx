import { memo, useMemo } from 'react';
import { Rectangle } from 'react-leaflet';
import type { BoundsTuple } from '../../domain/map/geo';
import type { MapItem } from '../../domain/map/map-items';
import { useViewActions, useViewStore } from '../../state/view-store-context';
import { EXTENT_STYLE } from './map-styles';

/** One dashed box per published extent (the High-tech Zone, X01); a click opens its park. */
export const ExtentLayer = memo(function ExtentLayer({ items }: { items: readonly MapItem[] }) {
  const hidden = useViewStore((s) => s.view.hidden.includes('core'));
  const { selectPark } = useViewActions();
  const extents = useMemo(() => {
    const seen = new Map<string, { bounds: BoundsTuple; park: string }>();
    for (const it of items)
      if (it.kind === 'park' && it.extent && !seen.has(it.group))
        seen.set(it.group, { bounds: it.extent, park: it.id });
    return [...seen.values()].map((x) => ({ ...x, handlers: { click: () => selectPark(x.park) } }));
  }, [items, selectPark]);
  if (hidden) return null;
  return (
    <>
      {extents.map((x) => (
        <Rectangle
          key={x.park}
          bounds={x.bounds}
          pathOptions={EXTENT_STYLE}
          className="park-extent"
          eventHandlers={x.handlers}
        />
      ))}
    </>
  );
});
