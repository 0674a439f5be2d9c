import type { Lang } from '../domain/dataset-schema';
import { appMessages } from './messages/app';
import { chartsMessages } from './messages/charts';
import { filtersMessages } from './messages/filters';
import { mapMessages } from './messages/map';
import { parksMessages } from './messages/parks';
import { shareMessages } from './messages/share';
import { sourcesMessages } from './messages/sources';

/**
 * Every area's UI strings. An area adds its file under messages/ and ONE entry here; its keys are
 * then type-checked wherever t() is called. Each area's top-level keys must be its own (a test checks).
 */
export const messageAreas = {
  app: appMessages,
  sources: sourcesMessages,
  filters: filtersMessages,
  charts: chartsMessages,
  map: mapMessages,
  parks: parksMessages,
  share: shareMessages,
};

type Areas = typeof messageAreas;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
export type Messages = UnionToIntersection<Areas[keyof Areas]['zh-Hans']>;

function mergeFor(lang: Lang): Messages {
  // The merged object is exactly the intersection of the areas (keys are disjoint, tested).
  return Object.assign({}, ...Object.values(messageAreas).map((area) => area[lang])) as Messages;
}

export const resources = {
  'zh-Hans': { translation: mergeFor('zh-Hans') },
  'zh-Hant': { translation: mergeFor('zh-Hant') },
  en: { translation: mergeFor('en') },
};
