import type { Lang } from '../domain/dataset-schema';
import { appMessages } from './messages/app';

/** Each area's top-level keys must be its own (a test checks they never collide). */
export const messageAreas = { app: appMessages };

/**
 * Every area's strings merged for one language. An area adds its file under messages/ and one
 * entry above and here; its keys are then type-checked wherever t() is called.
 */
const mergeFor = (lang: Lang) => ({ ...appMessages[lang] });

export type Messages = ReturnType<typeof mergeFor>;

export const resources = {
  'zh-Hans': { translation: mergeFor('zh-Hans') },
  'zh-Hant': { translation: mergeFor('zh-Hant') },
  en: { translation: mergeFor('en') },
};
