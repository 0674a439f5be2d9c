import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leafletCss, OUT, usedLeafletCss } from './leaflet-css.mjs';

describe('the map’s copy of Leaflet’s stylesheet', () => {
  it('is what scripts/leaflet-css.mjs makes from the installed Leaflet (remake it after an upgrade)', () => {
    expect(readFileSync(OUT, 'utf8')).toBe(usedLeafletCss(leafletCss()));
  });

  it('keeps what the map uses and leaves out what it never draws', () => {
    const css = readFileSync(OUT, 'utf8');
    for (const used of [
      '.leaflet-marker-pane',
      '.leaflet-control-zoom',
      '.leaflet-tooltip-top',
      '.leaflet-zoom-box',
    ])
      expect(css).toContain(used);
    for (const unused of ['.leaflet-popup', '.leaflet-control-layers', '.leaflet-control-scale'])
      expect(css).not.toContain(unused);
  });
});
