import { memo, useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { FeatureGroup, LeafletEvent, LeafletMouseEvent, PathOptions } from 'leaflet';
import type { Dataset } from '../../domain/schema/dataset-schema';
import type { GeoFeature } from '../../domain/schema/geo-schema';
import { useViewActions, useViewStore } from '../../state/view-store-context';
import { BLOCK_STYLE, GBA_STYLE, NEIGHBOUR_STYLE, OVER_TILES, SELECTED_COUNTY } from './map-styles';

const asCollection = (features: readonly GeoFeature[]) =>
  ({ type: 'FeatureCollection', features }) as unknown as GeoJSON.FeatureCollection;

interface Props {
  dataset: Dataset;
  countyFeatures: readonly GeoFeature[];
  neighbourFeatures: readonly GeoFeature[];
  overTiles: boolean;
  /** Which shapes: the map draws the counties with itself, the neighbours (the larger part) a step later. */
  part: 'counties' | 'neighbours';
}

// Drawn after the counties, the neighbours go beneath them (they never overlap; a county's outline
// must not be covered where they meet).
const toBack = { add: (e: LeafletEvent) => (e.target as FeatureGroup).bringToBack() };

/**
 * The county and neighbour shapes. GeoJSON data is immutable in react-leaflet (a new object would
 * be ignored), so the collections are built once; only the county selection restyles, in place.
 */
export const RegionLayers = memo(function RegionLayers({
  dataset,
  countyFeatures,
  neighbourFeatures,
  overTiles,
  part,
}: Props) {
  const hideCounties = useViewStore((s) => s.view.hidden.includes('counties'));
  const hideNeighbours = useViewStore((s) => s.view.hidden.includes('neighbours'));
  const selectedCounty = useViewStore((s) => s.view.county);
  const { selectCounty } = useViewActions();

  const counties = useMemo(() => asCollection(countyFeatures), [countyFeatures]);
  const neighbours = useMemo(() => asCollection(neighbourFeatures), [neighbourFeatures]);
  const blockOf = useMemo(() => new Map(dataset.divisions.map((d) => [d.code, d.block])), [dataset]);

  const countyStyle = useMemo(
    () =>
      (feature?: { id?: string | number }): PathOptions => {
        const code = String(feature?.id);
        const block = blockOf.get(code) ?? 'east';
        return {
          ...BLOCK_STYLE[block],
          ...(overTiles ? OVER_TILES : {}),
          ...(code === selectedCounty ? SELECTED_COUNTY : {}),
          className: `county county-${block}${code === selectedCounty ? ' is-selected' : ''}`,
        };
      },
    [blockOf, selectedCounty, overTiles],
  );
  const neighbourStyle = useMemo(
    () =>
      (feature?: { properties?: { gba?: boolean } }): PathOptions => ({
        ...(feature?.properties?.gba ? GBA_STYLE : NEIGHBOUR_STYLE),
        ...(overTiles ? OVER_TILES : {}),
        className: feature?.properties?.gba ? 'neighbour neighbour-gba' : 'neighbour',
      }),
    [overTiles],
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

  return (
    <>
      {part !== 'neighbours' || hideNeighbours ? null : (
        <GeoJSON
          key="neighbours"
          data={neighbours}
          style={neighbourStyle}
          interactive={false}
          eventHandlers={toBack}
        />
      )}
      {part !== 'counties' || hideCounties ? null : (
        <GeoJSON key="counties" data={counties} style={countyStyle} eventHandlers={countyHandlers} />
      )}
    </>
  );
});
