/**
 * The lazy areas' namespaces: strings that only a lazy part uses, shipped with that part
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
