import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { boundsToDatum, featureToDatum, toDatum, type DatumShift } from '../../domain/map/datum';
import { boundsOf, counties, neighbours, toLatLng, type LatLngTuple } from '../../domain/map/geo';
import type { Geography } from '../../domain/schema/geo-schema';
import { mapItems, type MapItem } from '../../domain/map/map-items';
import { countyRegions } from '../../domain/map/park-placement';
import type { Datum } from '../../domain/map/tile-config';
import { loadDatumShift } from './datum-shift';

/**
 * The datum's transform: null (draw as it is) at once for WGS-84 and CGCS2000; for GCJ-02,
 * `undefined` until gcoord has loaded, so nothing is drawn in the wrong place meanwhile.
 */
export function useDatumShift(datum: Datum): DatumShift | null | undefined {
  const [loaded, setLoaded] = useState<{ datum: Datum; shift: DatumShift | null } | null>(null);
  useEffect(() => {
    if (datum !== 'gcj02') return;
    let live = true;
    void loadDatumShift(datum).then((shift) => {
      if (live) setLoaded({ datum, shift });
    });
    return () => {
      live = false;
    };
  }, [datum]);
  if (datum !== 'gcj02') return null;
  return loaded?.datum === datum ? loaded.shift : undefined;
}

/**
 * Everything the map draws that depends only on the files and the datum: computed once per
 * dataset, geography and datum, never on a filter, selection or zoom change.
 */
export function useMapGeometry(dataset: Dataset, geography: Geography, shift: DatumShift | null) {
  return useMemo(() => {
    const features = geography.features.map((f) => featureToDatum(f, shift));
    const countyFeatures = features.filter((f) => f.properties.role === 'county');
    const neighbourFeatures = neighbours({ ...geography, features });
    const wgsLabelPoints = new Map<string, LatLngTuple>(
      counties(geography).map((f) => [f.properties.code, toLatLng(f.properties.labelPoint)]),
    );
    const items = mapItems(dataset, wgsLabelPoints).placed.map((it): MapItem => ({
      ...it,
      anchor: toDatum(it.anchor, shift),
      extent: it.extent ? boundsToDatum(it.extent, shift) : null,
    }));
    return {
      features,
      countyFeatures,
      neighbourFeatures,
      bounds: boundsOf(countyFeatures),
      regions: countyRegions(countyFeatures),
      items,
    };
  }, [dataset, geography, shift]);
}

export type MapGeometry = ReturnType<typeof useMapGeometry>;
