import type { Widen } from '../../define-messages';
import type { mapMessages } from '../map';

export const mapEn: Widen<typeof mapMessages> = {
  map: {
    label: 'Map of Zhaoqing’s “344” parks',
    roleDescription: 'map',
    description:
      'Arrow keys pan, plus and minus zoom; press Tab to step through the parks and Enter to open one.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    twoFingers: 'Use two fingers to move the map',
    neighbours: 'Neighbouring and Greater Bay Area cities',
    eastShort: 'East, 4 districts/cities · 9 utilities + levelled site',
    westShort: 'West, 4 counties · 8 utilities + levelled site',
    standardsUnlisted: '9 / 8 utilities: the source does not list which utilities these are',
    legend: 'Legend',
    legendAndLayers: 'Legend and layers',
    baseMapOffline: 'Built-in administrative outline map (a sketch, not an official map)',
    baseMapOnline: 'Online base map: {{credit}}',
    loadFailed: 'The map could not be loaded; the park list, figures and charts still work.',
    retry: 'Retry',
    tileUnavailable: 'The online base map cannot be loaded right now; parks and boundaries are still shown.',
    layer: {
      counties: 'Districts and counties',
      neighbours: 'Neighbouring cities',
      core: 'Core parks',
      parks: 'Characteristic parks',
      entities: 'Firms and projects',
    },
    gba: 'Greater Bay Area city',
    otherNeighbours: 'Other neighbouring city',
    symbol: {
      core: 'Core park',
      'core-sub': 'Park within a core park',
      park: 'Characteristic park',
      cluster: 'SME industrial cluster (not a fenced park)',
      entity: 'Firm or project',
    },
    approximate: 'Hollow, dashed: approximate (only the county is known; drawn by its name)',
    leader: 'Dotted line: back to its county’s name (moved aside where crowded)',
    nameLeader: 'Thin line: joins a name to its symbol where it had to move out',
    denseCells:
      'Number in a circle: firms and projects with a published position there, counted together where too dense (listed under Parks)',
    extent: 'Solid, with a dashed box: the published coordinate range (bounding box)',
    within: 'Hollow, dotted: inside (or inferred inside) a published extent, own position unpublished',
    faded: 'Faded: outside the selected sectors',
    precision: {
      county: 'location approximate (county level)',
      area: 'drawn at its published extent',
      within: 'inside a published extent, own position not published',
      exact: 'published location',
    },
    markerName: '{{name}} ({{kind}}, {{precision}})',
    notMatching: 'outside the selected sectors',
    selected: 'selected',
  },
  standard: {
    'nine-utilities': '9 utilities + levelled site',
    'eight-utilities': '8 utilities + levelled site',
  },
  block: { east: 'East', west: 'West' },
};
