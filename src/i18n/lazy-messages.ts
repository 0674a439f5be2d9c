import { useI18n } from './i18n-context';
import { LANGS, type Lang } from '../domain/dataset-schema';
import type { Widen } from './define-messages';

/**
 * A lazy area's strings in every language. An area whose strings only a lazy chunk uses (the
 * Share dialog) ships them in that chunk instead of the first download: its keys are typed with
 * all the others (resources.ts, `LazyAreas`), and the chunk adds them to i18next when it renders.
 */
export type LazyBundle<T> = Record<Lang, Widen<T>>;

/**
 * Adds `bundle` to the app's i18next instance, for each language whose strings are loaded, before
 * the caller's first t(). Called during render: adding is synchronous and emits nothing React
 * listens to; a language loaded later (the reader switches) re-renders the caller, which adds it
 * then. Languages not loaded yet are skipped, so that their own strings are still fetched.
 */
export function useLazyMessages<T extends object>(bundle: LazyBundle<T>, probe: string): void {
  const i18n = useI18n();
  for (const lang of LANGS)
    if (
      i18n.hasResourceBundle(lang, 'translation') &&
      i18n.getResource(lang, 'translation', probe) === undefined
    )
      i18n.addResourceBundle(lang, 'translation', bundle[lang], true, false);
}
