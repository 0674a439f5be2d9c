import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lang } from '../domain/schema/dataset-schema';
import type { LinkFilter } from '../domain/parks/sector-match';
import type { MapArea } from '../domain/map/map-area';
import type { IgnoredParam } from './url-codec';
import {
  COMPARE_MAX,
  COMPARE_MIN,
  DEFAULT_VIEW,
  type LayerId,
  type ParkOrder,
  type PanelTabId,
  type TabId,
  type ViewState,
} from './view-state';

export interface ViewActions {
  replaceView: (view: ViewState) => void;
  setLang: (lang: Lang) => void;
  setSectors: (ids: readonly string[]) => void;
  toggleSector: (id: string, order: readonly string[]) => void;
  selectPark: (id: string | null) => void;
  selectCounty: (code: string | null) => void;
  selectEntity: (id: string | null) => void;
  setLinks: (links: LinkFilter) => void;
  setMapView: (map: MapArea | null) => void;
  toggleLayer: (id: LayerId) => void;
  setTab: (tab: TabId) => void;
  /**
   * To the source list (the overview tab), closing any details that cover it: one history entry,
   * so Back returns to the details a source tag was followed from.
   */
  openSources: () => void;
  setOrder: (order: ParkOrder) => void;
  /**
   * A park into the comparison (kept in `order`, the dataset's park order). Refused, with
   * `compareFull` raised for the tray to say so, when COMPARE_MAX parks are already chosen.
   */
  addCompare: (id: string, order: readonly string[]) => boolean;
  /** A park out of the comparison; with fewer than two left an open comparison closes. */
  removeCompare: (id: string) => void;
  /** Adds or removes, as the park's compare button does. */
  toggleCompare: (id: string, order: readonly string[]) => void;
  /** Empties the comparison (and closes it). */
  clearCompare: () => void;
  /** Shows the chosen parks side by side (with two or more), remembering the panel's tab. */
  openCompare: () => void;
  /** Back to the map and the panel's tab the comparison was opened from. */
  closeCompare: () => void;
  /** Forgets the "at most four" notice. */
  dismissCompareFull: () => void;
  /** Into presentation mode, or out of it: leaving drops the tour's params, the view stays. */
  setPresenting: (on: boolean) => void;
  /** A tour's scene: its index, what it shows (sectors, selection, tab…) and, when given, the
   * area it frames on the map (`sceneFrame`). */
  showScene: (scene: number, shows: Partial<ViewState>, frame?: MapArea | null) => void;
  setQr: (on: boolean) => void;
  /** What the link asked for that could not be used; shown once, dismissible. */
  setIgnored: (ignored: IgnoredParam[]) => void;
}

export interface ViewStoreState {
  view: ViewState;
  /**
   * The view that was open when presenting began by hand (P, the button), which leaving the
   * presentation restores exactly; null otherwise (a link that opens presenting has none). Not in
   * the view, nor in the link: a presenter's starting point is this screen's own.
   */
  presentedFrom: ViewState | null;
  /**
   * While presenting, the area the scene on screen frames (its subject: features/present), which
   * the map shows instead of `view.map`. Derived from the scene, so not in the view nor the link:
   * a presentation's link names its scene, and the scene its frame.
   */
  sceneFrame: MapArea | null;
  /** The panel tab the comparison was opened from (closing returns to it); not in the link. */
  compareFrom: PanelTabId | null;
  /** A fifth park was refused: the tray says so until the next change. Not in the link. */
  compareFull: boolean;
  ignored: IgnoredParam[];
  actions: ViewActions;
}

export type ViewStore = StoreApi<ViewStoreState>;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const sameMap = (a: MapArea | null, b: MapArea | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.south === b.south &&
    a.west === b.west &&
    a.north === b.north &&
    a.east === b.east);

/**
 * `next` with the previous objects kept where nothing changed (structural sharing), so a view read
 * again from the URL (start-up, Back/Forward) re-renders only the components whose slice changed,
 * and the very same view re-renders none.
 */
function keepUnchanged(prev: ViewState, next: ViewState): ViewState {
  const view: ViewState = {
    ...next,
    sectors: sameList(prev.sectors, next.sectors) ? prev.sectors : next.sectors,
    hidden: sameList(prev.hidden, next.hidden) ? prev.hidden : next.hidden,
    tour: sameList(prev.tour, next.tour) ? prev.tour : next.tour,
    compare: sameList(prev.compare, next.compare) ? prev.compare : next.compare,
    map: sameMap(prev.map, next.map) ? prev.map : next.map,
  };
  const same = (Object.keys(view) as (keyof ViewState)[]).every((k) => view[k] === prev[k]);
  return same ? prev : view;
}

/**
 * The comparison after a change of its parks: it closes (back to the tab it was opened from) when
 * asked to or when fewer than two parks are left; the "at most four" notice is forgotten.
 */
function withCompare(s: ViewStoreState, compare: readonly string[], close = false): Partial<ViewStoreState> {
  const closing = s.view.tab === 'compare' && (close || compare.length < COMPARE_MIN);
  return {
    compareFull: false,
    compareFrom: closing ? null : s.compareFrom,
    view: { ...s.view, compare, tab: closing ? (s.compareFrom ?? DEFAULT_VIEW.tab) : s.view.tab },
  };
}

