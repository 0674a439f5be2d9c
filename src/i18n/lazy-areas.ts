import type { Lang } from '../domain/schema/dataset-schema';
import type { Widen } from './define-messages';
import { briefArea } from './lazy/brief';
import { chartsPanelArea } from './lazy/charts-panel';
import { downloadArea } from './lazy/download';
import { entityListArea } from './lazy/entity-list';
import { outcomesPanelArea } from './lazy/outcomes-panel';
import { shareDialogArea } from './lazy/share-dialog';
import { compareViewArea } from './lazy/compare-view';
import type { LazyNamespace } from './namespaces';

/**
 * Every lazy area's strings, by namespace: for ALL_MESSAGES (tests, the prerender) and for the
 * types of t(). Never imported by the app's own code (only `import type`), or every area's
 * strings would ship in the first download. tsc fails unless it lists exactly LAZY_NAMESPACES.
 */
export const LAZY_AREAS = {
  shareDialog: shareDialogArea,
  outcomesPanel: outcomesPanelArea,
  chartsPanel: chartsPanelArea,
  entityList: entityListArea,
  compareView: compareViewArea,
  download: downloadArea,
  brief: briefArea,
} satisfies { [Ns in LazyNamespace]: { ns: Ns } };

/** Each lazy namespace's keys, in the source language (the keys of t(): resources.ts). */
export type LazyResources = { [Ns in LazyNamespace]: (typeof LAZY_AREAS)[Ns]['messages']['zh-Hans'] };

/** A language's strings of every lazy area, each under its namespace's name. */
export const lazyMessages = (lang: Lang): Widen<LazyResources> =>
  Object.fromEntries(
    Object.values(LAZY_AREAS).map((area) => [area.ns, area.messages[lang]]),
  ) as Widen<LazyResources>;
