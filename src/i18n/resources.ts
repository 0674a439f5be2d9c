import type { LazyNamespace } from './namespaces';
import type { LeafKeys } from './translator';
import type { Lang } from '../domain/schema/dataset-schema';
import type { Widen } from './define-messages';
import { appMessages } from './messages/app';
import { chartsMessages } from './messages/charts';
import { filtersMessages } from './messages/filters';
import { linksMessages } from './messages/links';
import { mapMessages } from './messages/map';
import { parksMessages } from './messages/parks';
import { knownMessages } from './messages/known';
import { shareMessages } from './messages/share';
import type { LazyResources } from './lazy-areas';
import { outcomesMessages } from './messages/outcomes';
import { sourcesMessages } from './messages/sources';
import { compareMessages } from './messages/compare';

/**
 * The eager areas' UI strings in Simplified Chinese, the source language: the first download's
 * 'translation' namespace. An area adds its file under messages/ (and its translations under
 * messages/zh-Hant/ and messages/en/) and ONE entry here and in each locale bundle; its keys are
 * then type-checked wherever t() is called and in every translation. Each area's top-level keys
 * must be its own (a test checks). Strings only a lazy part uses are a lazy area instead
 * (lazy-area.ts; README, "Split by what the first screen needs").
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
  compare: compareMessages,
};

type Areas = typeof messageAreas;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
/** The strings of the first download, in the source language. */
export type EagerMessages = UnionToIntersection<Areas[keyof Areas]>;
/**
 * Every string of one language in one object (ALL_MESSAGES): the eager areas', and each lazy
 * area's under its namespace's name (`shareDialog.title`, read in the app as `shareDialog:title`).
 */
export type Messages = EagerMessages & LazyResources;
/** A key t() accepts: an eager area's as it is, a lazy area's as `ns:key` (typed against the source strings). */
export type MessageKey =
  LeafKeys<EagerMessages> | { [Ns in LazyNamespace]: `${Ns}:${LeafKeys<LazyResources[Ns]>}` }[LazyNamespace];
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
