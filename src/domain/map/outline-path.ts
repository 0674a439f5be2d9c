import type { GeoFeature } from '../schema/geo-schema';
import { project } from './web-mercator';

/**
 * The counties as SVG path data in one small coordinate space (Web Mercator, `size` units across),
 * for the map's stand-in before Leaflet has loaded and for the prerendered first screen. Whole
 * units and relative moves keep it to a few kilobytes of HTML.
 */
export interface Outline {
  width: number;
  height: number;
  paths: { code: string; d: string }[];
}

export function outlinePaths(features: readonly GeoFeature[], size = 1000): Outline {
  const rings = features.map((f) => ({
    code: f.properties.code,
    rings: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap(
      (poly) => poly.map((ring) => ring.map(([lng, lat]) => project([lat, lng], 0))),
    ),
  }));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const f of rings)
    for (const ring of f.rings)
      for (const [x, y] of ring) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
  const scale = size / Math.max(maxX - minX, maxY - minY, Number.EPSILON);
  const paths = rings.map(({ code, rings: rs }) => {
    let d = '';
    for (const ring of rs) {
      let px = 0;
      let py = 0;
      const steps: number[] = [];
      ring.forEach(([x, y], i) => {
        const qx = Math.round((x - minX) * scale);
        const qy = Math.round((y - minY) * scale);
        if (i === 0) d += `M${qx} ${qy}`;
        else if (qx !== px || qy !== py) steps.push(qx - px, qy - py);
        px = qx;
        py = qy;
      });
      d += (steps.length > 0 ? `l${compactNumbers(steps)}` : '') + 'z';
    }
    return { code, d };
  });
  return {
    width: Math.round((maxX - minX) * scale),
    height: Math.round((maxY - minY) * scale),
    paths,
  };
}

/**
 * Numbers as SVG path data writes them shortest: one `l` takes any number of pairs, and a minus
 * sign separates a number from the one before it (`5 -3 4` is `5-3 4`). The first screen's bytes
 * are budgeted, and this image is in them.
 */
const compactNumbers = (ns: readonly number[]): string =>
  ns.map((n, i) => (i > 0 && n >= 0 ? ` ${n}` : String(n))).join('');
