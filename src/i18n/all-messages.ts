import type { Lang } from '../domain/dataset-schema';
import { enMessages } from './locales/en';
import { zhHantMessages } from './locales/zh-Hant';
import { zhHansMessages, type Translation } from './resources';

/**
 * All three languages at once, for the prerender and the tests (which render any language
 * synchronously). The app itself loads only the reader's (resources.ts, loadMessages).
 */
export const ALL_MESSAGES: Record<Lang, Translation> = {
  'zh-Hans': zhHansMessages,
  'zh-Hant': zhHantMessages,
  en: enMessages,
};