/** A fresh store per app and per test: no module-level state. */
export function createViewStore(initial: ViewState = DEFAULT_VIEW): ViewStore {
  return createStore<ViewStoreState>()((set, get) => {
    const patch = (p: Partial<ViewState>) => set((s) => ({ view: { ...s.view, ...p } }));
    return {
      view: initial,
      presentedFrom: null,
      sceneFrame: null,
      compareFrom: null,
      compareFull: false,
      ignored: [],
      actions: {
        replaceView: (view) =>
          set((s) => {
            const next = keepUnchanged(s.view, view);
            // Back out of a presentation (or any link without it) ends what leaving would restore.
            const presentedFrom = view.mode === 'present' ? s.presentedFrom : null;
            const sceneFrame = view.mode === 'present' ? s.sceneFrame : null;
            // The same view (the URL read at start-up, mostly): the same state, so no subscriber is
            // even asked (at 4× CPU, 30 ms of the first commit's task).
            if (next === s.view && presentedFrom === s.presentedFrom && sceneFrame === s.sceneFrame) return s;
            return { view: next, presentedFrom, sceneFrame };
          }),
        setLang: (lang) => patch({ lang }),
        setSectors: (sectors) => patch({ sectors }),
        toggleSector: (id, order) =>
          set((s) => {
            const has = s.view.sectors.includes(id);
            const next = has ? s.view.sectors.filter((x) => x !== id) : [...s.view.sectors, id];
            // Keep dataset order so that the same selection always gives the same link.
            return { view: { ...s.view, sectors: order.filter((x) => next.includes(x)) } };
          }),
        selectPark: (park) => patch(park ? { park, county: null, entity: null } : { park: null }),
        selectCounty: (county) => patch(county ? { county, park: null, entity: null } : { county: null }),
        selectEntity: (entity) => patch(entity ? { entity, park: null, county: null } : { entity: null }),
        setLinks: (links) => patch({ links }),
        setMapView: (map) => patch({ map }),
        toggleLayer: (id) =>
          set((s) => {
            const hidden = s.view.hidden.includes(id)
              ? s.view.hidden.filter((x) => x !== id)
              : [...s.view.hidden, id];
            return { view: { ...s.view, hidden } };
          }),
        setTab: (tab) => patch({ tab }),
        openSources: () => patch({ tab: 'overview', park: null, county: null, entity: null }),
        setOrder: (order) => patch({ order }),
        addCompare: (id, order) => {
          const { compare } = get().view;
          const full = !compare.includes(id) && compare.length >= COMPARE_MAX;
          const next = [...compare, id];
          // Dataset order, so that equal choices give equal links.
          set((s) =>
            full
              ? { compareFull: true }
              : { compareFull: false, view: { ...s.view, compare: order.filter((x) => next.includes(x)) } },
          );
          return !full;
        },
        removeCompare: (id) =>
          set((s) =>
            withCompare(
              s,
              s.view.compare.filter((x) => x !== id),
            ),
          ),
        toggleCompare: (id, order) => {
          const { actions, view } = get();
          if (view.compare.includes(id)) actions.removeCompare(id);
          else actions.addCompare(id, order);
        },
        clearCompare: () => set((s) => withCompare(s, [])),
        openCompare: () =>
          set((s) =>
            s.view.compare.length < COMPARE_MIN || s.view.tab === 'compare'
              ? {}
              : { compareFrom: s.view.tab, compareFull: false, view: { ...s.view, tab: 'compare' } },
          ),
        closeCompare: () => set((s) => withCompare(s, s.view.compare, true)),
        dismissCompareFull: () => set({ compareFull: false }),
        setPresenting: (on) =>
          set((s) => {
            if (on)
              return s.view.mode === 'present'
                ? {}
                : {
                    presentedFrom: s.view,
                    // The comparison waits for the presenter's return (presentedFrom keeps it).
                    view: {
                      ...s.view,
                      mode: 'present',
                      compare: DEFAULT_VIEW.compare,
                      tab: s.view.tab === 'compare' ? DEFAULT_VIEW.tab : s.view.tab,
                    },
                  };
            const leave = {
              mode: 'browse',
              tour: DEFAULT_VIEW.tour,
              every: DEFAULT_VIEW.every,
              scene: DEFAULT_VIEW.scene,
              qr: DEFAULT_VIEW.qr,
            } as const;
            // Back to exactly where the presenter started (filter, selection, tab, map area); a
            // presentation opened by a link keeps its last scene's view, in browsing mode.
            return {
              presentedFrom: null,
              sceneFrame: null,
              view: keepUnchanged(s.view, { ...(s.presentedFrom ?? s.view), ...leave }),
            };
          }),
        showScene: (scene, shows, frame) =>
          set((s) => ({
            view: keepUnchanged(s.view, { ...s.view, ...shows, scene }),
            ...(frame === undefined || sameMap(s.sceneFrame, frame) ? {} : { sceneFrame: frame }),
          })),
        setQr: (qr) => patch({ qr }),
        setIgnored: (ignored) => set({ ignored }),
      },
    };
  });
}
