import i18next, { type i18n } from 'i18next';
import type { Lang } from '../domain/dataset-schema';
import type { Translation } from './resources';

/**
 * A fresh instance per app (and per test), so nothing global leaks between renders. It starts
 * with the strings it is given (at least `lang`'s); others are added by `useLanguage`.
 */
export function createI18n(lang: Lang, bundles: Partial<Record<Lang, Translation>>): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: Object.fromEntries(Object.entries(bundles).map(([l, translation]) => [l, { translation }])),
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  return instance;
}

/**
 * Switches `instance` to `lang`, fetching its strings first if it has none yet. `stillWanted` is
 * asked once they have arrived: a reader who meanwhile chose another language (or went Back) must
 * not be switched to this one by a late download.
 */
export async function switchLanguage(
  instance: i18n,
  lang: Lang,
  load: (lang: Lang) => Promise<Translation>,
  stillWanted: () => boolean = () => true,
): Promise<boolean> {
  if (!instance.hasResourceBundle(lang, 'translation'))
    instance.addResourceBundle(lang, 'translation', await load(lang));
  if (!stillWanted()) return false;
  if (instance.language !== lang) await instance.changeLanguage(lang);
  return true;
}
