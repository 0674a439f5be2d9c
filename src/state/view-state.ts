import type { Lang } from '../domain/schema/dataset-schema';
import type { MapArea } from '../domain/map/map-area';
import type { LinkFilter } from '../domain/parks/sector-match';
import { SCENE_SECONDS } from '../domain/share/scene-token';

/** Map layers a user can toggle in the legend. */
export const LAYER_IDS = ['counties', 'neighbours', 'core', 'parks', 'entities'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/**
 * `compare` is not a tab of the side panel: it opens the comparison of the parks in `compare` in
 * place of the map and the panel (features/compare), and is only valid with two or more of them.
 */
export const TAB_IDS = ['overview', 'parks', 'charts', 'outcomes', 'compare'] as const;
export type TabId = (typeof TAB_IDS)[number];
/** The side panel's own tabs. */
export type PanelTabId = Exclude<TabId, 'compare'>;

/** Parks compared side by side: at least two to open the view, at most this many. */
export const COMPARE_MAX = 4;
export const COMPARE_MIN = 2;

/** The park list's order: by place (tier, then block and county), or most documented first. */
export const PARK_ORDERS = ['place', 'known'] as const;
export type ParkOrder = (typeof PARK_ORDERS)[number];

export const MODES = ['browse', 'present'] as const;
export type Mode = (typeof MODES)[number];

/**
 * Everything that makes a view shareable. The URL is its serialised form (see url-codec.ts);
 * nothing here is derived from data, so a link stays meaningful when figures change.
 */
export interface ViewState {
  /** null: follow the browser's preferred languages. */
  lang: Lang | null;
  /** Selected sector ids, in dataset order; empty = all sectors. */
  sectors: readonly string[];
  /** `sourced`: "sourced links only", inferred park–sector and firm–sector links are ignored. */
  links: LinkFilter;
  park: string | null;
  /** County-level admin code. */
  county: string | null;
  /** A firm, project, lab or place opened on its own (one selection at a time with park and county). */
  entity: string | null;
  /**
   * The area the map shows, fitted into whatever screen opens it (domain/map/map-area.ts); null: fit
   * Zhaoqing to the screen.
   */
  map: MapArea | null;
  /** Layers switched off in the legend. */
  hidden: readonly LayerId[];
  tab: TabId;
  /**
   * Parks chosen for comparison (the tray), in dataset order; up to COMPARE_MAX. One while the
   * reader is still choosing; `tab: 'compare'` shows them side by side. Browsing only: empty while
   * presenting.
   */
  compare: readonly string[];
  order: ParkOrder;
  mode: Mode;
  /** Presentation: the tour's scenes as tokens (domain/share/tour.ts); empty = the tour built from the data. */
  tour: readonly string[];
  /** Presentation: seconds each scene stays on screen. */
  every: number;
  /** Presentation: the scene on screen, from 0. */
  scene: number;
  /** Presentation: the QR code of the view in a corner. */
  qr: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  lang: null,
  sectors: [],
  links: 'all',
  park: null,
  county: null,
  entity: null,
  map: null,
  hidden: [],
  tab: 'overview',
  compare: [],
  order: 'place',
  mode: 'browse',
  tour: [],
  every: SCENE_SECONDS.default,
  scene: 0,
  qr: true,
};

export const ZOOM_RANGE = { min: 6, max: 14 } as const;

/**
 * A box around Guangdong and its neighbours ([south, west], [north, east]): the map cannot leave
 * it, and a link pointing elsewhere is not a view of this app.
 */
export const MAP_BOUNDS: [[number, number], [number, number]] = [
  [18, 104],
  [30, 120],
];

/** The same box as an area: every area in a view lies inside it. */
export const REGION_AREA: MapArea = {
  south: MAP_BOUNDS[0][0],
  west: MAP_BOUNDS[0][1],
  north: MAP_BOUNDS[1][0],
  east: MAP_BOUNDS[1][1],
};
