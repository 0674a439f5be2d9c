import type { Lang } from '../domain/schema/dataset-schema';
import type { Widen } from './define-messages';
import { lazyMessages } from './lazy-areas';
import { enMessages } from './locales/en';
import { zhHantMessages } from './locales/zh-Hant';
import { zhHansMessages, type Messages, type Translation } from './resources';

const withLazyAreas = (lang: Lang, eager: Translation): Widen<Messages> => ({
  ...eager,
  ...lazyMessages(lang),
});

/**
 * All three languages at once, lazy areas included (each under its namespace's name), for the
 * prerender, the unit tests and the browser tests (which render or read any language
 * synchronously). Plain imports only, so node can load it without Vite. The app itself loads only
 * the reader's language (resources.ts, loadMessages), and each lazy area with its part.
 */
export const ALL_MESSAGES: Record<Lang, Widen<Messages>> = {
  'zh-Hans': withLazyAreas('zh-Hans', zhHansMessages),
  'zh-Hant': withLazyAreas('zh-Hant', zhHantMessages),
  en: withLazyAreas('en', enMessages),
};
