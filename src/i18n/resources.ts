import type { Lang } from '../domain/dataset-schema';
import type { Widen } from './define-messages';
import { appMessages } from './messages/app';
import { chartsMessages } from './messages/charts';
import { filtersMessages } from './messages/filters';
import { linksMessages } from './messages/links';
import { mapMessages } from './messages/map';
import { parksMessages } from './messages/parks';
import { shareMessages } from './messages/share';
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
  links: linksMessages,
  share: shareMessages,
  outcomes: outcomesMessages,
};

type Areas = typeof messageAreas;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
export type Messages = UnionToIntersection<Areas[keyof Areas]>;
/** What a translation provides: the same keys, any strings. */
export type Translation = Widen<Messages>;

// The merged object is exactly the intersection of the areas (keys are disjoint, tested).
export const zhHansMessages = Object.assign({}, ...Object.values(messageAreas)) as Messages;

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
