/**
 * The lazy areas' i18next namespaces: strings that only a lazy part uses, shipped with that part
 * (i18n/lazy-area.ts) instead of the first download. Only the names are here, so that the entry
 * can sort a bundle into namespaces (create-i18n.ts) without carrying the strings; lazy-areas.ts
 * has the strings, and tsc fails unless the two list the same areas.
 */
export const LAZY_NAMESPACES = [
  'shareDialog',
  'outcomesPanel',
  'chartsPanel',
  'entityList',
  'compareView',
  'download',
  'brief',
] as const;
export type LazyNamespace = (typeof LAZY_NAMESPACES)[number];

/** Every namespace the app's `t` reads: eager strings unprefixed, a lazy area's as `area:key`. */
export const APP_NAMESPACES = ['translation', ...LAZY_NAMESPACES] as const;
export type AppNamespaces = typeof APP_NAMESPACES;
