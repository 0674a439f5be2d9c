import type { Lang } from '../domain/schema/dataset-schema';
import type { Widen } from './define-messages';
import type { LazyNamespace } from './namespaces';

/**
 * A lazy area: a namespace whose strings only a lazy chunk uses, so they ship in that
 * chunk, all three languages, instead of the first download. Its keys are typed like every other
 * (resources.ts, MessageKey, from lazy-areas.ts) and read as `t('shareDialog:title')`; the part's root adds
 * it with useLazyArea (i18n-context.tsx). Plain data, so node can import it without Vite or React.
 */
export interface LazyArea<Ns extends LazyNamespace, T> {
  ns: Ns;
  /** The namespace's strings per language: the Simplified source, and its translations. */
  messages: { 'zh-Hans': T } & Record<Exclude<Lang, 'zh-Hans'>, Widen<T>>;
}

/**
 * An area from its message files, each of which holds the area under one top-level key, the
 * namespace's name (`{ shareDialog: {…} }`): tsc fails when a file or a translation does not.
 */
export function lazyArea<Ns extends LazyNamespace, T>(
  ns: Ns,
  files: { 'zh-Hans': Record<Ns, T> } & Record<Exclude<Lang, 'zh-Hans'>, Record<Ns, Widen<T>>>,
): LazyArea<Ns, T> {
  return {
    ns,
    messages: { 'zh-Hans': files['zh-Hans'][ns], 'zh-Hant': files['zh-Hant'][ns], en: files.en[ns] },
  };
}
