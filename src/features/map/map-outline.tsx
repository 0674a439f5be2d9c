import { memo, useMemo } from 'react';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { counties } from '../../domain/map/geo';
import type { Geography } from '../../domain/schema/geo-schema';
import { outlinePaths } from '../../domain/map/outline-path';

/**
 * Zhaoqing's counties as a plain SVG, coloured by block like the map: what the first screen shows
 * (prerendered into index.html) until Leaflet and the places have loaded. Decorative: the map's
 * description and the park list carry the content. Inline in each language's screen, not an image
 * file: gzip stores the three copies as about one, it costs no request, and an inline SVG is not a
 * largest-paint candidate, so the first screen's largest paint waits on nothing but the page and
 * its stylesheet (an image was, and the app's preloads competed with it; issue 26).
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
