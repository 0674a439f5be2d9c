// Writes src/features/map/leaflet-used.css: Leaflet's stylesheet without the rules for what this
// map never uses (popups, the layers and scale controls, image overlays, the default marker icon,
// old IE), since the map is on the first screen and those rules are a third of the file.
// `node scripts/leaflet-css.mjs` after upgrading Leaflet; a test checks the file is up to date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const OUT = 'src/features/map/leaflet-used.css';

/** Selectors of what the map never draws. */
const UNUSED =
  /popup|control-layers|control-scale|leaflet-oldie|vml|default-icon-path|leaflet-crosshair|leaflet-marker-draggable|leaflet-image-layer|leaflet-tile-container|leaflet-fade-anim|leaflet-div-icon/;

/** The stylesheet `css` with the unused rules (and unused selectors of shared rules) left out. */
export function usedLeafletCss(css) {
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const media = body.indexOf('@media print');
  const main = media < 0 ? body : body.slice(0, media);
  const rules = [];
  for (const [, selectors, declarations] of main.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const kept = selectors
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !UNUSED.test(s));
    if (kept.length === 0) continue;
    const decls = declarations
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .join(';');
    rules.push(`${kept.join(',')}{${decls}}`);
  }
  if (media >= 0) rules.push(body.slice(media).replace(/\s+/g, ' ').trim());
  const { version } = JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('leaflet/package.json'), 'utf8'),
  );
  return `/* Leaflet ${version}'s leaflet.css (BSD-2-Clause; (c) 2010-2023 Volodymyr Agafonkin, (c) 2010-2011
   CloudMade) without the rules for what this map never uses. Made by scripts/leaflet-css.mjs. */
${rules.join('\n')}
`;
}

export const leafletCss = () =>
  readFileSync(createRequire(import.meta.url).resolve('leaflet/dist/leaflet.css'), 'utf8');

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OUT, usedLeafletCss(leafletCss()));
  console.log(`wrote ${OUT}`);
}
