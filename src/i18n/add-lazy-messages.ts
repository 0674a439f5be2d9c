import type { i18n as I18n } from 'i18next';
import type { Lang } from '../domain/dataset-schema';
import type { LazyBundle } from './lazy-messages';

/**
 * useLazyMessages without the hook, for a chunk handed the i18next instance (the long firm list):
 * it imports nothing at run time, so that chunk shares no module with the first download.
 * (useLazyMessages keeps its own copy: importing this from it would make it a chunk of its own.)
 */
export function addLazyMessages<T extends object>(i18n: I18n, bundle: LazyBundle<T>, probe: string): void {
  for (const lang of Object.keys(bundle) as Lang[])
    if (
      i18n.hasResourceBundle(lang, 'translation') &&
      i18n.getResource(lang, 'translation', probe) === undefined
    )
      i18n.addResourceBundle(lang, 'translation', bundle[lang], true, false);
}
