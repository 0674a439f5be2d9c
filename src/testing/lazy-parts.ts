/**
 * The app's lazy parts (React.lazy behind `ChunkBoundary`), by name. A test that renders one awaits
 * `preloadLazyParts(...)` in a beforeAll: the chunk's module is then in the module cache, so the
 * lazy component resolves within a few microtasks instead of after a cold transform and import that
 * can take seconds on a loaded machine. These are the very modules the app imports dynamically, not
 * the wrappers around them, so this stays true however the wrappers are written.
 */
const PARTS = {
  overviewMore: () => import('../app/overview-more'),
  parkList: () => import('../features/parks/park-list'),
  longEntityList: () => import('../features/parks/long-entity-list'),
  presentation: () => import('../features/present/presentation'),
  shareDialog: () => import('../features/share/share-dialog'),
  map: () => import('../features/map/zhaoqing-map'),
  densePoints: () => import('../features/map/dense-points'),
  outcomesPanel: () => import('../features/outcomes/outcomes-panel'),
  chartsPanel: () => import('../features/charts/charts-panel'),
  compare: () => import('../features/compare/compare-parts'),
  dataZip: () => import('../features/download/data-zip'),
  brief: () => import('../features/brief/brief-part'),
} as const;

export type LazyPart = keyof typeof PARTS;

/** Imports the named lazy parts (every part when none is named); resolves when all are loaded. */
export async function preloadLazyParts(...names: LazyPart[]): Promise<void> {
  const wanted = names.length > 0 ? names : (Object.keys(PARTS) as LazyPart[]);
  await Promise.all(wanted.map((name) => PARTS[name]()));
}
