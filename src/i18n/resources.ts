import type { ParseKeys } from 'i18next';
import type { Lang } from '../domain/dataset-schema';
import type { Widen } from './define-messages';
import { appMessages } from './messages/app';
import { chartsMessages } from './messages/charts';
import { filtersMessages } from './messages/filters';
import { linksMessages } from './messages/links';
import { mapMessages } from './messages/map';
import { parksMessages } from './messages/parks';
import { knownMessages } from './messages/known';
import { shareMessages } from './messages/share';
import type { shareDialogMessages } from './messages/share-dialog';
import type { outcomesPanelMessages } from './messages/outcomes-panel';
import type { chartsPanelMessages } from './messages/charts-panel';
import type { entityListMessages } from './messages/entity-list';
import { outcomesMessages } from './messages/outcomes';
import { sourcesMessages } from './messages/sources';

/**
 * Every area's UI strings in Simplified Chinese, the source language. An area adds its file under
 * messages/ (and its translations under messages/zh-Hant/ and messages/en/) and ONE entry here and
 * in each locale bundle; its keys are then type-checked wherever t() is called and in every
 * translation. Each area's top-level keys must be its own (a test checks).
 */
export const messageAreas = {
  app: appMessages,
  sources: sourcesMessages,
  filters: filtersMessages,
  charts: chartsMessages,
  map: mapMessages,
  parks: parksMessages,
  known: knownMessages,
  links: linksMessages,
  share: shareMessages,
  outcomes: outcomesMessages,
};

/**
 * Lazy areas (i18n/lazy-messages.ts): only a lazy chunk uses their strings, so they ship with
 * it (i18n/lazy/*.ts) and only their types are here. Their top-level keys are their own too.
 */
export interface LazyAreas {
  shareDialog: typeof shareDialogMessages;
  outcomesPanel: typeof outcomesPanelMessages;
  chartsPanel: typeof chartsPanelMessages;
  entityList: typeof entityListMessages;
}

type Areas = typeof messageAreas;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
/** The strings of the first download, in the source language. */
export type EagerMessages = UnionToIntersection<Areas[keyof Areas]>;
/** Every key t() accepts: the eager areas' and the lazy ones'. */
export type Messages = EagerMessages & UnionToIntersection<LazyAreas[keyof LazyAreas]>;
/** A key t() accepts, for a table of keys typed against the source strings (app/link-notice.tsx). */
export type MessageKey = ParseKeys;
/** What a translation bundle provides: the eager areas' keys, any strings. */
export type Translation = Widen<EagerMessages>;

// The merged object is exactly the intersection of the areas (keys are disjoint, tested).
export const zhHansMessages = Object.assign({}, ...Object.values(messageAreas)) as EagerMessages;

/**
 * The strings of one language. Only the reader's language is downloaded: the source language is
 * in the main bundle, each translation is its own small chunk, fetched when first needed.
 */
export function loadMessages(lang: Lang): Promise<Translation> {
  switch (lang) {
    case 'zh-Hans':
      return Promise.resolve(zhHansMessages);
    case 'zh-Hant':
      return import('./locales/zh-Hant').then((m) => m.zhHantMessages);
    case 'en':
      return import('./locales/en').then((m) => m.enMessages);
  }
}
