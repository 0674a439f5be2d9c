import { memo, useMemo } from 'react';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { counties } from '../../domain/map/geo';
import type { Geography } from '../../domain/schema/geo-schema';
import { outlinePaths } from '../../domain/map/outline-path';

/** Where the prerender puts the outline image, beside the geography. */
export const OUTLINE_FILE = 'geo/zhaoqing-outline.svg';

/**
 * Zhaoqing's counties as a plain SVG, coloured by block like the map: what the first screen shows
 * (prerendered into index.html) until Leaflet and the places have loaded. Decorative: the map's
 * description and the park list carry the content.
 */
export const MapOutline = memo(function MapOutline({
  dataset,
  geography,
}: {
  dataset: Dataset;
  geography: Geography;
}) {
  const outline = useMemo(() => outlinePaths(counties(geography)), [geography]);
  const blockOf = useMemo(() => new Map(dataset.divisions.map((d) => [d.code, d.block])), [dataset]);
  const pad = 24;
  // The prerendered first screen shows the same outline as one shared image
  // (scripts/prerender.mjs writes it), so the three languages' screens do not each carry it.
  if (import.meta.env.SSR)
    return (
      <div className="map map-outline" aria-hidden="true">
        <img src={OUTLINE_FILE} alt="" width={outline.width + 2 * pad} height={outline.height + 2 * pad} />
      </div>
    );
  return (
    <div className="map map-outline" aria-hidden="true">
      <svg
        viewBox={`${-pad} ${-pad} ${outline.width + 2 * pad} ${outline.height + 2 * pad}`}
        preserveAspectRatio="xMidYMid meet"
      >
        {outline.paths.map((p) => (
          <path key={p.code} d={p.d} className={`outline-county outline-${blockOf.get(p.code) ?? 'east'}`} />
        ))}
      </svg>
    </div>
  );
});
